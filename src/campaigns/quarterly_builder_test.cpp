// The quarterly report's figures from a temporary SQLite database: quarters in Paris
// time, distinct people against summed messages, the trend, repeat clickers, and the
// portfolio's waves, structures and sites. (Every query also runs on PostgreSQL in
// tests/storage/campaign_report_repository_test.cpp.)

#include "campaigns/quarterly_builder.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>

#include "awareness/template_loader.hpp"
#include "campaigns/quarterly_document.hpp"
#include "core/error.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/migrations.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage/tenancy_repository.hpp"

namespace vigie::campaigns {
namespace {

using storage::Session;

constexpr long long kMay2026 = 1778407200;          // T2 2026
constexpr long long kSeptember30Late = 1790803800;  // 2026-09-30 23:30 in Paris: still T3
constexpr long long kOctober1Early = 1790807400;    // 2026-10-01 00:30 in Paris: T4
constexpr long long kNovember2026 = 1794736800;
constexpr long long kDecember2026 = 1796119200;
constexpr long long kNow = 1799139600;  // 2027-01-05
constexpr const char* kTemplate = "colis-avis-de-passage";

class QuarterlyBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("vigie-quarterly-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<storage::Database>(
        storage::DatabaseSettings{(dir_ / "vigie.db").string(), 2});
    storage::Migrate(*db_);
    db_->Transact([](Session& s) {
      storage::InsertRegion(s, {"r1", "bfc", "Bourgogne-Franche-Comté", "Centre régional BFC", 1});
      AddStructure(s, "s1", "EHPAD Les Tilleuls", "210001234");
      AddStructure(s, "s2", "IME Le Chêne", "250004567");
      // s1's staff: p0..p5, even ones on "Bâtiment A", odd ones with no site.
      AddCampaign(s, "q2", "s1", kMay2026, 6);
      AddCampaign(s, "edge-q3", "s1", kSeptember30Late, 6);
      AddCampaign(s, "q4a", "s1", kOctober1Early, 6);
      AddCampaign(s, "q4b", "s1", kNovember2026, 4, "w1");
      AddCampaign(s, "q4c", "s2", kDecember2026, 5, "w1", "q");
      AddCampaign(s, "unsent", "s1", kNovember2026, 6, "", "p", false);
      Hit(s, "q2", "p0", "click");
      Hit(s, "q4a", "p0", "click");
      Hit(s, "q4a", "p1", "submit");
      Hit(s, "q4a", "p2", "report");
      Hit(s, "q4b", "p1", "click");
    });
  }

  void TearDown() override {
    db_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  static void AddStructure(Session& s, const std::string& id, const std::string& name,
                           const std::string& finess) {
    tenancy::Structure st;
    st.id = id;
    st.region_id = "r1";
    st.name = name;
    st.finess = finess;
    st.category_code = "ehpad";
    st.department = "21";
    storage::InsertStructure(s, st);
    storage::SendingProfileRecord p;
    p.id = "prof-" + id;
    p.structure_id = id;
    p.region_id = "r1";
    p.name = "Relais";
    p.host = "127.0.0.1";
    p.security = "none";
    p.envelope_from = "retours@relais.example";
    p.days = "1,2,3,4,5";
    ASSERT_TRUE(storage::InsertSendingProfile(s, p));
  }

  // `people` targets (<prefix>0, <prefix>1...), every message sent unless `sent` is
  // false (then the campaign is cancelled before sending anything).
  static void AddCampaign(Session& s, const std::string& id, const std::string& structure_id,
                          long long started_at, int people, const std::string& wave = "",
                          const std::string& prefix = "p", bool sent = true) {
    storage::CampaignRecord c;
    c.id = id;
    c.region_id = "r1";
    c.structure_id = structure_id;
    c.wave_id = wave;
    c.mode = "operated";
    c.name = "Campagne " + id;
    c.template_id = kTemplate;
    c.sending_profile_id = "prof-" + structure_id;
    c.group_ids = "g1";
    c.status = sent ? "completed" : "cancelled";
    c.started_at = started_at;
    c.completed_at = started_at + 86400;
    c.created_at = c.updated_at = 1;
    storage::InsertCampaign(s, c);
    std::vector<storage::NewTarget> targets;
    for (int i = 0; i < people; ++i) {
      const std::string person = prefix + std::to_string(i);
      targets.push_back({id + "-" + person, person, "ps-" + person, "hash-" + id + "-" + person,
                         "g1", i % 2 == 0 ? "Bâtiment A" : "", "Soins", "Soignant", started_at});
    }
    storage::InsertTargets(s, id, targets);
    if (!sent) return;
    while (const auto t = storage::ClaimNextDueTarget(s, id, started_at, "w")) {
      storage::MarkTargetSent(s, t->id, "w", started_at);
    }
  }

  static void Hit(Session& s, const std::string& campaign_id, const std::string& person,
                  const std::string& kind) {
    static int n = 0;
    storage::RecordHit(s, {"e" + std::to_string(++n), campaign_id + "-" + person, campaign_id, kind,
                           kNow - 100, "none"});
  }

  std::filesystem::path dir_;
  std::unique_ptr<storage::Database> db_;
};

TEST_F(QuarterlyBuilderTest, AStructuresQuarterCountsPeopleOnceAndMessagesPerCampaign) {
  const auto in = BuildStructureQuarterlyReport(*db_, "s1", kNovember2026, kNow);
  EXPECT_EQ(in.scope_name, "EHPAD Les Tilleuls");
  EXPECT_FALSE(in.portfolio);
  EXPECT_EQ(in.quarter_label, "T4 2026");
  EXPECT_EQ(in.generated_at, kNow);
  ASSERT_EQ(in.campaigns.size(), 2u)
      << "started on 1 October at 00:30 in Paris, and in November; not the unsent one";
  EXPECT_EQ(in.campaigns[0].name, "Campagne q4a");
  EXPECT_EQ(in.campaigns[0].template_title, awareness::FindTemplate(kTemplate)->title);
  EXPECT_EQ(in.campaigns[0].started_at, kOctober1Early);
  EXPECT_EQ(in.campaigns[0].counts.targeted, 6);
  EXPECT_EQ(in.campaigns[0].counts.clicked, 2) << "typing in the fake page is a click too";
  EXPECT_EQ(in.campaigns[0].counts.submitted, 1);
  EXPECT_EQ(in.campaigns[0].counts.reported, 1);
  EXPECT_EQ(in.campaigns[1].counts.targeted, 4);
  EXPECT_EQ(in.total.targeted, 6) << "distinct people";
  EXPECT_EQ(in.total.sent, 10) << "messages";
  EXPECT_EQ(in.total.clicked, 3);
  ASSERT_EQ(in.by_site.size(), 2u);
  EXPECT_EQ(in.by_site[0].label, "Bâtiment A");
  EXPECT_EQ(in.by_site[0].counts.targeted, 3);
  EXPECT_EQ(in.by_site[0].counts.sent, 5);
  EXPECT_EQ(in.by_site[1].label, "Non renseigné");
  ASSERT_EQ(in.by_department.size(), 1u);
  EXPECT_EQ(in.by_department[0].label, "Soins");
  EXPECT_EQ(in.by_department[0].counts.targeted, 6);
  EXPECT_TRUE(in.by_structure.empty());
  EXPECT_EQ(in.repeat_clickers, 2) << "p0 (T2 and T4) and p1 (twice in T4)";
  ASSERT_EQ(in.trend.size(), 3u) << "from the first quarter with a campaign";
  EXPECT_EQ(in.trend[0].label, "T2 2026");
  EXPECT_EQ(in.trend[1].label, "T3 2026");
  EXPECT_EQ(in.trend[1].counts.sent, 6) << "30 September at 23:30 in Paris";
  EXPECT_EQ(in.trend[2].label, "T4 2026");
  EXPECT_EQ(in.trend[2].counts.sent, 10);
}

TEST_F(QuarterlyBuilderTest, AQuietQuarterStillEndsTheTrend) {
  const auto in = BuildStructureQuarterlyReport(*db_, "s1", kNow, kNow);
  EXPECT_EQ(in.quarter_label, "T1 2027");
  EXPECT_TRUE(in.campaigns.empty());
  EXPECT_EQ(in.total.sent, 0);
  ASSERT_EQ(in.trend.size(), 4u);
  EXPECT_EQ(in.trend.back().label, "T1 2027");
  EXPECT_EQ(in.repeat_clickers, 2) << "T2 2026 is among the last four quarters";
  EXPECT_EQ(
      BuildStructureQuarterlyReport(*db_, "s1", kMay2026 + 3 * 366 * 86400, kNow).trend.size(), 1u);
  const std::string pdf = RenderQuarterlyReportPdf(in);
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
}

TEST_F(QuarterlyBuilderTest, ThePortfolioAddsStructuresUpAndKeepsAWaveOnOneRow) {
  const auto in = BuildPortfolioQuarterlyReport(*db_, "r1", kNovember2026, kNow);
  EXPECT_EQ(in.scope_name, "Centre régional BFC");
  EXPECT_TRUE(in.portfolio);
  ASSERT_EQ(in.campaigns.size(), 2u);
  EXPECT_EQ(in.campaigns[0].name, "Campagne q4a (EHPAD Les Tilleuls)");
  EXPECT_EQ(in.campaigns[1].name, "Campagne q4b (2 structures)");
  EXPECT_EQ(in.campaigns[1].counts.targeted, 9);
  EXPECT_EQ(in.campaigns[1].started_at, kNovember2026);
  EXPECT_EQ(in.campaigns[1].ended_at, kDecember2026 + 86400);
  EXPECT_EQ(in.total.targeted, 11);
  EXPECT_EQ(in.total.sent, 15);
  ASSERT_EQ(in.by_structure.size(), 2u);
  EXPECT_EQ(in.by_structure[0].label, "EHPAD Les Tilleuls");
  EXPECT_EQ(in.by_structure[0].counts.targeted, 6);
  EXPECT_EQ(in.by_structure[0].counts.sent, 10);
  EXPECT_EQ(in.by_structure[1].label, "IME Le Chêne");
  EXPECT_EQ(in.by_structure[1].counts.targeted, 5);
  ASSERT_EQ(in.by_site.size(), 4u);
  EXPECT_EQ(in.by_site[0].label, "EHPAD Les Tilleuls — Bâtiment A");
  EXPECT_EQ(in.by_site[3].label, "IME Le Chêne — Non renseigné");
  ASSERT_EQ(in.by_department.size(), 1u);
  EXPECT_EQ(in.by_department[0].counts.targeted, 11);
  EXPECT_EQ(QuarterlyReportFileName(in),
            "sensibilisation-T4-2026-portefeuille-Centre-regional-BFC.pdf");
}

TEST_F(QuarterlyBuilderTest, UnknownStructureOrRegionIsNotFound) {
  try {
    BuildStructureQuarterlyReport(*db_, "absent", kNow, kNow);
    ADD_FAILURE() << "no error";
  } catch (const core::AppError& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::kNotFound);
  }
  EXPECT_THROW(BuildPortfolioQuarterlyReport(*db_, "absent", kNow, kNow), core::AppError);
}

}  // namespace
}  // namespace vigie::campaigns
