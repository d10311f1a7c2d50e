#pragma once
// Items of a structure's action plan and the history of their changes. Creation is
// idempotent per (structure, source, source id, measure); an update records one
// history row per changed field, in the same transaction, and is refused when the
// caller's revision is not the current one.

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

struct ActionItemRecord {
  std::string id;
  std::string structure_id;
  std::string region_id;
  std::string source;     // "diagnostic"
  std::string source_id;  // the diagnostic's id
  std::string measure_id;
  long long priority = 4;
  long long rank = 0;
  std::string horizon;
  std::string owner;      // a person or a role, free text
  std::string due_date;   // YYYY-MM-DD or empty
  std::string status;     // todo | doing | done | abandoned
  std::string abandon_reason;
  long long progress = 0; // 0..100
  std::string comment;
  long long created_at = 0;
  long long updated_at = 0;
  long long revision = 1;
};

struct HistoryRecord {
  std::string item_id;
  long long changed_at = 0;
  std::string changed_by;
  std::string field;
  std::string old_value;
  std::string new_value;
};

// False when the same measure from the same source is already in the plan.
bool InsertActionItem(Session& s, const ActionItemRecord& item);
std::optional<ActionItemRecord> FindActionItem(Session& s, const std::string& id);
std::vector<ActionItemRecord> ListActionItems(Session& s, const std::string& structure_id);

enum class UpdateOutcome { kUpdated, kConflict, kNotFound };
// Writes the follow-up fields (owner, due date, status, reason, progress, comment)
// of `changed` if `expected_revision` is current; history rows name each change.
UpdateOutcome UpdateActionItem(Session& s, const ActionItemRecord& changed, long long expected_revision,
                               long long now, const std::string& by, const std::string& history_id_prefix);
// A later diagnostic moved an open item's priority: writes priority, rank and horizon
// with a history row for each changed one; the follow-up fields are left as they are.
void ReplanActionItem(Session& s, const std::string& id, long long priority, long long rank, const std::string& horizon,
                      long long now, const std::string& by, const std::string& history_id_prefix);
std::vector<HistoryRecord> ListActionItemHistory(Session& s, const std::string& item_id);

}  // namespace vigie::storage
