// The campaign sender on both engines, with a scripted mailer and a fake clock: one
// message per person, retries with backoff, permanent refusals, a message that may have
// been delivered set aside as uncertain, the sending window, pause and resume, and the
// tokens in the links.
#include <deque>
#include <regex>
#include <thread>

#include "campaigns/campaign_dispatcher.hpp"
#include "campaigns/campaign_drafts.hpp"
#include "campaigns/campaign_lifecycle.hpp"
#include "campaigns/campaign_tokens.hpp"
#include "campaigns/campaign_tracking.hpp"
#include "campaigns/forwarded_report.hpp"
#include "campaigns/hit_recorder.hpp"
#include "core/clock.hpp"
#include "core/french_format.hpp"
#include "crypto/secret_box.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage_fixture.hpp"

namespace vigie::testing {
namespace {

using storage::Session;

enum class Outcome { kAccept, kRetry, kRefuse, kLost };

// Answers each send with the next scripted outcome (accept once the script is empty).
class ScriptedMailer final : public mail::Mailer {
 public:
  ScriptedMailer(std::deque<Outcome>& script, std::vector<mail::MailMessage>& sent) : script_(script), sent_(sent) {}
  void Send(const mail::MailMessage& m) override {
    const Outcome o = script_.empty() ? Outcome::kAccept : script_.front();
    if (!script_.empty()) script_.pop_front();
    if (o == Outcome::kRetry) throw mail::MailError("451 try later", true);
    if (o == Outcome::kRefuse) throw mail::MailError("550 unknown user", false);
    if (o == Outcome::kLost) throw mail::MailError("timeout after data", true, true);
    sent_.push_back(m);
  }

 private:
  std::deque<Outcome>& script_;
  std::vector<mail::MailMessage>& sent_;
};

// Monday 2026-11-30 10:00 Paris.
constexpr long long kMonday10 = 1796029200;

class CampaignDispatcherTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped()) return;
    env_.base_url = "https://vigie.example";
    env_.secret_key = crypto::SecretBox::NewKey();
    db().Transact([](Session& s) {
      InsertTestTenant(s);
      ASSERT_TRUE(storage::InsertGroup(s, {"g1", "s1", "r1", "Soignants", 0, 10, 10, 0}));
      for (int i = 0; i < 5; ++i) {
        const std::string id = "p" + std::to_string(i);
        storage::UpsertRecipient(s, {id, "g1", "s1", id + "@ehpad.example", "Prénom" + id, "Nom", "Site A", "Soins",
                                     "Soignant", "ps-" + id, 0, 1, 1});
      }
      storage::SendingProfileRecord p;
      p.id = "prof";
      p.structure_id = "s1";
      p.region_id = "r1";
      p.name = "Relais";
      p.host = "relais.example";
      p.port = 587;
      p.security = "starttls";
      p.envelope_from = "retours@relais.example";
      p.header_name = "X-Simulation";
      p.header_value = "oui";
      p.rate_per_minute = 600;
      p.window_start = 8 * 60;
      p.window_end = 18 * 60;
      p.days = "1,2,3,4,5";
      p.spread_days = 1;
      ASSERT_TRUE(storage::InsertSendingProfile(s, p));
      storage::AwarenessSettingsRecord a;
      a.structure_id = "s1";
      a.info_published_at = 1;
      storage::SaveAwarenessSettings(s, a);
    });
  }

  storage::CampaignRecord Launch() {
    campaigns::DraftInput in{"T4", "colis-avis-de-passage", "prof", {"g1"}, ""};
    auto c = campaigns::CreateDraft(db(), clock_, "s1", awareness::CampaignMode::kOperated, in, "u1");
    return campaigns::ApplyCampaignAction(db(), clock_, env_, c.id, awareness::CampaignAction::kLaunch, c.revision,
                                          "u1");
  }

  campaigns::CampaignDispatcher Dispatcher() {
    return campaigns::CampaignDispatcher(
        db(), clock_, env_,
        [this](const mail::SmtpSettings&) { return std::make_unique<ScriptedMailer>(script_, sent_); },
        campaigns::DispatcherSettings{});
  }

  storage::SendProgress Progress(const std::string& id) {
    storage::SendProgress p;
    db().Run([&](Session& s) { p = storage::CountSendStates(s, id); });
    return p;
  }

  core::FakeClock clock_{kMonday10};
  campaigns::CampaignEnvironment env_;
  std::deque<Outcome> script_;
  std::vector<mail::MailMessage> sent_;
};
VIGIE_STORAGE_SUITE(CampaignDispatcherTest);

TEST_P(CampaignDispatcherTest, SendsEachPersonOnceWithTheirOwnTokenAndCompletes) {
  const auto c = Launch();
  EXPECT_EQ(c.target_count, 5);
  auto dispatcher = Dispatcher();
  EXPECT_EQ(dispatcher.RunOnce(100), 5);
  ASSERT_EQ(sent_.size(), 5u);
  std::set<std::string> to, tokens;
  const std::regex link("https://vigie\\.example/p/([A-Za-z0-9_-]{24})");
  for (const auto& m : sent_) {
    to.insert(m.to_address);
    EXPECT_EQ(m.envelope_from, "retours@relais.example");
    ASSERT_FALSE(m.extra_headers.empty());
    EXPECT_EQ(m.extra_headers[0].first, "X-Simulation");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(m.text_body, match, link));
    tokens.insert(match[1]);
    EXPECT_NE(m.html_body.find(match[1].str() + "/i.gif"), std::string::npos) << "the open image carries it";
  }
  EXPECT_EQ(to.size(), 5u);
  EXPECT_EQ(tokens.size(), 5u);
  EXPECT_EQ(dispatcher.RunOnce(100), 0) << "nothing is sent twice";
  db().Run([&](Session& s) { EXPECT_EQ(storage::FindCampaign(s, c.id)->status, "completed"); });
  // A token opens exactly its target; a forged one opens nothing.
  clock_.Advance(60);
  const auto visit = campaigns::RecordTrackingHit(db(), clock_, *tokens.begin(),
                                                  {awareness::HitKind::kClick, "GET", "Mozilla/5.0 Firefox/128", "", -1});
  ASSERT_TRUE(visit);
  EXPECT_EQ(visit->sign, awareness::ScannerSign::kNone);
  EXPECT_FALSE(campaigns::RecordTrackingHit(db(), clock_, std::string(24, 'A'),
                                            {awareness::HitKind::kClick, "GET", "Firefox", "", -1}));
  // Forwarded to the report address: the link inside identifies the person's target.
  EXPECT_FALSE(campaigns::RecordForwardedReport(db(), clock_, "Un vrai message sans lien de simulation"));
  const auto reported = campaigns::RecordForwardedReport(db(), clock_, "Fwd:\r\n\r\n" + sent_[1].text_body);
  ASSERT_TRUE(reported);
  db().Run([&](Session& s) { EXPECT_EQ(storage::CampaignFunnel(s, c.id, "").at(0).reported, 1); });
}

TEST_P(CampaignDispatcherTest, HitsCommittedTogetherAreAllCountedOnce) {
  const auto c = Launch();
  auto dispatcher = Dispatcher();
  ASSERT_EQ(dispatcher.RunOnce(100), 5);
  const std::regex link("/p/([A-Za-z0-9_-]{24})");
  std::vector<std::string> tokens;
  for (const auto& m : sent_) {
    std::smatch match;
    ASSERT_TRUE(std::regex_search(m.text_body, match, link));
    tokens.push_back(match[1]);
  }
  clock_.Advance(60);
  std::atomic<int> recorded{0}, refused{0};
  {
    campaigns::HitRecorder recorder(db(), clock_, 16);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 25; ++i) {
          const std::string token = i % 5 == 4 ? std::string(24, 'Z') : tokens[static_cast<std::size_t>(i % 4)];
          const auto kind = t % 2 ? awareness::HitKind::kOpen : awareness::HitKind::kClick;
          if (recorder.Record(token, {kind, "GET", "Mozilla/5.0 Firefox/128", "", -1})) {
            ++recorded;
          } else {
            ++refused;
          }
        }
      });
    }
    for (auto& th : threads) th.join();
  }
  EXPECT_EQ(recorded.load(), 160);
  EXPECT_EQ(refused.load(), 40) << "unknown tokens record nothing";
  db().Run([&](Session& s) {
    long long events = 0;
    s << "SELECT COUNT(*) FROM awareness_events WHERE campaign_id = :c", soci::use(c.id), soci::into(events);
    EXPECT_EQ(events, 160);
    const auto funnel = storage::CampaignFunnel(s, c.id, "").at(0);
    EXPECT_EQ(funnel.clicked, 4);
    EXPECT_EQ(funnel.opened, 4);
  });
}

TEST_P(CampaignDispatcherTest, RetriesLaterRefusalsFailAndLostAnswersWaitForAPerson) {
  const auto c = Launch();
  script_ = {Outcome::kRetry, Outcome::kRefuse, Outcome::kLost};
  auto dispatcher = Dispatcher();
  dispatcher.RunOnce(100);
  auto p = Progress(c.id);
  EXPECT_EQ(p.sent, 2);
  EXPECT_EQ(p.failed, 1);
  EXPECT_EQ(p.uncertain, 1);
  EXPECT_EQ(p.pending, 1) << "the 451 waits for its backoff";
  clock_.Advance(31);
  dispatcher.RunOnce(100);
  p = Progress(c.id);
  EXPECT_EQ(p.sent, 3);
  EXPECT_EQ(p.pending, 0);
  db().Run([&](Session& s) {
    EXPECT_EQ(storage::FindCampaign(s, c.id)->status, "sending") << "an uncertain send keeps it open";
    EXPECT_EQ(storage::ListFailedTargets(s, c.id, 10).at(0).last_error.find("550") != std::string::npos, true);
  });
  EXPECT_EQ(sent_.size(), 3u);
}

TEST_P(CampaignDispatcherTest, AScheduledCampaignStartsByItselfAtItsTime) {
  campaigns::DraftInput in{"T1", "colis-avis-de-passage", "prof", {"g1"},
                           core::FormatParisLocalDateTime(clock_.Now() + 3600)};
  auto c = campaigns::CreateDraft(db(), clock_, "s1", awareness::CampaignMode::kOperated, in, "u1");
  c = campaigns::ApplyCampaignAction(db(), clock_, env_, c.id, awareness::CampaignAction::kSchedule, c.revision, "u1");
  EXPECT_EQ(c.status, "scheduled");
  auto dispatcher = Dispatcher();
  EXPECT_EQ(dispatcher.RunOnce(100), 0) << "not before its time";
  clock_.Advance(3600);
  EXPECT_EQ(dispatcher.RunOnce(100), 5);
  db().Run([&](Session& s) {
    const auto after = storage::FindCampaign(s, c.id);
    EXPECT_EQ(after->status, "completed");
    EXPECT_EQ(after->started_at, clock_.Now());
  });
}

TEST_P(CampaignDispatcherTest, HonoursTheWindowAndPlansAgainAfterAPause) {
  clock_.Set(kMonday10 + 9 * 3600);  // 19:00 Paris, after the window
  const auto c = Launch();
  auto dispatcher = Dispatcher();
  EXPECT_EQ(dispatcher.RunOnce(100), 0) << "nothing leaves outside the window";
  clock_.Set(kMonday10 + 22 * 3600);  // Tuesday 08:00
  ASSERT_EQ(dispatcher.RunOnce(2), 2);
  auto paused = campaigns::ApplyCampaignAction(db(), clock_, env_, c.id, awareness::CampaignAction::kPause,
                                               c.revision, "u1");
  EXPECT_EQ(paused.status, "paused");
  EXPECT_EQ(dispatcher.RunOnce(100), 0) << "a paused campaign sends nothing";
  clock_.Advance(3600);
  campaigns::ApplyCampaignAction(db(), clock_, env_, c.id, awareness::CampaignAction::kResume, paused.revision, "u1");
  db().Run([&](Session& s) {
    EXPECT_GE(storage::CountSendStates(s, c.id).next_planned_at, clock_.Now()) << "planned again from the resume";
  });
  EXPECT_EQ(dispatcher.RunOnce(100), 3);
  EXPECT_EQ(sent_.size(), 5u);
}

}  // namespace
}  // namespace vigie::testing
