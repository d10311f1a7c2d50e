#pragma once
// Internal to the XLSX reader: the cells of one worksheet part, typed, with their
// number format's kind. Never throws on bad input.

#include <cstddef>
#include <optional>
#include <string>

#include "xlsx/workbook.hpp"
#include "xlsx/workbook_parts.hpp"
#include "xlsx/zip_archive.hpp"

namespace vigie::xlsx::detail {

// Fills `grid` with the non-empty cells of `part`, at most `max_cells` of them.
std::optional<Error> LoadSheet(ZipArchive& zip, const Parts& parts, const std::string& part, std::size_t max_cells,
                               Grid& grid);

}  // namespace vigie::xlsx::detail
