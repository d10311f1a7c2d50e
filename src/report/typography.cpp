#include "report/typography.hpp"

#include <cmath>
#include <cstdio>

namespace vigie::report {
namespace {

bool StartsWith(std::string_view text, std::size_t at, std::string_view what) {
  return text.substr(at, what.size()) == what;
}

// True when `out` ends with a no-break space of either width.
bool EndsWithNoBreak(const std::string& out) {
  auto ends = [&](std::string_view s) {
    return out.size() >= s.size() && std::string_view(out).substr(out.size() - s.size()) == s;
  };
  return ends(kNoBreakSpace) || ends(kNarrowNoBreakSpace);
}

// Characters after which a glued mark still ends a word: space, end, closing marks.
bool EndsWord(std::string_view text, std::size_t after) {
  if (after >= text.size()) return true;
  const char c = text[after];
  if (c == ' ' || c == '\n' || c == '\t' || c == ')' || c == ']' || c == '"' || c == '\'' ||
      c == ';' || c == ':' || c == '!' || c == '?' || c == '.' || c == ',') {
    return true;
  }
  return StartsWith(text, after, "»") || StartsWith(text, after, kNoBreakSpace) ||
         StartsWith(text, after, kNarrowNoBreakSpace);
}

// Removes the ordinary spaces at the end of `out`; returns whether there were any.
bool TrimTrailingSpaces(std::string& out) {
  bool trimmed = false;
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
    trimmed = true;
  }
  return trimmed;
}

bool IsHighPunctuation(char c) { return c == ';' || c == ':' || c == '!' || c == '?'; }

}  // namespace

std::string FrenchTypography(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (IsHighPunctuation(c)) {
      const std::string_view space = c == ':' ? kNoBreakSpace : kNarrowNoBreakSpace;
      const bool had_space = TrimTrailingSpaces(out);
      const bool after_word = !out.empty() && out.back() != '\n' && !EndsWithNoBreak(out) &&
                              !IsHighPunctuation(out.back()) &&
                              !StartsWith(out, out.size() - 1, "(");
      const bool keeps_space =
          had_space && !out.empty() && !EndsWithNoBreak(out) && out.back() != '\n';
      const bool needs_space = !had_space && after_word && EndsWord(text, i + 1);
      if (keeps_space || needs_space) {
        out += space;
      } else if (had_space) {
        out += ' ';  // a mark opening a line or following a no-break space: leave it
      }
      out += c;
      ++i;
      continue;
    }
    if (StartsWith(text, i, "«")) {
      out += "«";
      i += std::string_view("«").size();
      std::size_t j = i;
      while (j < text.size() && text[j] == ' ') ++j;
      if (!StartsWith(text, j, kNoBreakSpace) && !StartsWith(text, j, kNarrowNoBreakSpace)) {
        out += kNoBreakSpace;
      }
      i = j;
      continue;
    }
    if (StartsWith(text, i, "»")) {
      TrimTrailingSpaces(out);
      if (!EndsWithNoBreak(out)) out += kNoBreakSpace;
      out += "»";
      i += std::string_view("»").size();
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

std::string FormatDecimal(double value, int decimals) {
  if (!std::isfinite(value)) return "–";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string out = buf;
  if (out.find_first_not_of("-0.") == std::string::npos && out.front() == '-') out.erase(0, 1);
  for (auto& ch : out) {
    if (ch == '.') ch = ',';
  }
  return out;
}

}  // namespace vigie::report
