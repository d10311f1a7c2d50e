#pragma once
// A tracker uploaded back by the structure: checked against the plan as it stands
// (a preview that writes nothing), then applied all or nothing, each item through the
// per-item update with its revision and history, audited in the same transaction.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "storage/database.hpp"
#include "tracker/reconcile.hpp"

namespace vigie::documents {

// Largest tracker accepted, in bytes (the HTTP body limit is larger).
inline constexpr std::size_t kMaxTrackerBytes = 2 * 1024 * 1024 - 64 * 1024;

struct Actor {
  std::string user_id;
  std::string email;
  std::string display_name;
};

tracker::TrackerReconciliation CheckTracker(storage::Database& db, const std::string& structure_id,
                                            std::string_view bytes);

struct Applied {
  std::size_t items = 0;   // items changed
  std::size_t fields = 0;  // fields changed over all items
};

// AppError kInvalid (fields naming sheet, row and column) when the file has errors;
// kConflict when an item changed in Vigie since the check: nothing is then written.
Applied ApplyTracker(storage::Database& db, const core::Clock& clock, const std::string& structure_id,
                     std::string_view bytes, const Actor& actor);

}  // namespace vigie::documents
