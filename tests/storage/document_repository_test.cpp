#include "storage/document_repository.hpp"

#include "storage/diagnostic_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

class DocumentRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      InsertTestTenant(s);
      storage::InsertDiagnostic(s, {"d1", "s1", "r1", "vigie", "2026.1", "locked", "", "", 10, 10, 20, ""});
    });
  }
};
VIGIE_STORAGE_SUITE(DocumentRepositoryTest);

TEST_P(DocumentRepositoryTest, BinaryDocumentsRoundTripAndAreReplacedPerKind) {
  std::string bytes = "%PDF-1.5\n";
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));  // every byte value, NUL included
  db().Transact([&](Session& s) {
    storage::SaveDocument(s, {"d1", "full", "f1", "aa", bytes, 30});
    storage::SaveDocument(s, {"d1", "tracker", "f1", "bb", "PK\x03\x04", 30});
  });
  db().Run([&](Session& s) {
    const auto full = storage::FindDocument(s, "d1", "full");
    ASSERT_TRUE(full);
    EXPECT_EQ(full->bytes, bytes);
    EXPECT_EQ(full->fingerprint, "f1");
    EXPECT_FALSE(storage::FindDocument(s, "d1", "synthesis"));
  });
  db().Transact([&](Session& s) { storage::SaveDocument(s, {"d1", "full", "f2", "cc", "nouveau", 40}); });
  db().Run([&](Session& s) {
    const auto full = storage::FindDocument(s, "d1", "full");
    EXPECT_EQ(full->bytes, "nouveau");
    EXPECT_EQ(full->fingerprint, "f2");
    EXPECT_EQ(storage::FindDocument(s, "d1", "tracker")->bytes, std::string("PK\x03\x04"));
  });
}

}  // namespace
}  // namespace vigie::testing
