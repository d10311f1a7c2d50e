#include "jobs/error_text.hpp"

namespace vigie::jobs::detail {
namespace {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if malformed
// (truncated, overlong, surrogate, above U+10FFFF).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // overlong
    if (b0 == 0xED) high = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // overlong
    if (b0 == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  const unsigned char b1 = byte(i + 1);
  if (b1 < low || b1 > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

std::string ErrorText(std::string_view raw) {
  static constexpr std::string_view kEllipsis = "...";
  // Every replacement is one byte for one byte, so the output is as long as `raw`.
  const bool cut = raw.size() > kMaxErrorTextBytes;
  const std::size_t limit = cut ? kMaxErrorTextBytes - kEllipsis.size() : kMaxErrorTextBytes;
  std::string out;
  out.reserve(cut ? kMaxErrorTextBytes : raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t length = Utf8SequenceLength(raw, i);
    std::string_view piece = length == 0 ? std::string_view("?") : raw.substr(i, length);
    if (length == 1 && (static_cast<unsigned char>(raw[i]) < 0x20 || raw[i] == 0x7F)) {
      piece = " ";
    }
    if (out.size() + piece.size() > limit) break;
    out += piece;
    i += length == 0 ? 1 : length;
  }
  if (cut) out += kEllipsis;
  if (out.empty()) out = "(no message)";
  return out;
}

}  // namespace vigie::jobs::detail
