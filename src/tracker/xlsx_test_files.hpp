#pragma once
// Test-only helpers (unit tests of src/tracker): the generic zip and workbook helpers
// of src/xlsx (xlsx/test_files.hpp), and the tracker's header row.

#include <string>
#include <vector>

#include "tracker/tracker_layout.hpp"
#include "xlsx/test_files.hpp"

namespace vigie::tracker::testing {

using xlsx::testing::Entries;
using xlsx::testing::MakeZip;
using xlsx::testing::MinimalXlsx;
using xlsx::testing::TestSheet;
using xlsx::testing::Unzip;

// The header row of "Plan d'action" in the writer's order.
inline std::vector<std::string> HeaderRow() {
  std::vector<std::string> row;
  for (Column column : AllColumns()) row.emplace_back(Header(column));
  return row;
}

}  // namespace vigie::tracker::testing
