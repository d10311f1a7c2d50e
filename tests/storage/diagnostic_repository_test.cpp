#include "storage/diagnostic_repository.hpp"

#include "storage/tenancy_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::AnswerRecord;
using storage::Session;
using Kind = storage::SaveAnswerOutcome::Kind;

class DiagnosticRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      storage::InsertRegion(s, {"r1", "bfc", "BFC", "Centre", 1});
      storage::InsertRegion(s, {"r2", "ara", "ARA", "Centre", 1});
      InsertTestStructure(s, "s1", "r1", "210001234");
      InsertTestStructure(s, "s2", "r2", "690001111");
      storage::InsertDiagnostic(s, {"d1", "s1", "r1", "vigie", "2026.1", "interview", "", "", 10, 10, 0, ""});
      storage::InsertDiagnostic(s, {"d2", "s2", "r2", "vigie", "2026.1", "interview", "", "", 20, 20, 0, ""});
    });
  }

  storage::SaveAnswerOutcome Save(const std::string& diagnostic, const std::string& question, const std::string& answer,
                                  long long expected, const std::string& by = "alice") {
    storage::SaveAnswerOutcome outcome;
    db().Transact([&](Session& s) {
      outcome = storage::SaveAnswer(s, db().backend(), diagnostic, {question, answer, "commentaire", "preuve", 0, 0, ""},
                                    expected, 100, by);
    });
    return outcome;
  }
};
VIGIE_STORAGE_SUITE(DiagnosticRepositoryTest);

TEST_P(DiagnosticRepositoryTest, AnswersAreSavedWithRevisions) {
  auto first = Save("d1", "bak.offline", "0", 0);
  EXPECT_EQ(first.kind, Kind::kSaved);
  EXPECT_EQ(first.current.revision, 1);
  auto second = Save("d1", "bak.offline", "2", 1);
  EXPECT_EQ(second.kind, Kind::kSaved);
  EXPECT_EQ(second.current.revision, 2);
  db().Run([](Session& s) {
    auto answers = storage::LoadAnswers(s, "d1");
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers.at("bak.offline").answer, "2");
    EXPECT_EQ(answers.at("bak.offline").evidence, "preuve");
  });
}

TEST_P(DiagnosticRepositoryTest, ConcurrentEditorsNeverOverwriteEachOther) {
  ASSERT_EQ(Save("d1", "acc.mfa_mail", "1", 0, "alice").kind, Kind::kSaved);
  // Bob loaded the page before Alice's save: he still thinks the revision is 0.
  auto bob = Save("d1", "acc.mfa_mail", "3", 0, "bob");
  EXPECT_EQ(bob.kind, Kind::kConflict);
  EXPECT_EQ(bob.current.answer, "1");
  EXPECT_EQ(bob.current.updated_by, "alice");
  EXPECT_EQ(Save("d1", "acc.new", "2", 5).kind, Kind::kConflict) << "a revision for an unsaved answer";
  db().Run([](Session& s) { EXPECT_EQ(storage::LoadAnswers(s, "d1").at("acc.mfa_mail").answer, "1"); });
}

TEST_P(DiagnosticRepositoryTest, LockedDiagnosticIsImmutable) {
  Save("d1", "gov.direction", "2", 0);
  db().Transact([](Session& s) {
    EXPECT_TRUE(storage::SetDiagnosticStatus(s, "d1", "locked", 200, "u1"));
  });
  EXPECT_EQ(Save("d1", "gov.direction", "3", 1).kind, Kind::kLocked);
  db().Transact([](Session& s) {
    EXPECT_FALSE(storage::SetDiagnosticStatus(s, "d1", "interview", 201, "u1"));
    EXPECT_FALSE(storage::SaveContextValue(s, "d1", "care", "medical", 202, "u1"));
    auto d = *storage::FindDiagnostic(s, "d1");
    EXPECT_EQ(d.status, "locked");
    EXPECT_EQ(d.locked_at, 200);
    EXPECT_EQ(d.locked_by, "u1");
    EXPECT_EQ(storage::LoadAnswers(s, "d1").at("gov.direction").answer, "2");
  });
  EXPECT_EQ(Save("nope", "gov.direction", "3", 0).kind, Kind::kNotFound);
}

TEST_P(DiagnosticRepositoryTest, ContextAndReassessmentCopy) {
  db().Transact([](Session& s) {
    EXPECT_TRUE(storage::SaveContextValue(s, "d1", "care", "nursing", 30, "u1"));
    EXPECT_TRUE(storage::SaveContextValue(s, "d1", "care", "medical", 31, "u1"));
  });
  Save("d1", "bak.offline", "1", 0);
  db().Transact([](Session& s) {
    storage::InsertDiagnostic(s, {"d3", "s1", "r1", "vigie", "2026.1", "context", "", "d1", 40, 40, 0, ""});
    storage::CopyDiagnosticContent(s, "d1", "d3", 40, "u1");
  });
  db().Run([](Session& s) {
    EXPECT_EQ(storage::LoadContext(s, "d3").at("care"), "medical");
    EXPECT_EQ(storage::LoadAnswers(s, "d3").at("bak.offline").answer, "1");
    EXPECT_EQ(storage::FindDiagnostic(s, "d3")->previous_diagnostic_id, "d1");
  });
}

TEST_P(DiagnosticRepositoryTest, ListsAreScopedToTheTenant) {
  db().Run([](Session& s) {
    EXPECT_EQ(storage::ListDiagnostics(s, {}).size(), 2u);
    auto region = storage::ListDiagnostics(s, {"r1", ""});
    ASSERT_EQ(region.size(), 1u);
    EXPECT_EQ(region[0].id, "d1");
    EXPECT_TRUE(storage::ListDiagnostics(s, {"r1", "s2"}).empty());
    EXPECT_EQ(storage::ListDiagnostics(s, {}, "s2").at(0).id, "d2");
  });
}

}  // namespace
}  // namespace vigie::testing
