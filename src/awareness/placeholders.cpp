#include "awareness/placeholders.hpp"

#include <algorithm>

namespace vigie::awareness {

const std::vector<std::string_view>& PlaceholderNames() {
  static const std::vector<std::string_view> kNames = {
      "first_name", "last_name", "structure_name", "sender_name",
      "date",       "link",      "report_link",    "tracking_pixel"};
  return kNames;
}

bool IsPlaceholderName(std::string_view name) {
  const auto& names = PlaceholderNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

const std::vector<std::string_view>& SenderNamePlaceholders() {
  static const std::vector<std::string_view> kNames = {"structure_name"};
  return kNames;
}

const std::vector<std::string_view>& SubjectPlaceholders() {
  static const std::vector<std::string_view> kNames = {"first_name", "last_name", "structure_name",
                                                       "sender_name", "date"};
  return kNames;
}

const std::vector<std::string_view>& HtmlBodyPlaceholders() { return PlaceholderNames(); }

const std::vector<std::string_view>& TextBodyPlaceholders() {
  static const std::vector<std::string_view> kNames = {
      "first_name", "last_name", "structure_name", "sender_name", "date", "link", "report_link"};
  return kNames;
}

std::vector<PlaceholderUse> FindPlaceholders(std::string_view text) {
  constexpr std::size_t kMaxLength = 64;
  std::vector<PlaceholderUse> uses;
  std::size_t from = 0;
  while (true) {
    const std::size_t open = text.find("{{", from);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find("}}", open + 2);
    std::size_t line_end = text.find_first_of("\r\n", open + 2);
    if (line_end == std::string_view::npos) line_end = text.size();
    if (close == std::string_view::npos || close > line_end || close + 2 - open > kMaxLength) {
      uses.push_back({{}, open, line_end - open, false});
      from = open + 2;
      continue;
    }
    uses.push_back({text.substr(open + 2, close - open - 2), open, close + 2 - open, true});
    from = close + 2;
  }
  return uses;
}

}  // namespace vigie::awareness
