#pragma once
// CSV exports as spreadsheets in France open them: UTF-8 with a byte-order mark, ';'
// between fields, every field quoted, CRLF line ends, and a leading apostrophe on
// values a spreadsheet would run as a formula (=, +, -, @).

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "web/http.hpp"

namespace vigie::web {

inline constexpr const char* kCsvBom = "\xEF\xBB\xBF";

std::string CsvField(std::string value);
std::string CsvLine(const std::vector<std::string>& fields);

// A download response: "<stem>-YYYY-MM-DD.csv" (Paris date of `now`).
Response CsvDownload(std::string body, const std::string& stem, core::UnixSeconds now);

}  // namespace vigie::web
