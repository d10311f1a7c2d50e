// The quarterly report's reads, on both engines: which campaigns a period holds,
// distinct people (also after the retention purge) and repeat clickers.
#include "storage/campaign_report_repository.hpp"

#include "storage/campaign_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;
using storage::TenantFilter;

// Period under test: [kFrom, kTo).
constexpr long long kFrom = 1000;
constexpr long long kTo = 2000;

class CampaignReportRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      InsertTestTenant(s);  // r1 holding s1
      InsertTestStructure(s, "s2", "r1", "210005678");
      storage::InsertRegion(s, {"r2", "ara", "ARA", "Centre ARA", 1});
      InsertTestStructure(s, "s3", "r2", "630001234");
      for (const char* structure : {"s1", "s2", "s3"}) AddProfile(s, structure);
    });
  }

  static void AddProfile(Session& s, const std::string& structure_id) {
    storage::SendingProfileRecord p;
    p.id = "prof-" + structure_id;
    p.structure_id = structure_id;
    p.region_id = structure_id == "s3" ? "r2" : "r1";
    p.name = "Relais";
    p.host = "127.0.0.1";
    p.security = "none";
    p.envelope_from = "retours@relais.example";
    p.days = "1,2,3,4,5";
    ASSERT_TRUE(storage::InsertSendingProfile(s, p));
  }

  // A campaign of `structure_id` started at `started_at` (0: never started), targeting
  // `people` (recipient ids; person i on site "A" when i is even, else "B"), all sent
  // unless `sent` is false.
  static void AddCampaign(Session& s, const std::string& id, const std::string& structure_id,
                          long long started_at, const std::vector<std::string>& people,
                          const std::string& status = "completed", bool sent = true) {
    storage::CampaignRecord c;
    c.id = id;
    c.region_id = structure_id == "s3" ? "r2" : "r1";
    c.structure_id = structure_id;
    c.mode = "operated";
    c.name = "Campagne " + id;
    c.template_id = "colis-avis-de-passage";
    c.sending_profile_id = "prof-" + structure_id;
    c.group_ids = "g1";
    c.status = status;
    c.started_at = started_at;
    c.created_at = c.updated_at = 1;
    storage::InsertCampaign(s, c);
    std::vector<storage::NewTarget> targets;
    for (std::size_t i = 0; i < people.size(); ++i) {
      const std::string target = id + "-" + people[i];
      targets.push_back({target, people[i], "ps-" + people[i], "hash-" + target, "g1",
                         i % 2 == 0 ? "A" : "B", "Soins", "Soignant", started_at});
    }
    storage::InsertTargets(s, id, targets);
    if (!sent) return;
    s << "UPDATE awareness_targets SET send_state = 'sent', sent_at = 1 WHERE campaign_id = :c",
        soci::use(id);
  }

  static void Click(Session& s, const std::string& campaign_id, const std::string& person) {
    const std::string target = campaign_id + "-" + person;
    s << "UPDATE awareness_targets SET click_count = 1, clicked_first = 1, clicked_last = 1 WHERE "
         "id = :t",
        soci::use(target);
  }

  std::vector<std::string> CampaignIds(const TenantFilter& filter, long long from = kFrom,
                                       long long to = kTo) {
    std::vector<std::string> ids;
    db().Run([&](Session& s) {
      for (const auto& c : storage::ListReportedCampaigns(s, filter, from, to)) ids.push_back(c.id);
    });
    return ids;
  }

  std::vector<storage::PeopleCount> People(const TenantFilter& filter, const std::string& segment,
                                           bool per_structure = false) {
    std::vector<storage::PeopleCount> out;
    db().Run([&](Session& s) {
      out = storage::CountPeopleReached(s, filter, kFrom, kTo, segment, per_structure);
    });
    return out;
  }
};
VIGIE_STORAGE_SUITE(CampaignReportRepositoryTest);

// Recipient ids "p<first>".."p<last>" (another structure's staff: another prefix).
std::vector<std::string> Persons(int first, int last, const std::string& prefix = "p") {
  std::vector<std::string> out;
  for (int i = first; i <= last; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

TEST_P(CampaignReportRepositoryTest, APeriodHoldsTheCampaignsStartedInItThatSentSomething) {
  db().Transact([](Session& s) {
    AddCampaign(s, "before", "s1", kFrom - 1, Persons(0, 1));
    AddCampaign(s, "first", "s1", kFrom, Persons(0, 1));
    AddCampaign(s, "running", "s1", 1500, Persons(0, 1), "sending", false);
    AddCampaign(s, "cancelled-sent", "s1", 1200, Persons(0, 1), "cancelled");
    AddCampaign(s, "cancelled-unsent", "s1", 1300, Persons(0, 1), "cancelled", false);
    AddCampaign(s, "draft", "s1", 0, Persons(0, 1), "draft", false);
    AddCampaign(s, "end", "s1", kTo, Persons(0, 1));
    AddCampaign(s, "sister", "s2", 1100, Persons(0, 1));
    AddCampaign(s, "elsewhere", "s3", 1100, Persons(0, 1));
  });
  EXPECT_EQ(CampaignIds({"", "s1"}),
            (std::vector<std::string>{"first", "cancelled-sent", "running"}))
      << "in start order; [from, to); a cancelled campaign only if it sent; a started one even "
         "before its first "
         "message";
  EXPECT_EQ(CampaignIds({"r1", ""}),
            (std::vector<std::string>{"first", "sister", "cancelled-sent", "running"}));
  EXPECT_EQ(CampaignIds({"r2", ""}), (std::vector<std::string>{"elsewhere"}));
  EXPECT_EQ(CampaignIds({"", "s1"}, 0, kFrom), (std::vector<std::string>{"before"}))
      << "never the draft";
}

TEST_P(CampaignReportRepositoryTest, PeopleAreCountedOnceAcrossTheCampaignsOfAPeriod) {
  db().Transact([](Session& s) {
    AddCampaign(s, "c1", "s1", 1100, Persons(0, 5));       // p0..p5: A = p0 p2 p4, B = p1 p3 p5
    AddCampaign(s, "c2", "s1", 1200, Persons(4, 7));       // p4 p6 on A, p5 p7 on B
    AddCampaign(s, "c3", "s2", 1300, Persons(0, 2, "q"));  // another structure's own staff
    AddCampaign(s, "c4", "s1", 1400, Persons(0, 9), "cancelled", false);  // never sent: not counted
  });
  const auto total = People({"", "s1"}, "");
  ASSERT_EQ(total.size(), 1u);
  EXPECT_EQ(total[0].people, 8) << "p0..p7, p4 and p5 once although in two campaigns";
  const auto sites = People({"", "s1"}, "site");
  ASSERT_EQ(sites.size(), 2u);
  EXPECT_EQ(sites[0].key, "A");
  EXPECT_EQ(sites[0].people, 4);
  EXPECT_EQ(sites[1].key, "B");
  EXPECT_EQ(sites[1].people, 4);
  const auto structures = People({"r1", ""}, "structure");
  ASSERT_EQ(structures.size(), 2u);
  EXPECT_EQ(structures[0].key, "s1");
  EXPECT_EQ(structures[0].people, 8);
  EXPECT_EQ(structures[1].key, "s2");
  EXPECT_EQ(structures[1].people, 3);
  const auto sites_per_structure = People({"r1", ""}, "site", true);
  ASSERT_EQ(sites_per_structure.size(), 4u);
  EXPECT_EQ(sites_per_structure[2].structure_id, "s2");
  EXPECT_EQ(sites_per_structure[2].key, "A");
  EXPECT_EQ(sites_per_structure[2].people, 2);
  const auto departments = People({"r1", ""}, "department");
  ASSERT_EQ(departments.size(), 1u);
  EXPECT_EQ(departments[0].people, 11) << "the same department name across structures is one row";
  EXPECT_EQ(People({"r2", ""}, "")[0].people, 0);
}

TEST_P(CampaignReportRepositoryTest, AfterThePurgeEachCampaignCountsForItsOwnTargetsAtLeast) {
  db().Transact([](Session& s) {
    AddCampaign(s, "old", "s1", 1100, Persons(0, 5));
    AddCampaign(s, "new", "s1", 1200, Persons(0, 2));
    s << "UPDATE awareness_targets SET recipient_id = NULL, pseudonym = '', token_hash = NULL, "
         "purged_at = 5 "
         "WHERE campaign_id = 'old'";
  });
  const auto total = People({"", "s1"}, "");
  ASSERT_EQ(total.size(), 1u);
  EXPECT_EQ(total[0].people, 6)
      << "the purged campaign's 6 targets, more than the 3 people still linked";
  const auto sites = People({"", "s1"}, "site");
  ASSERT_EQ(sites.size(), 2u);
  EXPECT_EQ(sites[0].people, 3);
  EXPECT_EQ(sites[1].people, 3);
}

TEST_P(CampaignReportRepositoryTest, RepeatClickersClickedInTwoCampaignsOfThePeriod) {
  db().Transact([](Session& s) {
    AddCampaign(s, "c1", "s1", 1100, Persons(0, 5));
    AddCampaign(s, "c2", "s1", 1200, Persons(0, 5));
    AddCampaign(s, "later", "s1", kTo + 10, Persons(0, 5));
    AddCampaign(s, "s2c", "s2", 1300, Persons(0, 5, "q"));
    Click(s, "c1", "p0");
    Click(s, "c2", "p0");  // p0: twice in the period
    Click(s, "c1", "p1");
    Click(s, "later", "p1");  // p1: the second click comes after the period
    Click(s, "c2", "p2");
    s << "UPDATE awareness_targets SET submit_count = 1 WHERE id = 'c1-p2'";  // typed in the fake
                                                                              // page: a click too
    Click(s, "s2c", "q3");
  });
  db().Run([](Session& s) {
    EXPECT_EQ(storage::CountRepeatClickers(s, {"", "s1"}, kFrom, kTo), 2) << "p0 and p2";
    EXPECT_EQ(storage::CountRepeatClickers(s, {"", "s1"}, kFrom, kTo + 100), 3) << "p1 too";
    EXPECT_EQ(storage::CountRepeatClickers(s, {"r1", ""}, kFrom, kTo), 2);
    EXPECT_EQ(storage::CountRepeatClickers(s, {"r2", ""}, kFrom, kTo), 0);
  });
}

}  // namespace
}  // namespace vigie::testing
