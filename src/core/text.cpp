#include "core/text.hpp"

#include <cstdint>

namespace vigie::core {
namespace {

// Decodes one UTF-8 sequence at `at` (advancing it); U+FFFD for a broken one.
std::uint32_t NextCodePoint(std::string_view s, std::size_t& at) {
  const auto c = static_cast<unsigned char>(s[at++]);
  if (c < 0x80) return c;
  std::size_t extra = 0;
  std::uint32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    extra = 1;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    extra = 2;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    extra = 3;
    cp = c & 0x07u;
  } else {
    return 0xFFFD;
  }
  for (std::size_t k = 0; k < extra; ++k) {
    if (at >= s.size() || (static_cast<unsigned char>(s[at]) & 0xC0u) != 0x80u) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[at++]) & 0x3Fu);
  }
  return cp;
}

// The ASCII letters a French (Latin-1 or œ) letter folds to; empty when it is not one.
std::string_view FoldLatin(std::uint32_t cp) {
  if (cp == 0xC6 || cp == 0xE6) return "ae";
  if (cp == 0xDF) return "ss";
  if (cp == 0x152 || cp == 0x153) return "oe";
  if (cp < 0xC0 || cp > 0xFF) return {};
  // Upper and lower case share the table (lower = upper + 0x20); '*' is not a letter.
  static constexpr std::string_view kTable =
      "aaaaaaaceeeeiiii"   // C0..CF
      "dnooooo*ouuuuy*s"   // D0..DF
      "aaaaaaaceeeeiiii"   // E0..EF
      "dnooooo*ouuuuy*y";  // F0..FF
  const std::size_t at = cp - 0xC0;
  if (kTable[at] == '*') return {};
  return kTable.substr(at, 1);
}

}  // namespace


std::string Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

std::string FoldForMatch(std::string_view text) {
  std::string out;
  bool pending_space = false;
  auto put = [&](std::string_view letters) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += letters;
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = at;
    const std::uint32_t cp = NextCodePoint(text, at);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      put(text.substr(start, 1));
    } else if (cp >= 'A' && cp <= 'Z') {
      const char lower = static_cast<char>(cp - 'A' + 'a');
      put(std::string_view(&lower, 1));
    } else if (const std::string_view folded = FoldLatin(cp); !folded.empty()) {
      put(folded);
    } else if (cp < 0x80 || cp == 0xA0 || cp == 0x202F || cp == 0x2019 || cp == 0x2018 || cp == 0x2013 ||
               cp == 0x2014 || cp == 0xAB || cp == 0xBB || cp == 0xFFFD) {
      pending_space = true;  // spaces, punctuation, typographic quotes and dashes, broken bytes
    } else {
      put(text.substr(start, at - start));  // any other character is kept as it is
    }
  }
  return out;
}

}  // namespace vigie::core
