#include "storage/awareness_repository.hpp"

#include <algorithm>

#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::RecipientRecord;
using storage::Session;

class AwarenessRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      InsertTestTenant(s);
      InsertTestStructure(s, "s2", "r1", "210001242");
      EXPECT_TRUE(storage::InsertGroup(s, {"g1", "s1", "r1", "Soignants", 0, 10, 10, 0}));
    });
  }

  static RecipientRecord Person(const std::string& id, const std::string& email, const std::string& last) {
    return {id, "g1", "s1", email, "Prénom", last, "Site A", "Soins", "Soignant", "p-" + id, 0, 20, 20};
  }
};
VIGIE_STORAGE_SUITE(AwarenessRepositoryTest);

TEST_P(AwarenessRepositoryTest, GroupNamesAreUniquePerStructure) {
  db().Transact([](Session& s) {
    EXPECT_FALSE(storage::InsertGroup(s, {"g2", "s1", "r1", "Soignants", 0, 10, 10, 0}));
    EXPECT_TRUE(storage::InsertGroup(s, {"g3", "s2", "r1", "Soignants", 0, 10, 10, 0})) << "another structure";
    EXPECT_TRUE(storage::InsertGroup(s, {"g4", "s1", "r1", "Administration", 0, 10, 10, 0}));
    EXPECT_FALSE(storage::RenameGroup(s, "g4", "Soignants", 30));
    EXPECT_TRUE(storage::RenameGroup(s, "g4", "Accueil", 30));
  });
  db().Run([](Session& s) {
    const auto groups = storage::ListGroups(s, "s1", false);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].name, "Accueil");
  });
}

TEST_P(AwarenessRepositoryTest, ReimportUpdatesKeepsThePseudonymAndUnarchives) {
  db().Transact([](Session& s) {
    EXPECT_TRUE(storage::UpsertRecipient(s, Person("a", "anne@ehpad.example", "Martin")));
    EXPECT_TRUE(storage::UpsertRecipient(s, Person("b", "bruno@ehpad.example", "Durand")));
    storage::SetRecipientArchived(s, "a", true, 40);
  });
  db().Run([](Session& s) {
    EXPECT_EQ(storage::ListRecipients(s, "g1", false, {}).total, 1);
    EXPECT_EQ(storage::ListGroups(s, "s1", false)[0].member_count, 1);
  });
  db().Transact([](Session& s) {
    auto again = Person("new-id", "anne@ehpad.example", "Martin-Leroy");
    again.pseudonym = "other";
    EXPECT_FALSE(storage::UpsertRecipient(s, again));
  });
  db().Run([](Session& s) {
    const auto page = storage::ListRecipients(s, "g1", false, {1, 1});
    EXPECT_EQ(page.total, 2);
    ASSERT_EQ(page.items.size(), 1u);
    EXPECT_EQ(page.items[0].last_name, "Durand");
    const auto anne = storage::FindRecipient(s, "a");
    ASSERT_TRUE(anne);
    EXPECT_EQ(anne->last_name, "Martin-Leroy");
    EXPECT_EQ(anne->pseudonym, "p-a");
    EXPECT_EQ(anne->archived_at, 0);
    auto emails = storage::ListRecipientEmails(s, "g1");
    std::sort(emails.begin(), emails.end());
    EXPECT_EQ(emails, (std::vector<std::string>{"anne@ehpad.example", "bruno@ehpad.example"}));
  });
}

}  // namespace
}  // namespace vigie::testing
