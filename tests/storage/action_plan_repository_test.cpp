#include "storage/action_plan_repository.hpp"

#include "storage/tenancy_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::ActionItemRecord;
using storage::Session;
using storage::UpdateOutcome;

class ActionPlanRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      InsertTestTenant(s);
    });
  }

  static ActionItemRecord Item(const std::string& id, const std::string& measure, long long priority, long long rank) {
    ActionItemRecord a;
    a.id = id;
    a.structure_id = "s1";
    a.region_id = "r1";
    a.source = "diagnostic";
    a.source_id = "d1";
    a.measure_id = measure;
    a.priority = priority;
    a.rank = rank;
    a.horizon = "3 mois";
    a.status = "todo";
    a.created_at = a.updated_at = 10;
    return a;
  }
};
VIGIE_STORAGE_SUITE(ActionPlanRepositoryTest);

TEST_P(ActionPlanRepositoryTest, CreationIsIdempotentAndListedByPriority) {
  db().Transact([](Session& s) {
    EXPECT_TRUE(storage::InsertActionItem(s, Item("a2", "M-GOV-01", 3, 9)));
    EXPECT_TRUE(storage::InsertActionItem(s, Item("a1", "M-BAK-01", 1, 1)));
    EXPECT_FALSE(storage::InsertActionItem(s, Item("a3", "M-BAK-01", 1, 1))) << "same measure, same source";
  });
  db().Run([](Session& s) {
    auto items = storage::ListActionItems(s, "s1");
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].measure_id, "M-BAK-01");
    EXPECT_EQ(items[1].priority, 3);
  });
}

TEST_P(ActionPlanRepositoryTest, UpdatesKeepAHistoryAndRefuseStaleRevisions) {
  db().Transact([](Session& s) { storage::InsertActionItem(s, Item("a1", "M-BAK-01", 1, 1)); });
  db().Transact([](Session& s) {
    auto item = *storage::FindActionItem(s, "a1");
    item.owner = "Prestataire informatique";
    item.status = "doing";
    item.progress = 40;
    item.due_date = "2027-03-31";
    EXPECT_EQ(storage::UpdateActionItem(s, item, 1, 50, "direction", "h1"), UpdateOutcome::kUpdated);
  });
  db().Transact([](Session& s) {
    auto item = *storage::FindActionItem(s, "a1");
    EXPECT_EQ(item.revision, 2);
    EXPECT_EQ(item.status, "doing");
    item.status = "done";
    EXPECT_EQ(storage::UpdateActionItem(s, item, 1, 60, "referent", "h2"), UpdateOutcome::kConflict);
    EXPECT_EQ(storage::UpdateActionItem(s, item, 2, 60, "referent", "h3"), UpdateOutcome::kUpdated);
    item.id = "absent";
    EXPECT_EQ(storage::UpdateActionItem(s, item, 1, 60, "referent", "h4"), UpdateOutcome::kNotFound);
  });
  db().Run([](Session& s) {
    const auto history = storage::ListActionItemHistory(s, "a1");
    ASSERT_EQ(history.size(), 5u);  // owner, due date, status, progress; then status
    EXPECT_EQ(history[0].field, "owner");
    EXPECT_EQ(history[0].new_value, "Prestataire informatique");
    EXPECT_EQ(history.back().field, "status");
    EXPECT_EQ(history.back().old_value, "doing");
    EXPECT_EQ(history.back().new_value, "done");
    EXPECT_EQ(history.back().changed_by, "referent");
  });
}

TEST_P(ActionPlanRepositoryTest, ReplanningWritesPriorityWithHistoryAndKeepsTheFollowUp) {
  db().Transact([](Session& s) { storage::InsertActionItem(s, Item("a1", "M-BAK-01", 2, 4)); });
  db().Transact([](Session& s) {
    auto item = *storage::FindActionItem(s, "a1");
    item.status = "doing";
    item.progress = 30;
    EXPECT_EQ(storage::UpdateActionItem(s, item, 1, 20, "direction", "h1"), UpdateOutcome::kUpdated);
    storage::ReplanActionItem(s, "a1", 1, 1, "3 mois", 30, "Diagnostic du 29/11/2026", "h2");
    storage::ReplanActionItem(s, "a1", 1, 1, "3 mois", 40, "Diagnostic du 29/11/2026", "h3");  // nothing moves
  });
  db().Run([](Session& s) {
    const auto item = *storage::FindActionItem(s, "a1");
    EXPECT_EQ(item.priority, 1);
    EXPECT_EQ(item.rank, 1);
    EXPECT_EQ(item.status, "doing");
    EXPECT_EQ(item.progress, 30);
    EXPECT_EQ(item.revision, 3);
    const auto history = storage::ListActionItemHistory(s, "a1");
    ASSERT_EQ(history.size(), 4u);  // status, progress; then priority and rank (the horizon did not move)
    EXPECT_EQ(history[2].field, "priority");
    EXPECT_EQ(history[2].old_value, "2");
    EXPECT_EQ(history[3].field, "rank");
  });
}

}  // namespace
}  // namespace vigie::testing
