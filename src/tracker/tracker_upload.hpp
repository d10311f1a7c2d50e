#pragma once
// What an uploaded tracker holds once read (tracker_reader.hpp) and before it is
// checked against the plan (reconcile.hpp): the plan key and, for every non-empty row
// of "Plan d'action", each known column's cell as the file typed it. Problems are
// located as Excel shows them: sheet name, 1-based row number, column letter and the
// column's header.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/tracker_layout.hpp"
#include "xlsx/cell.hpp"

namespace vigie::tracker {

// Cells as the generic XLSX reader types them (xlsx/cell.hpp).
using CellKind = xlsx::CellKind;
using NumberStyle = xlsx::NumberStyle;
using CellValue = xlsx::CellValue;
// Utf8Safe: text from an uploaded file goes through it before it appears in a message.
// CellText: the cell's content as a person reads it ("12", "VRAI", "#N/A").
using xlsx::CellText;
using xlsx::Utf8Safe;

struct UploadedRow {
  int row = 0;  // as Excel numbers it
  std::array<CellValue, kColumnCount> cells;  // indexed by Column
};

// One problem in an upload. `row` is 0 and `column` empty for a problem with the
// whole file; `column` is the letter ("K") and `header` the column's title.
struct TrackerError {
  std::string sheet;
  int row = 0;
  std::string column;
  std::string header;
  std::string message;  // French, for the user
};

struct TrackerUpload {
  std::string plan_key;
  bool date1904 = false;                          // the workbook counts days from 1904
  std::string sheet;                              // the sheet the rows come from
  std::array<std::string, kColumnCount> letters;  // where each column was found ("" if absent)
  std::vector<UploadedRow> rows;                  // non-empty rows below the header, in order
  std::vector<TrackerError> errors;               // problems with the file: nothing may be applied

  bool ok() const { return errors.empty(); }
  const CellValue& Cell(const UploadedRow& row, Column column) const {
    return row.cells[static_cast<std::size_t>(column)];
  }
};

// "Feuille « Plan d'action », ligne 12, colonne K (Statut) : <message>", or only the
// parts that apply.
std::string FormatError(const TrackerError& error);

}  // namespace vigie::tracker
