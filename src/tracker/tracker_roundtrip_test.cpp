// Write a tracker, read it back, reconcile it: the same values come back, nothing
// changes on a re-upload, and an edit is exactly the change it should be.

#include <gtest/gtest.h>

#include <thread>

#include "tracker/cell_values.hpp"
#include "tracker/reconcile.hpp"
#include "tracker/sample_plan.hpp"
#include "tracker/tracker_reader.hpp"
#include "tracker/tracker_writer.hpp"
#include "tracker/xlsx_test_files.hpp"

namespace vigie::tracker {
namespace {

constexpr std::size_t kMax = 5u << 20;
const std::string kKey = "plan-7f3a9c";

TrackerInput Input(std::vector<report::PlanRow> rows) {
  TrackerInput input;
  input.structure_id = "01JDQ8STRUCTURE00000000001";
  input.structure_name = "EHPAD « Les Tilleuls » & Résidence <Dole>";
  input.plan_key = kKey;
  input.generated_on = "2026-11-29";
  input.today = "2026-11-29";
  input.rows = std::move(rows);
  input.guide = testing::SampleGuide();
  return input;
}

const FieldChange* Find(const ItemChange& item, const std::string& field) {
  for (const auto& change : item.changes) {
    if (change.field == field) return &change;
  }
  return nullptr;
}

TEST(TrackerRoundTrip, ValuesComeBackAsWritten) {
  const auto rows = testing::SamplePlanRows(60);
  const auto upload = ReadTracker(WriteTracker(Input(rows)), kMax);
  ASSERT_TRUE(upload.ok()) << FormatError(upload.errors.front());
  EXPECT_EQ(upload.plan_key, kKey);
  EXPECT_EQ(upload.sheet, "Plan d'action");
  EXPECT_EQ(upload.letters[static_cast<std::size_t>(Column::kItemId)], "A");
  EXPECT_EQ(upload.letters[static_cast<std::size_t>(Column::kStatus)], "K");
  ASSERT_EQ(upload.rows.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = upload.rows[i];
    EXPECT_EQ(row.row, static_cast<int>(i) + 2);
    EXPECT_EQ(CellText(upload.Cell(row, Column::kItemId)), rows[i].item_id);
    EXPECT_EQ(CellText(upload.Cell(row, Column::kMeasure)), rows[i].title);
    EXPECT_EQ(CellText(upload.Cell(row, Column::kHow)), rows[i].how);
    EXPECT_EQ(TextOf(upload.Cell(row, Column::kComment)), rows[i].comment);
    EXPECT_EQ(DueDateOf(upload.Cell(row, Column::kDueDate)), rows[i].due_date);
    EXPECT_EQ(upload.Cell(row, Column::kDueDate).style,
              rows[i].due_date.empty() ? NumberStyle::kPlain : NumberStyle::kDate);
    EXPECT_EQ(ProgressOf(upload.Cell(row, Column::kProgress)), rows[i].progress);
    const auto status = StatusOf(upload.Cell(row, Column::kStatus));
    ASSERT_TRUE(status);
    EXPECT_EQ(actionplan::StatusCode(*status), rows[i].status);
  }
}

TEST(TrackerRoundTrip, ReUploadChangesNothing) {
  const auto rows = testing::SamplePlanRows(60);
  const auto result = Reconcile(rows, ReadTracker(WriteTracker(Input(rows)), kMax), kKey);
  EXPECT_TRUE(result.ok());
  EXPECT_TRUE(result.items.empty());
  EXPECT_EQ(result.unchanged, rows.size());
  EXPECT_TRUE(result.notices.empty());
  EXPECT_TRUE(result.missing_item_ids.empty());
}

TEST(TrackerRoundTrip, EditedCellsAreExactlyTheChanges) {
  const auto current = testing::SamplePlanRows(60);
  auto edited = current;
  edited[0].status = "doing";  // was todo
  edited[0].progress = 30;
  edited[1].owner = "Mme Durand (IDEC)";
  edited[4].due_date = "2027-03-31";
  edited[6].comment = "Fait le 02/12 — reste « Dole » & <Besançon>";
  edited[9].status = "done";  // progress becomes 100
  const auto result = Reconcile(current, ReadTracker(WriteTracker(Input(edited)), kMax), kKey);
  ASSERT_TRUE(result.ok()) << FormatError(result.errors.front());
  ASSERT_EQ(result.items.size(), 5u);
  EXPECT_EQ(result.ChangeCount(), 7u);
  const ItemChange& first = result.items[0];
  EXPECT_EQ(first.item_id, current[0].item_id);
  EXPECT_EQ(first.row, 2);
  EXPECT_EQ(first.revision, current[0].revision);
  ASSERT_EQ(first.changes.size(), 2u);
  EXPECT_EQ(Find(first, "status")->old_display, "À faire");
  EXPECT_EQ(Find(first, "status")->new_display, "En cours");
  EXPECT_EQ(Find(first, "status")->column, "K");
  EXPECT_EQ(Find(first, "progress")->new_value, "30");
  EXPECT_EQ(first.follow_up.status, "doing");
  EXPECT_EQ(first.follow_up.owner, current[0].owner);
  EXPECT_EQ(Find(result.items[1], "owner")->new_value, "Mme Durand (IDEC)");
  EXPECT_EQ(Find(result.items[2], "due_date")->new_display, "31/03/2027");
  EXPECT_EQ(Find(result.items[3], "comment")->new_value, edited[6].comment);
  const ItemChange& done = result.items[4];
  EXPECT_EQ(Find(done, "status")->new_value, "done");
  EXPECT_EQ(Find(done, "progress")->new_value, "100");

  // Once applied, the same file changes nothing.
  auto applied = current;
  for (const auto& item : result.items) {
    for (auto& row : applied) {
      if (row.item_id != item.item_id) continue;
      row.owner = item.follow_up.owner;
      row.due_date = item.follow_up.due_date;
      row.status = item.follow_up.status;
      row.progress = item.follow_up.progress;
      row.comment = item.follow_up.comment;
      row.abandon_reason = item.follow_up.abandon_reason;
    }
  }
  const auto again = Reconcile(applied, ReadTracker(WriteTracker(Input(edited)), kMax), kKey);
  EXPECT_TRUE(again.ok());
  EXPECT_TRUE(again.items.empty());
}

TEST(TrackerRoundTrip, AnotherStructuresFileIsOneError) {
  const auto rows = testing::SamplePlanRows(10);
  auto other = Input(rows);
  other.plan_key = "plan-other";
  other.rows[0].status = "done";
  const auto result = Reconcile(rows, ReadTracker(WriteTracker(other), kMax), kKey);
  EXPECT_TRUE(result.wrong_plan);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_TRUE(result.items.empty());
  EXPECT_NE(result.errors[0].message.find("autre structure"), std::string::npos);
}

TEST(TrackerRoundTrip, UnknownIdIsRejectedOnItsRow) {
  const auto current = testing::SamplePlanRows(10);
  auto file_rows = current;
  file_rows[3].item_id = "01JDQ8NOTINTHISPLAN0000000";
  const auto result = Reconcile(current, ReadTracker(WriteTracker(Input(file_rows)), kMax), kKey);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].sheet, "Plan d'action");
  EXPECT_EQ(result.errors[0].row, 5);
  EXPECT_EQ(result.errors[0].column, "A");
  EXPECT_EQ(result.errors[0].header, "Identifiant Vigie");
  EXPECT_EQ(result.rejected_rows, std::vector<int>{5});
  EXPECT_EQ(result.missing_item_ids, std::vector<std::string>{current[3].item_id});
}

TEST(TrackerRoundTrip, EmptyPlanAndKeyWithQuotes) {
  auto input = Input({});
  input.plan_key = "clé \"spéciale\" & <x>";
  const auto upload = ReadTracker(WriteTracker(input), kMax);
  ASSERT_TRUE(upload.ok()) << FormatError(upload.errors.front());
  EXPECT_EQ(upload.plan_key, input.plan_key);
  EXPECT_TRUE(upload.rows.empty());
}

TEST(TrackerRoundTrip, KeyIsFoundInTheHiddenSheetWithoutTheDefinedName) {
  auto entries = testing::Unzip(WriteTracker(Input(testing::SamplePlanRows(3))));
  for (auto& [name, content] : entries) {
    if (name == "xl/workbook.xml") {
      const auto start = content.find("<definedNames>");
      const auto end = content.find("</definedNames>");
      ASSERT_NE(start, std::string::npos);
      content.erase(start, end + 15 - start);
    }
  }
  std::erase_if(entries, [](const auto& e) { return e.first == "docProps/custom.xml"; });
  const auto upload = ReadTracker(testing::MakeZip(entries), kMax);
  ASSERT_TRUE(upload.ok()) << FormatError(upload.errors.front());
  EXPECT_EQ(upload.plan_key, kKey);
}

TEST(TrackerRoundTrip, ConcurrentWritesGiveSameReadableFiles) {
  const auto input = Input(testing::SamplePlanRows(20));
  std::vector<std::string> files(4);
  std::vector<std::thread> threads;
  for (auto& file : files) threads.emplace_back([&input, &file] { file = WriteTracker(input); });
  for (auto& thread : threads) thread.join();
  for (const auto& file : files) {
    const auto upload = ReadTracker(file, kMax);
    EXPECT_TRUE(upload.ok());
    EXPECT_EQ(upload.rows.size(), 20u);
  }
}

}  // namespace
}  // namespace vigie::tracker
