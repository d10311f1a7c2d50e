#pragma once
// How the tracker's editable cells are understood, whatever a spreadsheet or a person
// put in them. Pure functions; each returns std::nullopt when the value cannot be
// understood, and the caller names the cell.

#include <optional>
#include <string>
#include <string_view>

#include "actionplan/follow_up.hpp"
#include "tracker/tracker_upload.hpp"
#include "xlsx/serial_date.hpp"

namespace vigie::tracker {

// Excel serial day (1900 system, with its phantom 29/02/1900; or the 1904 system)
// to YYYY-MM-DD. The time of day is ignored. Days before 1900-03-01 are refused.
using xlsx::SerialToIsoDate;
// YYYY-MM-DD (a date the action plan accepts, actionplan::IsIsoDate) to the
// 1900-system serial day (for writing and for tests).
std::optional<long long> IsoDateToSerial(std::string_view iso);

// A date typed as text: "31/03/2027", "31/3/2027", "31-03-2027", "31.03.2027" (French
// order), or "2027-03-31" (ISO); a trailing time ("… 00:00:00") is ignored. Returns
// YYYY-MM-DD for a real calendar date, std::nullopt otherwise.
std::optional<std::string> ParseTextDate(std::string_view text);
// The due-date cell: empty -> "", a number -> its serial day, text -> ParseTextDate.
std::optional<std::string> DueDateOf(const CellValue& cell, bool date1904 = false);

// A status as the list shows it ("À faire", "En cours", "Fait", "Abandonné") or as a
// person may type it: case, accents and extra spaces ignored ("a faire", "FAIT",
// "abandonne"); the stored codes ("todo"…) are accepted too.
std::optional<actionplan::Status> StatusOf(const CellValue& cell);

// Progress in whole percent:
// - a number formatted as a percentage (0.4 shown "40 %") counts as 40;
// - any other number must be a whole number of percent (40 -> 40; 40.5 is refused);
// - text "40", "40 %", "40%" -> 40; an empty cell -> 0.
// Range (0–100) is checked later by actionplan::ValidateFollowUp.
std::optional<long long> ProgressOf(const CellValue& cell);

// Free text (owner, comment, reason): CellText, with Windows line ends made "\n".
std::string TextOf(const CellValue& cell);

// "2027-03-31" -> "31/03/2027"; "" stays ""; anything else is returned unchanged.
std::string DisplayDate(std::string_view iso);

}  // namespace vigie::tracker
