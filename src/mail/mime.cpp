#include "mail/mime.hpp"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace vigie::mail {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";
constexpr std::string_view kWordPrefix = "=?UTF-8?Q?";
constexpr std::string_view kWordSuffix = "?=";

void AppendEscaped(std::string& out, unsigned char byte) {
  out += '=';
  out += kHexDigits[byte >> 4];
  out += kHexDigits[byte & 0xF];
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 5322 atext.
bool IsAtext(char c) {
  return IsAsciiAlnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

// Number of bytes of the UTF-8 sequence starting with `lead` (input already validated).
std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

bool IsDotAtomText(std::string_view text) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  if (text.find("..") != std::string_view::npos) return false;
  for (char c : text) {
    if (c != '.' && !IsAtext(c)) return false;
  }
  return true;
}

bool IsDomain(std::string_view domain) {
  if (domain.empty() || domain.front() == '.' || domain.back() == '.') return false;
  if (domain.find("..") != std::string_view::npos) return false;
  for (char c : domain) {
    if (c != '.' && c != '-' && !IsAsciiAlnum(c)) return false;
  }
  return true;
}

}  // namespace

std::string FormatMailDate(core::UnixSeconds time) {
  using namespace std::chrono;
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const sys_seconds instant{seconds{time}};
  const sys_days day = floor<days>(instant);
  const year_month_day date{day};
  const hh_mm_ss clock_time{instant - day};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %04d %02d:%02d:%02d +0000",
                kDays[weekday{day}.c_encoding()], static_cast<unsigned>(date.day()),
                kMonths[static_cast<unsigned>(date.month()) - 1], static_cast<int>(date.year()),
                static_cast<int>(clock_time.hours().count()),
                static_cast<int>(clock_time.minutes().count()),
                static_cast<int>(clock_time.seconds().count()));
  return buffer;
}

bool IsValidMailAddress(std::string_view address) {
  if (address.size() > 254) return false;
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view local = address.substr(0, at);
  return local.size() <= 64 && IsDotAtomText(local) && IsDomain(address.substr(at + 1));
}

std::string EncodeQuotedPrintable(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t line_length = 0;  // characters on the current output line
  auto emit = [&](std::string_view token) {
    if (line_length + token.size() > kMaxLineLength - 1) {  // room for the soft break "="
      out += "=\r\n";
      line_length = 0;
    }
    if (line_length == 0 && token == ".") token = "=2E";  // a lone "." line ends SMTP DATA
    out += token;
    line_length += token.size();
  };

  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (end != std::string_view::npos && !line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    for (std::size_t i = 0; i < line.size(); ++i) {
      const auto c = static_cast<unsigned char>(line[i]);
      const bool last = i + 1 == line.size();
      if ((c == ' ' || c == '\t') ? !last : (c >= 33 && c <= 126 && c != '=')) {
        emit(line.substr(i, 1));
      } else {
        std::string escaped;
        AppendEscaped(escaped, c);
        emit(escaped);
      }
    }
    if (end == std::string_view::npos) break;
    out += "\r\n";
    line_length = 0;
    start = end + 1;
  }
  return out;
}

std::vector<std::string> EncodeWords(std::string_view text) {
  if (!IsValidUtf8(text)) throw std::invalid_argument("header text is not valid UTF-8");
  const std::size_t room = kMaxEncodedWordLength - kWordPrefix.size() - kWordSuffix.size();
  std::vector<std::string> words;
  std::string current;  // encoded text of the word being filled
  auto flush = [&] {
    words.push_back(std::string(kWordPrefix) + current + std::string(kWordSuffix));
    current.clear();
  };
  std::string character;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = SequenceLength(static_cast<unsigned char>(text[i]));
    character.clear();
    for (std::size_t k = i; k < i + length; ++k) {
      const char c = text[k];
      if (c == ' ') {
        character += '_';
      } else if (IsAsciiAlnum(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/') {
        character += c;
      } else {
        AppendEscaped(character, static_cast<unsigned char>(c));
      }
    }
    if (current.size() + character.size() > room) flush();
    current += character;
    i += length;
  }
  if (!current.empty()) flush();
  return words;
}

std::string FoldHeader(std::string_view name, const std::vector<std::string>& tokens) {
  std::string out(name);
  out += ':';
  std::size_t line_length = out.size();
  bool line_has_token = false;
  for (const std::string& token : tokens) {
    if (line_has_token && !token.empty() && line_length + 1 + token.size() > kMaxLineLength) {
      out += "\r\n";
      line_length = 0;
    }
    out += ' ';
    out += token;
    line_length += 1 + token.size();
    line_has_token = true;
  }
  out += "\r\n";
  return out;
}

}  // namespace vigie::mail
