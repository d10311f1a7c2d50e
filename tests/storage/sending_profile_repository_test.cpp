#include "storage/sending_profile_repository.hpp"

#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::SendingProfileRecord;
using storage::Session;

class SendingProfileRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      InsertTestTenant(s);
    });
  }

  static SendingProfileRecord Profile(const std::string& id, const std::string& name) {
    SendingProfileRecord p;
    p.id = id;
    p.structure_id = "s1";
    p.region_id = "r1";
    p.name = name;
    p.host = "smtp.relais.example";
    p.security = "starttls";
    p.password_sealed = "v1:scelle";
    p.envelope_from = "retours@relais.example";
    p.days = "1,2,3,4,5";
    p.created_at = p.updated_at = 10;
    return p;
  }
};
VIGIE_STORAGE_SUITE(SendingProfileRepositoryTest);

TEST_P(SendingProfileRepositoryTest, NamesAreUniquePerStructureAndFieldsRoundTrip) {
  db().Transact([](Session& s) {
    EXPECT_TRUE(storage::InsertSendingProfile(s, Profile("p1", "Relais")));
    EXPECT_FALSE(storage::InsertSendingProfile(s, Profile("p2", "Relais")));
    EXPECT_TRUE(storage::InsertSendingProfile(s, Profile("p3", "Secours")));
    auto p = Profile("p3", "Relais");
    EXPECT_FALSE(storage::UpdateSendingProfile(s, p)) << "the name is taken by p1";
    p.name = "Secours bis";
    p.rate_per_minute = 12;
    p.window_start = 510;
    EXPECT_TRUE(storage::UpdateSendingProfile(s, p));
  });
  db().Run([](Session& s) {
    const auto list = storage::ListSendingProfiles(s, "s1");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1].name, "Secours bis");
    const auto p = storage::FindSendingProfile(s, "p3");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->rate_per_minute, 12);
    EXPECT_EQ(p->window_start, 510);
    EXPECT_EQ(p->password_sealed, "v1:scelle");
  });
}

}  // namespace
}  // namespace vigie::testing
