#pragma once
// Internal to the recipient import: the uploaded bytes as rows of text cells, whether
// they came from a CSV or from a sheet of an XLSX workbook.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "awareness/recipient_import.hpp"

namespace vigie::awareness::detail {

struct TableCell {
  std::string text;            // valid UTF-8, as the file holds it
  bool formula_error = false;  // an XLSX cell holding "#N/A", "#REF!"…
};

struct TableRow {
  int line = 0;  // the CSV's line, or the sheet's row number
  std::map<std::size_t, TableCell> cells;  // by column index (0 first); blank cells may be absent
};

struct Table {
  ImportFormat format = ImportFormat::kUnknown;
  std::string source;
  std::vector<TableRow> rows;
  std::string error;  // French; the file cannot be read at all when not empty
};

// At most `max_rows` rows are returned: more makes an error.
Table ReadTable(std::string_view bytes, std::string_view file_name, std::size_t max_rows);

}  // namespace vigie::awareness::detail
