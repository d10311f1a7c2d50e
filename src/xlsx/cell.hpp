#pragma once
// A spreadsheet cell as a file typed it, and the small helpers every reader of cells
// needs: its text as a person reads it, UTF-8 made safe for messages, and A1-style
// references.

#include <cstddef>
#include <string>
#include <string_view>

namespace vigie::xlsx {

enum class CellKind { kEmpty, kText, kNumber, kBoolean, kError };
// The kind of number format applied to a numeric cell.
enum class NumberStyle { kPlain, kDate, kPercent };

struct CellValue {
  CellKind kind = CellKind::kEmpty;
  std::string text;      // kText: the string; kError: "#N/A"…; kBoolean: "1" or "0"
  double number = 0;     // kNumber
  NumberStyle style = NumberStyle::kPlain;
};

// The cell's content as text, the way a person reads it: numbers without a useless
// ".0" ("12", "12.5"), booleans "VRAI"/"FAUX", errors as written ("#N/A").
std::string CellText(const CellValue& cell);

// `text` as valid UTF-8: each byte of a broken sequence becomes U+FFFD. Text from an
// uploaded file goes through it before it appears in a message.
std::string Utf8Safe(std::string_view text);

// 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string ColumnLetters(std::size_t index);

// "K12" -> column 10, row 12; false when `ref` is not a cell reference within
// Excel's limits (XFD1048576).
bool ParseCellRef(std::string_view ref, std::size_t& column, int& row);

inline constexpr int kMaxRow = 1048576;
inline constexpr std::size_t kMaxColumn = 16384;

}  // namespace vigie::xlsx
