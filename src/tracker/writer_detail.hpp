#pragma once
// Internal to the tracker writer (tracker_writer.cpp and the *_sheet_writer.cpp
// files); other modules use tracker_writer.hpp. The libxlsxwriter types are only
// declared here, so this header does not pull in xlsxwriter.h.

#include <string>
#include <string_view>

#include "tracker/tracker_writer.hpp"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace vigie::tracker::detail {

// Cell formats, created once per workbook.
struct Formats {
  lxw_format* title = nullptr;
  lxw_format* subtitle = nullptr;
  lxw_format* header = nullptr;
  lxw_format* technical = nullptr;         // hidden id and revision columns
  lxw_format* read_only = nullptr;         // grey, wrapped
  lxw_format* read_only_center = nullptr;
  lxw_format* editable = nullptr;          // yellow, wrapped, unlocked
  lxw_format* editable_center = nullptr;
  lxw_format* editable_date = nullptr;     // dd/mm/yyyy
  lxw_format* editable_integer = nullptr;
  lxw_format* label = nullptr;             // summary labels
  lxw_format* count = nullptr;             // summary numbers
  lxw_format* percent = nullptr;           // summary share
  lxw_format* paragraph = nullptr;         // guide text
  lxw_format* overdue = nullptr;           // conditional: red
  lxw_format* done = nullptr;              // conditional: green
  lxw_format* abandoned = nullptr;         // conditional: grey italics
};

// Throws core::AppError (kInternal) naming `what` unless `error` is LXW_NO_ERROR.
void Check(int error, const char* what);
// libxlsxwriter's option structs take char*; it copies what it keeps.
inline char* Chars(std::string& s) { return s.data(); }
// Valid UTF-8 (broken bytes become U+FFFD) of at most Excel's 32 767 characters.
std::string CellString(std::string_view text);
// 'Plan d''action'!$K$2:$K$61: the sheet name quoted for a formula.
std::string QuotedSheet(std::string_view name);

// The data rows of "Plan d'action" are 2..LastPlanRow() in Excel's numbering (at
// least 2, so that formulas over an empty plan still name a valid empty range).
inline int LastPlanRow(const TrackerInput& input) { return input.rows.empty() ? 2 : static_cast<int>(input.rows.size()) + 1; }

void WritePlanSheet(lxw_worksheet* sheet, const Formats& formats, const TrackerInput& input);
void WriteSummarySheet(lxw_workbook* workbook, lxw_worksheet* sheet, const Formats& formats, const TrackerInput& input);
void WriteGuideSheet(lxw_worksheet* sheet, const Formats& formats, const TrackerInput& input);
void WriteKeySheet(lxw_worksheet* sheet, const Formats& formats, const TrackerInput& input);

}  // namespace vigie::tracker::detail
