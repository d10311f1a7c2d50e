#include "tracker/tracker_upload.hpp"

namespace vigie::tracker {

std::string FormatError(const TrackerError& error) {
  std::string where;
  if (!error.sheet.empty()) where += "Feuille « " + error.sheet + " »";
  if (error.row > 0) where += (where.empty() ? "Ligne " : ", ligne ") + std::to_string(error.row);
  if (!error.column.empty()) {
    where += (where.empty() ? "Colonne " : ", colonne ") + error.column;
    if (!error.header.empty()) where += " (" + error.header + ")";
  }
  return where.empty() ? error.message : where + " : " + error.message;
}

}  // namespace vigie::tracker
