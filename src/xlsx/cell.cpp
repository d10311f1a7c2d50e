#include "xlsx/cell.hpp"

#include <cmath>
#include <cstdio>

namespace vigie::xlsx {

std::string CellText(const CellValue& cell) {
  switch (cell.kind) {
    case CellKind::kEmpty: return "";
    case CellKind::kText:
    case CellKind::kError:
      return cell.text;
    case CellKind::kBoolean: return cell.text == "1" ? "VRAI" : "FAUX";
    case CellKind::kNumber: {
      char buf[64];
      if (std::isfinite(cell.number) && std::fabs(cell.number) < 1e15 &&
          cell.number == std::floor(cell.number)) {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(cell.number));
      } else {
        std::snprintf(buf, sizeof buf, "%.15g", cell.number);
      }
      return buf;
    }
  }
  return "";
}

std::string Utf8Safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const auto c = static_cast<unsigned char>(text[at]);
    const std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    bool valid = len > 0 && at + len <= text.size();
    for (std::size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(text[at + k]) & 0xC0u) == 0x80u;
    if (valid && len >= 3) {
      const auto c1 = static_cast<unsigned char>(text[at + 1]);
      valid = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0) &&  // overlong, surrogates
              !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);    // overlong, above U+10FFFF
    }
    if (valid) {
      out.append(text.substr(at, len));
      at += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++at;
    }
  }
  return out;
}

std::string ColumnLetters(std::size_t index) {
  std::string letters;
  std::size_t n = index + 1;
  while (n > 0) {
    const std::size_t rem = (n - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return letters;
}

bool ParseCellRef(std::string_view ref, std::size_t& column, int& row) {
  std::size_t at = 0;
  std::size_t col = 0;
  while (at < ref.size() && at < 3 && ref[at] >= 'A' && ref[at] <= 'Z') col = col * 26 + static_cast<std::size_t>(ref[at++] - 'A' + 1);
  if (at == 0 || col > kMaxColumn) return false;
  const std::size_t digits = at;
  long r = 0;
  while (at < ref.size() && at - digits < 7 && ref[at] >= '0' && ref[at] <= '9') r = r * 10 + (ref[at++] - '0');
  if (at == digits || at != ref.size() || r < 1 || r > kMaxRow) return false;
  column = col - 1;
  row = static_cast<int>(r);
  return true;
}

}  // namespace vigie::xlsx
