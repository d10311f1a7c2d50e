// Reconcile on uploads built cell by cell: each rejected cell is named by sheet, row
// and column; a rejected row changes nothing; the rest is compared with the plan.

#include <gtest/gtest.h>

#include "tracker/reconcile.hpp"
#include "tracker/sample_plan.hpp"

namespace vigie::tracker {
namespace {

const std::string kKey = "plan-k";

CellValue Text(std::string text) { return {CellKind::kText, std::move(text), 0, NumberStyle::kPlain}; }
CellValue Number(double n) { return {CellKind::kNumber, "", n, NumberStyle::kPlain}; }

// An upload laid out like the writer's, each row repeating `plan` as it stands.
TrackerUpload UploadOf(const std::vector<report::PlanRow>& plan) {
  TrackerUpload upload;
  upload.plan_key = kKey;
  upload.sheet = "Plan d'action";
  for (Column column : AllColumns()) upload.letters[static_cast<std::size_t>(column)] = ColumnLetters(static_cast<std::size_t>(column));
  int r = 2;
  for (const auto& p : plan) {
    UploadedRow row;
    row.row = r++;
    auto set = [&](Column column, CellValue value) { row.cells[static_cast<std::size_t>(column)] = std::move(value); };
    set(Column::kItemId, Text(p.item_id));
    set(Column::kRevision, Number(static_cast<double>(p.revision)));
    set(Column::kDomain, Text(p.domain_title));
    set(Column::kMeasure, Text(p.title));
    set(Column::kWhy, Text(p.why));
    set(Column::kHow, Text(p.how));
    set(Column::kPriority, Text("P" + std::to_string(p.priority)));
    set(Column::kHorizon, Text(p.horizon));
    if (!p.owner.empty()) set(Column::kOwner, Text(p.owner));
    if (!p.due_date.empty()) set(Column::kDueDate, Text(p.due_date));
    set(Column::kStatus, Text(std::string(actionplan::StatusLabel(*actionplan::ParseStatus(p.status)))));
    set(Column::kProgress, Number(static_cast<double>(p.progress)));
    if (!p.comment.empty()) set(Column::kComment, Text(p.comment));
    if (!p.abandon_reason.empty()) set(Column::kAbandonReason, Text(p.abandon_reason));
    upload.rows.push_back(row);
  }
  return upload;
}

CellValue& At(TrackerUpload& upload, std::size_t index, Column column) {
  return upload.rows[index].cells[static_cast<std::size_t>(column)];
}

TEST(Reconcile, UnchangedUploadChangesNothing) {
  const auto plan = testing::SamplePlanRows(12);
  const auto result = Reconcile(plan, UploadOf(plan), kKey);
  EXPECT_TRUE(result.ok());
  EXPECT_EQ(result.unchanged, 12u);
  EXPECT_TRUE(result.items.empty());
}

TEST(Reconcile, InvalidCellsAreNamedAndTheirRowsRejected) {
  const auto plan = testing::SamplePlanRows(8);
  auto upload = UploadOf(plan);
  At(upload, 0, Column::kStatus) = Text("Peut-être");
  At(upload, 1, Column::kDueDate) = Text("31/02/2027");
  At(upload, 2, Column::kProgress) = Number(150);
  At(upload, 3, Column::kProgress) = Text("à moitié");
  At(upload, 4, Column::kStatus) = Text("Abandonné");  // no reason given
  At(upload, 4, Column::kAbandonReason) = {};
  At(upload, 5, Column::kStatus) = {};
  At(upload, 6, Column::kOwner) = Text(std::string(201, 'x'));
  At(upload, 7, Column::kOwner) = Text("Nouveau responsable");  // valid: applied
  const auto result = Reconcile(plan, upload, kKey);
  ASSERT_EQ(result.errors.size(), 7u);
  const std::vector<std::pair<int, std::string>> expected = {{2, "K"}, {3, "J"}, {4, "L"}, {5, "L"},
                                                             {6, "N"}, {7, "K"}, {8, "I"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(result.errors[i].sheet, "Plan d'action");
    EXPECT_EQ(result.errors[i].row, expected[i].first) << i;
    EXPECT_EQ(result.errors[i].column, expected[i].second) << i;
  }
  EXPECT_EQ(FormatError(result.errors[0]),
            "Feuille « Plan d'action », ligne 2, colonne K (Statut) : Statut « Peut-être » inconnu : choisissez À "
            "faire, En cours, Fait ou Abandonné.");
  EXPECT_NE(result.errors[1].message.find("« 31/02/2027 »"), std::string::npos);
  EXPECT_EQ(result.errors[2].message, "L'avancement va de 0 à 100 %.");
  EXPECT_EQ(result.errors[4].message, "Indiquez pourquoi cette mesure est abandonnée.");
  EXPECT_EQ(result.rejected_rows, (std::vector<int>{2, 3, 4, 5, 6, 7, 8}));
  ASSERT_EQ(result.items.size(), 1u);
  EXPECT_EQ(result.items[0].row, 9);
  EXPECT_FALSE(result.ok());
}

TEST(Reconcile, DuplicateAndMissingIds) {
  const auto plan = testing::SamplePlanRows(4);
  auto upload = UploadOf(plan);
  At(upload, 2, Column::kItemId) = Text(plan[0].item_id);
  At(upload, 3, Column::kItemId) = {};
  const auto result = Reconcile(plan, upload, kKey);
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].row, 2);
  EXPECT_NE(result.errors[0].message.find("aussi ligne 4"), std::string::npos);
  EXPECT_EQ(result.errors[1].row, 4);
  EXPECT_NE(result.errors[2].message.find("sans identifiant"), std::string::npos);
  EXPECT_EQ(result.missing_item_ids, (std::vector<std::string>{plan[2].item_id, plan[3].item_id}));
}

TEST(Reconcile, ReadOnlyEditsAreNoticesAndLineEndsAreNoChange) {
  auto plan = testing::SamplePlanRows(3);
  plan[0].comment = "ligne 1\r\nligne 2";
  auto upload = UploadOf(plan);
  At(upload, 0, Column::kComment) = Text("ligne 1\nligne 2  ");
  At(upload, 1, Column::kMeasure) = Text("Autre intitulé");
  At(upload, 2, Column::kPriority) = Text("P1");
  At(upload, 2, Column::kRevision) = Number(0);
  const auto result = Reconcile(plan, upload, kKey);
  EXPECT_TRUE(result.ok());
  EXPECT_TRUE(result.items.empty());
  ASSERT_EQ(result.notices.size(), 2u);
  EXPECT_EQ(result.notices[0].column, "D");
  EXPECT_EQ(result.notices[1].column, "G");

  // A caller that does not fill why/how/domain in `current` gets no notice for them.
  auto bare = plan;
  for (auto& row : bare) row.why = row.how = row.domain_title = "";
  EXPECT_EQ(Reconcile(bare, upload, kKey).notices.size(), 2u);
}

TEST(Reconcile, StaleFileIsFlaggedAndDoneForcesFullProgress) {
  const auto plan = testing::SamplePlanRows(2);
  auto upload = UploadOf(plan);
  At(upload, 0, Column::kStatus) = Text("fait");
  At(upload, 0, Column::kProgress) = Number(20);
  At(upload, 0, Column::kRevision) = Number(0);
  At(upload, 1, Column::kStatus) = Text("a faire");
  At(upload, 1, Column::kAbandonReason) = Text("plus d'actualité");  // cleared: not abandoned
  const auto result = Reconcile(plan, upload, kKey);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.items.size(), 2u);
  EXPECT_TRUE(result.items[0].changed_since_export);
  EXPECT_EQ(result.items[0].follow_up.progress, 100);
  EXPECT_EQ(result.items[1].follow_up.abandon_reason, "");
  EXPECT_FALSE(result.items[1].changed_since_export);
}

TEST(Reconcile, ReaderErrorsAndWrongKeyComeAlone) {
  const auto plan = testing::SamplePlanRows(2);
  TrackerUpload broken;
  broken.errors.push_back({"", 0, "", "", "Ce fichier n'est pas un classeur Excel (.xlsx)."});
  EXPECT_EQ(Reconcile(plan, broken, kKey).errors.size(), 1u);
  auto upload = UploadOf(plan);
  At(upload, 0, Column::kStatus) = Text("n'importe quoi");
  const auto result = Reconcile(plan, upload, "plan-autre");
  EXPECT_TRUE(result.wrong_plan);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].row, 0);
  EXPECT_TRUE(result.rejected_rows.empty());
}

}  // namespace
}  // namespace vigie::tracker
