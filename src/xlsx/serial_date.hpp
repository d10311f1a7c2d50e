#pragma once
// Excel's serial dates: the number of days a date cell holds, in the 1900 system (with
// its phantom 29/02/1900) or the 1904 system (Workbook::date1904()).

#include <optional>
#include <string>
#include <string_view>

namespace vigie::xlsx {

// Serial day to YYYY-MM-DD. The time of day is ignored. Days before 1900-03-01 (1900
// system) and after 9999-12-31 are refused.
std::optional<std::string> SerialToIsoDate(double serial, bool date1904 = false);

// A real calendar date YYYY-MM-DD (1900-03-01 to 9999-12-31) to its 1900-system serial
// day; std::nullopt for anything else.
std::optional<long long> IsoDateToSerial(std::string_view iso);

}  // namespace vigie::xlsx
