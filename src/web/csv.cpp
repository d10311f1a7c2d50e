#include "web/csv.hpp"

#include "core/french_format.hpp"

namespace vigie::web {

std::string CsvField(std::string value) {
  if (!value.empty() && std::string("=+-@\t\r").find(value.front()) != std::string::npos) {
    value.insert(0, "'");
  }
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? ";" : "") + CsvField(fields[i]);
  return line + "\r\n";
}

Response CsvDownload(std::string body, const std::string& stem, core::UnixSeconds now) {
  Response r;
  r.body = std::move(body);
  r.SetHeader("Content-Type", "text/csv; charset=utf-8");
  r.SetHeader("Content-Disposition",
              "attachment; filename=\"" + stem + "-" + core::FormatIsoDateParis(now) + ".csv\"");
  return r;
}

}  // namespace vigie::web
