// tracker::ReadTracker and tracker::Reconcile: an XLSX uploaded by a structure (its
// action-plan tracker, edited in any spreadsheet, or any file at all).
// Properties:
// - nothing throws, whatever the bytes;
// - a refused file has errors and no rows; every message is non-empty valid UTF-8,
//   and so is its located form (FormatError);
// - an accepted file names a column for every required header, carries a plan key,
//   and its rows are below one another with positive numbers;
// - reconciled against a plan with its own key: every located error is on a rejected
//   row, no change comes from a rejected row, every change lists at least one field,
//   and the follow-up it would write passes actionplan::ValidateFollowUp unchanged;
// - reconciled against another key: exactly one error and nothing else.

#include <set>

#include "actionplan/follow_up.hpp"
#include "fuzz_check.hpp"
#include "tracker/reconcile.hpp"
#include "tracker/sample_plan.hpp"
#include "tracker/tracker_reader.hpp"

namespace {

using vigie::tracker::AllColumns;
using vigie::tracker::Column;
using vigie::tracker::FormatError;
using vigie::tracker::IsRequired;
using vigie::tracker::Reconcile;
using vigie::tracker::ReadTracker;
using vigie::tracker::TrackerError;
using vigie::tracker::TrackerUpload;
namespace testing = vigie::tracker::testing;

void CheckError(const TrackerError& error) {
  FUZZ_CHECK(!error.message.empty());
  FUZZ_CHECK(vigie::fuzz::IsValidUtf8(error.message));
  FUZZ_CHECK(vigie::fuzz::IsValidUtf8(FormatError(error)));
  FUZZ_CHECK(error.row >= 0);
}

std::vector<vigie::report::PlanRow> Plan() {
  // The sample plan's ids, plus the ids the seed workbooks use.
  auto rows = testing::SamplePlanRows(12);
  for (const char* id : {"id-1", "id-2", "id-3"}) {
    vigie::report::PlanRow row;
    row.item_id = id;
    row.status = "todo";
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = vigie::fuzz::AsText(data, size);
  const TrackerUpload upload = ReadTracker(bytes, 2u << 20);
  for (const auto& error : upload.errors) CheckError(error);
  if (!upload.ok()) {
    FUZZ_CHECK(upload.rows.empty());
    return 0;
  }
  FUZZ_CHECK(!upload.plan_key.empty());
  FUZZ_CHECK(vigie::fuzz::IsValidUtf8(upload.sheet));
  for (Column column : AllColumns()) {
    if (IsRequired(column)) FUZZ_CHECK(!upload.letters[static_cast<std::size_t>(column)].empty());
  }
  int previous = 0;
  for (const auto& row : upload.rows) {
    FUZZ_CHECK(row.row > previous);
    previous = row.row;
  }

  static const auto plan = Plan();
  const auto result = Reconcile(plan, upload, upload.plan_key);
  FUZZ_CHECK(!result.wrong_plan);
  const std::set<int> rejected(result.rejected_rows.begin(), result.rejected_rows.end());
  for (const auto& error : result.errors) {
    CheckError(error);
    FUZZ_CHECK(error.row > 0 && rejected.contains(error.row));
  }
  for (const auto& notice : result.notices) CheckError(notice);
  for (const auto& item : result.items) {
    FUZZ_CHECK(!rejected.contains(item.row));
    FUZZ_CHECK(!item.changes.empty());
    auto follow_up = item.follow_up;
    FUZZ_CHECK(vigie::actionplan::ValidateFollowUp(follow_up).empty());
    FUZZ_CHECK(follow_up.owner == item.follow_up.owner && follow_up.progress == item.follow_up.progress &&
               follow_up.abandon_reason == item.follow_up.abandon_reason);
  }
  FUZZ_CHECK(result.items.size() + result.unchanged + rejected.size() <= upload.rows.size());

  const auto other = Reconcile(plan, upload, upload.plan_key + "-autre");
  FUZZ_CHECK(other.wrong_plan && other.errors.size() == 1 && other.items.empty() && other.rejected_rows.empty());
  return 0;
}
