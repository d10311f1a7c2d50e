#pragma once
// Checks an uploaded tracker against the structure's plan as it stands and says what
// the upload would change. Pure: nothing is written; the caller shows the preview,
// then applies each ItemChange through the per-item update with its revision (a stale
// revision is a conflict, never applied) and its history.
//
// - An upload the reader refused: its errors, nothing else.
// - Another plan's file (its key is not `expected_plan_key`): exactly one error.
// - Every row is validated cell by cell: the item id must be one of the plan's and
//   appear once; status, due date and progress must be understood (cell_values.hpp);
//   then actionplan::ValidateFollowUp, the rule of the pages and the API, whose
//   errors are located on their cells. A row with any error is rejected whole.
// - Changes are the follow-up fields whose new value differs from `current` (line ends
//   and surrounding spaces ignored), so uploading the file just applied, or the file
//   just downloaded, changes nothing.
// - Edits of read-only columns (domain, measure, why, how, priority, horizon) are
//   ignored and reported as notices (only for the fields `current` fills in); plan
//   items absent from the file stay as they are.
//
// Policy for the caller (issue 4): when `errors` is not empty, apply nothing; `items`
// still lists the valid rows' changes so that the preview can show them.

#include <cstddef>
#include <string>
#include <vector>

#include "actionplan/follow_up.hpp"
#include "report/report_model.hpp"
#include "tracker/tracker_upload.hpp"

namespace vigie::tracker {

struct FieldChange {
  std::string field;        // as the API and the history name it: owner, due_date, status, abandon_reason, progress, comment
  std::string column;       // where the new value was read: "K"
  std::string header;       // "Statut"
  std::string old_value;    // stored form: "todo", "2027-03-31", "40"
  std::string new_value;
  std::string old_display;  // French display: "À faire", "31/03/2027", "40 %"; "" when empty
  std::string new_display;
};

struct ItemChange {
  std::string item_id;
  std::string title;
  int row = 0;                      // the row of the file
  long long revision = 0;           // the item's current revision: the expected one when applying
  bool changed_since_export = false;  // the file carries an older revision: Vigie was edited meanwhile
  actionplan::FollowUp follow_up;   // the whole follow-up to write, validated and normalized
  std::vector<FieldChange> changes;
};

struct TrackerReconciliation {
  std::vector<TrackerError> errors;    // every rejected cell, row or file problem
  std::vector<int> rejected_rows;      // rows with at least one error, ascending
  std::vector<ItemChange> items;       // rows without error that change something
  std::size_t unchanged = 0;           // rows without error that change nothing
  std::vector<TrackerError> notices;   // ignored edits, for information
  std::vector<std::string> missing_item_ids;  // in the plan but not in the file: left as they are
  bool wrong_plan = false;

  bool ok() const { return errors.empty(); }
  std::size_t ChangeCount() const;
};

TrackerReconciliation Reconcile(const std::vector<report::PlanRow>& current, const TrackerUpload& upload,
                                const std::string& expected_plan_key);

}  // namespace vigie::tracker
