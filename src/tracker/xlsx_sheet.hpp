#pragma once
// Internal to the tracker reader: the cells of one worksheet part, typed, with their
// number format's kind. Never throws on bad input.

#include <cstddef>
#include <map>
#include <string>

#include "tracker/tracker_upload.hpp"
#include "tracker/xlsx_workbook.hpp"
#include "tracker/xlsx_zip.hpp"

namespace vigie::tracker::detail {

// Row number (1-based, as Excel shows it) -> column index (0 for A) -> cell.
using SheetGrid = std::map<int, std::map<std::size_t, CellValue>>;

inline constexpr std::size_t kMaxCells = 200000;

// Fills `grid` with the non-empty cells of `part`; returns "" or a French message.
std::string LoadSheet(ZipArchive& zip, const Workbook& workbook, const std::string& part, SheetGrid& grid);

// "K12" -> column 10, row 12; false when `ref` is not a cell reference within
// Excel's limits (XFD1048576).
bool ParseCellRef(std::string_view ref, std::size_t& column, int& row);

}  // namespace vigie::tracker::detail
