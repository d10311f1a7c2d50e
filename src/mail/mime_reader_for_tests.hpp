#pragma once
// A small MIME reader for this module's tests, written independently of the encoders
// so that tests check round trips rather than the encoder against itself. Accepts CRLF
// or LF line endings (exim stores Maildir files with LF). Not for production use: it
// trusts its input and knows only what RenderMessage produces (UTF-8, Q/B words, QP).

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigie::mail::testing {

inline std::string ToLf(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  throw std::invalid_argument("bad hex digit");
}

// RFC 2045 quoted-printable; hard line breaks come out as "\n".
inline std::string DecodeQuotedPrintable(std::string_view encoded) {
  const std::string text = ToLf(encoded);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') {
      out += text[i];
    } else if (i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;  // soft line break
    } else {
      if (i + 2 >= text.size()) throw std::invalid_argument("truncated escape");
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    }
  }
  return out;
}

inline std::string DecodeBase64(std::string_view text) {
  constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    const std::size_t value = kAlphabet.find(c);
    if (value == std::string_view::npos) throw std::invalid_argument("bad base64");
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

// Decodes RFC 2047 encoded-words (UTF-8, Q or B) in an unfolded header value;
// whitespace between two adjacent encoded-words is dropped, as section 6.2 says.
inline std::string DecodeHeader(std::string_view value) {
  std::string out, pending_space;
  bool after_word = false;
  std::size_t i = 0;
  while (i < value.size()) {
    if (value.substr(i, 2) == "=?") {
      const std::size_t q1 = value.find('?', i + 2);
      const std::size_t q2 = q1 == std::string_view::npos ? q1 : value.find('?', q1 + 1);
      const std::size_t end = q2 == std::string_view::npos ? q2 : value.find("?=", q2 + 1);
      if (end != std::string_view::npos && q2 == q1 + 2) {
        const std::string charset(value.substr(i + 2, q1 - i - 2));
        const char encoding = static_cast<char>(std::toupper(value[q1 + 1]));
        const std::string_view text = value.substr(q2 + 1, end - q2 - 1);
        if (charset != "UTF-8" && charset != "utf-8") throw std::invalid_argument("charset");
        std::string decoded;
        if (encoding == 'B') {
          decoded = DecodeBase64(text);
        } else {
          for (std::size_t k = 0; k < text.size(); ++k) {
            if (text[k] == '_') {
              decoded += ' ';
            } else if (text[k] == '=' && k + 2 < text.size()) {
              decoded += static_cast<char>(HexValue(text[k + 1]) * 16 + HexValue(text[k + 2]));
              k += 2;
            } else {
              decoded += text[k];
            }
          }
        }
        if (!after_word) out += pending_space;
        pending_space.clear();
        out += decoded;
        after_word = true;
        i = end + 2;
        continue;
      }
    }
    if (value[i] == ' ' || value[i] == '\t') {
      pending_space += value[i++];
      continue;
    }
    out += pending_space;
    pending_space.clear();
    out += value[i++];
    after_word = false;
  }
  return out + pending_space;
}

// A message or body part: unfolded headers (value without the space after the colon)
// and the raw body, both with LF line endings.
struct Entity {
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // Every value of the header `name` (case-insensitive), in order.
  std::vector<std::string> All(std::string_view name) const {
    std::vector<std::string> values;
    for (const auto& [header, value] : headers) {
      if (header.size() == name.size() &&
          std::equal(header.begin(), header.end(), name.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) ==
                   std::tolower(static_cast<unsigned char>(b));
          })) {
        values.push_back(value);
      }
    }
    return values;
  }
  // The single value of `name`; throws if it is missing or repeated.
  std::string Header(std::string_view name) const {
    const std::vector<std::string> values = All(name);
    if (values.size() != 1) throw std::runtime_error("expected one " + std::string(name));
    return values.front();
  }
};

inline Entity ParseEntity(std::string_view raw) {
  const std::string text = ToLf(raw);
  Entity entity;
  const std::size_t blank = text.find("\n\n");
  const std::string head = text.substr(0, blank);
  entity.body = blank == std::string::npos ? "" : text.substr(blank + 2);
  std::size_t start = 0;
  while (start < head.size()) {
    std::size_t end = head.find('\n', start);
    if (end == std::string::npos) end = head.size();
    const std::string line = head.substr(start, end - start);
    if ((line[0] == ' ' || line[0] == '\t') && !entity.headers.empty()) {
      entity.headers.back().second += line;  // unfolding: drop the line break only
    } else {
      const std::size_t colon = line.find(':');
      if (colon == std::string::npos) throw std::invalid_argument("header without colon");
      std::string value = line.substr(colon + 1);
      if (!value.empty() && value[0] == ' ') value.erase(0, 1);
      entity.headers.emplace_back(line.substr(0, colon), value);
    }
    start = end + 1;
  }
  return entity;
}

// The parts of a multipart body (LF endings), per RFC 2046 section 5.1.1: the line
// break before each delimiter belongs to the delimiter.
inline std::vector<Entity> SplitMultipart(std::string_view raw_body, std::string_view boundary) {
  const std::string body = "\n" + ToLf(raw_body);
  const std::string delimiter = "\n--" + std::string(boundary);
  std::vector<Entity> parts;
  std::size_t at = body.find(delimiter);
  while (at != std::string::npos) {
    const std::size_t after = at + delimiter.size();
    if (body.compare(after, 2, "--") == 0) return parts;  // close delimiter
    const std::size_t content = body.find('\n', after) + 1;
    const std::size_t next = body.find(delimiter, content);
    if (next == std::string::npos) throw std::invalid_argument("no close delimiter");
    parts.push_back(ParseEntity(body.substr(content, next - content)));
    at = next;
  }
  throw std::invalid_argument("no delimiter");
}

// The boundary parameter of a multipart Content-Type value.
inline std::string BoundaryOf(std::string_view content_type) {
  const std::size_t at = content_type.find("boundary=");
  if (at == std::string_view::npos) throw std::invalid_argument("no boundary");
  std::string_view value = content_type.substr(at + 9);
  if (!value.empty() && value[0] == '"') return std::string(value.substr(1, value.find('"', 1) - 1));
  return std::string(value.substr(0, value.find(';')));
}

}  // namespace vigie::mail::testing
