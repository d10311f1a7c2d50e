#include "awareness/content_rules.hpp"

#include <array>

#include "awareness/placeholders.hpp"

namespace vigie::awareness::detail {
namespace {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Letters, digits and any byte of a multi-byte UTF-8 character ("café" is one word).
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

bool IsWholeWordAt(std::string_view text, std::size_t pos, std::size_t length) {
  const bool starts = pos == 0 || !IsWordByte(text[pos - 1]);
  const bool ends = pos + length >= text.size() || !IsWordByte(text[pos + length]);
  return starts && ends;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool IsReservedHost(std::string_view host) {
  for (std::string_view tld : {".example", ".test", ".invalid"}) {
    if (EndsWith(host, tld)) return true;
  }
  return host == "example.com" || host == "example.net" || host == "example.org";
}

std::optional<Finding> FindForeignAttribute(std::string_view lower, std::string_view original) {
  for (std::string_view attribute : {"href", "src", "action"}) {
    std::size_t pos = 0;
    while ((pos = lower.find(attribute, pos)) != std::string_view::npos) {
      const std::size_t start = pos;
      pos += attribute.size();
      if (start > 0 && IsWordByte(lower[start - 1])) continue;  // inside a longer name
      std::size_t cursor = pos;
      while (cursor < lower.size() && lower[cursor] == ' ') ++cursor;
      if (cursor >= lower.size() || lower[cursor] != '=') continue;
      ++cursor;
      while (cursor < lower.size() && lower[cursor] == ' ') ++cursor;
      std::size_t end;
      if (cursor < lower.size() && (lower[cursor] == '"' || lower[cursor] == '\'')) {
        end = lower.find(lower[cursor], cursor + 1);
        ++cursor;
      } else {
        end = lower.find_first_of(" \t\r\n>", cursor);
      }
      if (end == std::string_view::npos) end = lower.size();
      const std::string_view value = lower.substr(cursor, end - cursor);
      if (value != "{{link}}" && value != "{{report_link}}") {
        return Finding{start, std::string(original.substr(start, end - start + 1))};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Finding> FindRealBrand(std::string_view text) {
  static constexpr std::array<std::string_view, 37> kNames = {
      "microsoft", "office 365", "outlook", "onedrive", "sharepoint", "hotmail", "google", "gmail",
      "apple", "icloud", "amazon", "paypal", "docusign", "dropbox", "wetransfer", "netflix",
      "la poste", "laposte", "colissimo", "chronopost", "dhl", "fedex", "mondial relay", "ameli",
      "assurance maladie", "cpam", "caf", "urssaf", "dgfip", "impots.gouv", "france travail",
      "pôle emploi", "doctolib", "mon espace santé", "sfr", "bouygues", "service-public"};
  const std::string lower = AsciiLower(text);
  for (std::string_view name : kNames) {
    for (std::size_t pos = lower.find(name); pos != std::string::npos; pos = lower.find(name, pos + 1)) {
      if (IsWholeWordAt(lower, pos, name.size())) return Finding{pos, std::string(text.substr(pos, name.size()))};
    }
  }
  return std::nullopt;
}

std::optional<Finding> FindForeignLink(std::string_view body, bool html) {
  const std::string lower = AsciiLower(body);
  if (html) {
    if (auto found = FindForeignAttribute(lower, body)) return found;
  }
  for (std::string_view scheme : {"http://", "https://"}) {
    for (std::size_t pos = lower.find(scheme); pos != std::string::npos; pos = lower.find(scheme, pos + 1)) {
      const std::size_t host_start = pos + scheme.size();
      std::size_t host_end = lower.find_first_of("/?#:\"'<> \t\r\n", host_start);
      if (host_end == std::string::npos) host_end = lower.size();
      if (!IsReservedHost(std::string_view(lower).substr(host_start, host_end - host_start))) {
        return Finding{pos, std::string(body.substr(pos, host_end - pos))};
      }
    }
  }
  return std::nullopt;
}

bool ContainsOutsidePlaceholders(std::string_view text, std::string_view excerpt) {
  if (excerpt.empty()) return false;
  const auto uses = FindPlaceholders(text);
  for (std::size_t pos = text.find(excerpt); pos != std::string_view::npos; pos = text.find(excerpt, pos + 1)) {
    bool overlaps = false;
    for (const PlaceholderUse& use : uses) {
      if (use.offset < pos + excerpt.size() && pos < use.offset + use.length) overlaps = true;
    }
    if (!overlaps) return true;
  }
  return false;
}

}  // namespace vigie::awareness::detail
