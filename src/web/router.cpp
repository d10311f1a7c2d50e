#include "web/router.hpp"

#include <cctype>

namespace vigie::web {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 1;  // paths start with '/'
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool MatchesType(std::string_view type, std::string_view value) {
  if (value.empty()) return false;
  auto all = [&](auto pred) {
    for (unsigned char c : value) {
      if (!pred(c)) return false;
    }
    return true;
  };
  if (type == "id") {
    return value.size() <= 64 && all([](unsigned char c) {
             return std::islower(c) || std::isdigit(c) || c == '_' || c == '-';
           });
  }
  if (type == "int") return value.size() <= 9 && all([](unsigned char c) { return std::isdigit(c); });
  if (type == "token") {
    return value.size() <= 512 && all([](unsigned char c) {
             return std::isalnum(c) || c == '_' || c == '-' || c == '.';
           });
  }
  return false;
}

}  // namespace

bool MatchPattern(const std::string& pattern, const std::string& path,
                  std::map<std::string, std::string>& params) {
  if (path.empty() || path.front() != '/') return false;
  const auto pattern_parts = Split(pattern);
  const auto path_parts = Split(path);
  for (std::size_t i = 0; i < pattern_parts.size(); ++i) {
    const std::string_view p = pattern_parts[i];
    if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
      const auto colon = p.find(':');
      const std::string name(p.substr(1, colon - 1));
      const std::string_view type = p.substr(colon + 1, p.size() - colon - 2);
      if (type == "path") {
        if (i >= path_parts.size()) return false;
        std::string rest;
        for (std::size_t j = i; j < path_parts.size(); ++j) {
          if (path_parts[j].empty() || path_parts[j] == ".." || path_parts[j] == ".") return false;
          if (!rest.empty()) rest += '/';
          rest += path_parts[j];
        }
        params[name] = rest;
        return true;
      }
      if (i >= path_parts.size() || !MatchesType(type, path_parts[i])) return false;
      params[name] = std::string(path_parts[i]);
    } else if (i >= path_parts.size() || path_parts[i] != p) {
      return false;
    }
  }
  return pattern_parts.size() == path_parts.size();
}

}  // namespace vigie::web
