#pragma once
// Reads an uploaded action-plan tracker (see tracker_writer.hpp) from its bytes.
//
// Limits: the file itself (`max_bytes`), the number of zip entries (1 000), each part
// once inflated (16 MiB) and all parts together (48 MiB) — measured on the inflated
// bytes, so a zip bomb stops early —, 200 000 filled cells, 5 000 data rows.
//
// Finds the sheet "Plan d'action" (by name, or else the first visible sheet that has
// its header row), the header row among the first 20 rows, and each column by its
// header text, so columns may be moved. Cells are returned typed (tracker_upload.hpp);
// reconcile.hpp interprets them. The plan key comes from the defined name
// "VigiePlanKey", else the custom property of that name, else the hidden sheet "Vigie".
//
// Never throws on bad input: a file that is not an XLSX, is too large, is damaged, or
// lacks the sheet, a required column or the plan key yields `errors` (one each, in
// French, located by sheet, row and column where that applies) and no rows.

#include <cstddef>
#include <string_view>

#include "tracker/tracker_upload.hpp"

namespace vigie::tracker {

TrackerUpload ReadTracker(std::string_view bytes, std::size_t max_bytes);

}  // namespace vigie::tracker
