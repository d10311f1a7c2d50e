// The campaign send queue, tracking and retention purge, on both engines.
#include "storage/awareness_repository.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

class CampaignRepositoryTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    db().Transact([](Session& s) {
      InsertTestTenant(s);
      ASSERT_TRUE(storage::InsertGroup(s, {"g1", "s1", "r1", "Soignants", 0, 10, 10, 0}));
      for (int i = 0; i < 6; ++i) {
        const std::string id = "p" + std::to_string(i);
        storage::UpsertRecipient(s, {id, "g1", "s1", id + "@ehpad.example", "Prénom", "Nom" + id,
                                     i < 4 ? "Site A" : "Site B", "Soins", "Soignant", "ps-" + id, 0, 1, 1});
      }
      storage::SendingProfileRecord p;
      p.id = "prof";
      p.structure_id = "s1";
      p.region_id = "r1";
      p.name = "Relais";
      p.host = "127.0.0.1";
      p.security = "none";
      p.envelope_from = "retours@relais.example";
      p.days = "1,2,3,4,5";
      ASSERT_TRUE(storage::InsertSendingProfile(s, p));
      storage::CampaignRecord c;
      c.id = "c1";
      c.region_id = "r1";
      c.structure_id = "s1";
      c.mode = "operated";
      c.name = "T4";
      c.template_id = "colis";
      c.sending_profile_id = "prof";
      c.group_ids = "g1";
      c.status = "sending";
      c.created_at = c.updated_at = 1;
      storage::InsertCampaign(s, c);
      std::vector<storage::NewTarget> targets;
      for (int i = 0; i < 6; ++i) {
        const std::string id = std::to_string(i);
        targets.push_back({"t" + id, "p" + id, "ps-p" + id, "hash" + id, "g1", i < 4 ? "Site A" : "Site B", "Soins",
                           "Soignant", 100 + i});
      }
      storage::InsertTargets(s, "c1", targets);
    });
  }

  std::optional<storage::ClaimedTarget> Claim(long long now, const std::string& owner) {
    std::optional<storage::ClaimedTarget> t;
    db().Transact([&](Session& s) { t = storage::ClaimNextDueTarget(s, "c1", now, owner); });
    return t;
  }
};
VIGIE_STORAGE_SUITE(CampaignRepositoryTest);

TEST_P(CampaignRepositoryTest, ClaimsInPlannedOrderOnlyWhenDueAndNeverTwice) {
  EXPECT_FALSE(Claim(99, "w1")) << "nothing is due before its planned time";
  const auto first = Claim(101, "w1");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->id, "t0");
  EXPECT_EQ(first->email, "p0@ehpad.example");
  const auto second = Claim(101, "w2");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->id, "t1") << "a claimed target is not claimed again";
  EXPECT_FALSE(Claim(101, "w3"));
  db().Transact([&](Session& s) {
    EXPECT_TRUE(storage::MarkTargetSent(s, "t0", "w1", 102));
    EXPECT_FALSE(storage::MarkTargetSent(s, "t1", "w1", 102)) << "another owner's claim";
  });
  const auto progress = [&] {
    storage::SendProgress p;
    db().Run([&](Session& s) { p = storage::CountSendStates(s, "c1"); });
    return p;
  }();
  EXPECT_EQ(progress.total, 6);
  EXPECT_EQ(progress.sent, 1);
  EXPECT_EQ(progress.sending, 1);
  EXPECT_EQ(progress.pending, 4);
  EXPECT_EQ(progress.next_planned_at, 102);
}

TEST_P(CampaignRepositoryTest, ExpiredClaimsBecomeUncertainAndWaitForADecision) {
  ASSERT_TRUE(Claim(200, "dead"));
  ASSERT_TRUE(Claim(200, "dead"));
  db().Transact([](Session& s) {
    EXPECT_EQ(storage::MarkExpiredClaimsUncertain(s, 250, 120), 0) << "the lease still runs";
    EXPECT_EQ(storage::MarkExpiredClaimsUncertain(s, 400, 120), 2);
  });
  db().Run([](Session& s) {
    const auto uncertain = storage::ListUncertainTargets(s, "c1");
    ASSERT_EQ(uncertain.size(), 2u);
    EXPECT_EQ(uncertain[0].email, "p0@ehpad.example");
    EXPECT_FALSE(storage::CountSendStates(s, "c1").Finished());
  });
  EXPECT_NE(Claim(400, "w")->id, "t0") << "an uncertain target is never claimed by itself";
  db().Transact([](Session& s) {
    EXPECT_TRUE(storage::ResolveUncertainTarget(s, "c1", "t0", true, 500));
    EXPECT_TRUE(storage::ResolveUncertainTarget(s, "c1", "t1", false, 500));
    EXPECT_FALSE(storage::ResolveUncertainTarget(s, "c1", "t1", true, 500)) << "already resolved";
  });
  std::vector<std::string> claimed;
  while (auto t = Claim(500, "w")) claimed.push_back(t->id);
  EXPECT_EQ(claimed.size(), 4u) << "t2 was claimed above; t1 is settled as sent";
  EXPECT_EQ(claimed.back(), "t0") << "resent on decision, after those planned earlier";
  db().Run([](Session& s) { EXPECT_EQ(storage::CountSendStates(s, "c1").sent, 1); });
}

TEST_P(CampaignRepositoryTest, RetriesAndFailuresCountAttempts) {
  ASSERT_TRUE(Claim(200, "w"));
  db().Transact([](Session& s) { storage::ReleaseTarget(s, "t0", "w", false, 900, "451 try later"); });
  EXPECT_NE(Claim(200, "w")->id, "t0") << "retried only at its new time";
  db().Transact([](Session& s) {
    storage::ReleaseTarget(s, "t1", "w", true, 200, "550 unknown user");
    EXPECT_EQ(storage::CancelPendingTargets(s, "c1"), 5);
  });
  db().Run([](Session& s) {
    const auto failed = storage::ListFailedTargets(s, "c1", 10);
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].last_error, "550 unknown user");
    EXPECT_EQ(failed[0].attempts, 1);
    EXPECT_TRUE(storage::CountSendStates(s, "c1").Finished());
  });
}

TEST_P(CampaignRepositoryTest, HitsCountPeopleScannersApartAndThePurgeKeepsAggregates) {
  db().Transact([](Session& s) {
    for (int i = 0; i < 6; ++i) {
      const std::string id = std::to_string(i);
      ASSERT_TRUE(storage::ClaimNextDueTarget(s, "c1", 1000, "w"));
    }
    for (int i = 0; i < 6; ++i) storage::MarkTargetSent(s, "t" + std::to_string(i), "w", 1000);
    const auto t = storage::FindTargetByTokenHash(s, "hash2");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->id, "t2");
    EXPECT_EQ(t->send_state, "sent");
    EXPECT_FALSE(storage::FindTargetByTokenHash(s, "nope"));
    int n = 0;
    auto hit = [&](const std::string& target, const std::string& kind, const std::string& sign) {
      storage::RecordHit(s, {"e" + std::to_string(++n), target, "c1", kind, 1100 + n, sign});
    };
    hit("t0", "click", "too_soon");  // a scanner: kept, not counted
    hit("t1", "click", "none");
    hit("t1", "click", "none");
    hit("t1", "submit", "none");
    hit("t2", "open", "none");
    hit("t4", "click", "none");
    hit("t5", "report", "none");
  });
  db().Run([](Session& s) {
    const auto total = storage::CampaignFunnel(s, "c1", "");
    ASSERT_EQ(total.size(), 1u);
    EXPECT_EQ(total[0].targeted, 6);
    EXPECT_EQ(total[0].sent, 6);
    EXPECT_EQ(total[0].opened, 3) << "a click counts as an open";
    EXPECT_EQ(total[0].clicked, 2);
    EXPECT_EQ(total[0].submitted, 1);
    EXPECT_EQ(total[0].reported, 1);
    EXPECT_EQ(total[0].scanner_hits, 1);
    const auto sites = storage::CampaignFunnel(s, "c1", "site");
    ASSERT_EQ(sites.size(), 2u);
    EXPECT_EQ(sites[0].key, "Site A");
    EXPECT_EQ(sites[0].clicked, 1);
    EXPECT_EQ(sites[1].clicked, 1);
    const auto page = storage::ListTargetResults(s, "c1", true, {1, 2});
    EXPECT_EQ(page.total, 6);
    ASSERT_EQ(page.items.size(), 2u);
    EXPECT_EQ(page.items[0].email, "p0@ehpad.example");
    EXPECT_TRUE(storage::ListTargetResults(s, "c1", false, {1, 2}).items[0].email.empty());
    EXPECT_FALSE(storage::CampaignTimeline(s, "c1", 3600).empty());
  });
  db().Transact([](Session& s) {
    EXPECT_EQ(storage::PurgeIndividualResults(s, "s1", 5000, 6000), 0) << "the campaign is not finished";
    s << "UPDATE awareness_campaigns SET status = 'completed', completed_at = 2000";
    EXPECT_EQ(storage::PurgeIndividualResults(s, "s1", 1500, 6000), 0) << "finished after the limit";
    EXPECT_EQ(storage::PurgeIndividualResults(s, "s1", 5000, 6000), 6);
    EXPECT_EQ(storage::PurgeIndividualResults(s, "s1", 5000, 6000), 0) << "done once";
  });
  db().Run([](Session& s) {
    const auto total = storage::CampaignFunnel(s, "c1", "");
    EXPECT_EQ(total[0].clicked, 2) << "aggregates survive";
    EXPECT_TRUE(storage::CampaignTimeline(s, "c1", 3600).empty()) << "events are gone";
    EXPECT_FALSE(storage::FindTargetByTokenHash(s, "hash1")) << "links stop working";
    const auto page = storage::ListTargetResults(s, "c1", true, {1, 10});
    for (const auto& t : page.items) {
      EXPECT_TRUE(t.email.empty());
      EXPECT_TRUE(t.pseudonym.empty());
    }
  });
}

}  // namespace
}  // namespace vigie::testing
