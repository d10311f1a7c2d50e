// Follow-up validation, plan building from a diagnostic's priorities, and summaries.

#include <gtest/gtest.h>

#include "actionplan/follow_up.hpp"
#include "actionplan/plan_builder.hpp"
#include "actionplan/plan_summary.hpp"

namespace vigie::actionplan {
namespace {

bool HasError(const std::vector<core::FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(FollowUp, DoneMeansFullProgressAndNoReason) {
  FollowUp f{"  Direction ", "2027-02-28", "done", "oublié", 40, " fait en réunion "};
  EXPECT_TRUE(ValidateFollowUp(f).empty());
  EXPECT_EQ(f.progress, 100);
  EXPECT_EQ(f.owner, "Direction");
  EXPECT_EQ(f.comment, "fait en réunion");
  EXPECT_EQ(f.abandon_reason, "");
}

TEST(FollowUp, AbandonNeedsAReason) {
  FollowUp f{"", "", "abandoned", "  ", 0, ""};
  EXPECT_TRUE(HasError(ValidateFollowUp(f), "abandon_reason"));
  f.abandon_reason = "Le logiciel sera remplacé en 2027.";
  EXPECT_TRUE(ValidateFollowUp(f).empty());
}

TEST(FollowUp, RefusesWrongValuesFieldByField) {
  FollowUp f{std::string(201, 'a'), "2027-02-30", "finished", "", 101, ""};
  const auto errors = ValidateFollowUp(f);
  EXPECT_TRUE(HasError(errors, "owner"));
  EXPECT_TRUE(HasError(errors, "due_date"));
  EXPECT_TRUE(HasError(errors, "status"));
  EXPECT_TRUE(HasError(errors, "progress"));
  EXPECT_EQ(errors.size(), 4u);
}

TEST(Dates, CalendarRulesAndMonthArithmetic) {
  EXPECT_TRUE(IsIsoDate("2028-02-29"));
  EXPECT_FALSE(IsIsoDate("2027-02-29"));
  EXPECT_FALSE(IsIsoDate("2027-2-01"));
  EXPECT_FALSE(IsIsoDate("1999-12-31"));
  EXPECT_EQ(AddMonths("2026-11-30", 3), "2027-02-28");
  EXPECT_EQ(AddMonths("2026-11-29", 24), "2028-11-29");
  EXPECT_EQ(AddMonths("2026-01-31", 1), "2026-02-28");
  EXPECT_EQ(AddMonths("bad", 1), "");
}

referential::Referential TwoMeasures() {
  referential::Referential r;
  referential::Measure backup;
  backup.id = "m.backup";
  backup.who = {"prestataire", "direction"};
  referential::Measure charter;
  charter.id = "m.charter";
  charter.who = {"direction"};
  r.measures = {backup, charter};
  return r;
}

diagnostic::PrioritizedMeasure Priority(std::string id, int priority, int rank, std::string horizon) {
  diagnostic::PrioritizedMeasure p;
  p.measure_id = std::move(id);
  p.priority = priority;
  p.rank = rank;
  p.horizon = std::move(horizon);
  return p;
}

TEST(PlanBuilder, NewMeasuresGetAnOwnerAndADueDateFromTheirPriority) {
  const auto changes = PlanFromDiagnostic(
      TwoMeasures(), {Priority("m.backup", 1, 1, "3 mois"), Priority("m.charter", 4, 2, "Plus tard")}, {}, "2026-11-29");
  ASSERT_EQ(changes.added.size(), 2u);
  EXPECT_EQ(changes.added[0].owner, "Prestataire informatique");
  EXPECT_EQ(changes.added[0].due_date, "2027-02-28");
  EXPECT_EQ(changes.added[1].owner, "Direction");
  EXPECT_EQ(changes.added[1].due_date, "2028-11-29");
  EXPECT_TRUE(changes.replanned.empty());
}

TEST(PlanBuilder, AnOpenItemIsKeptAndOnlyReplannedWhenItsPriorityMoved) {
  const std::vector<OpenItem> open = {{"item-1", "m.backup", 2, 3, "6 mois"}, {"item-2", "m.charter", 4, 2, "Plus tard"}};
  const auto changes = PlanFromDiagnostic(
      TwoMeasures(), {Priority("m.backup", 1, 1, "3 mois"), Priority("m.charter", 4, 2, "Plus tard")}, open, "2026-11-29");
  EXPECT_TRUE(changes.added.empty());
  ASSERT_EQ(changes.replanned.size(), 1u);
  EXPECT_EQ(changes.replanned[0].item_id, "item-1");
  EXPECT_EQ(changes.replanned[0].priority, 1);
}

TEST(PlanSummary, CountsOverdueAndShareDone) {
  const std::vector<ItemState> items = {{1, "todo", "2026-11-01", 0},
                                        {1, "doing", "2027-01-01", 50},
                                        {2, "done", "2026-10-01", 100},
                                        {3, "abandoned", "2026-01-01", 0},
                                        {4, "todo", "", 0}};
  const auto s = Summarize(items, "2026-11-29");
  EXPECT_EQ(s.total, 5);
  EXPECT_EQ(s.overdue, 1);  // done and abandoned items are never late
  EXPECT_EQ(s.by_status[0], 2);
  EXPECT_EQ(s.open_by_priority[0], 2);
  EXPECT_EQ(s.open_by_priority[1], 0);
  EXPECT_DOUBLE_EQ(s.done_ratio, 0.25);
  EXPECT_DOUBLE_EQ(s.mean_progress, 37.5);
}

}  // namespace
}  // namespace vigie::actionplan
