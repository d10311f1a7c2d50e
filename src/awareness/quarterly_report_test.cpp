// The quarterly report's rules: quarters in Paris time, rates, the small-segment rule,
// the recommendations chosen for given figures, and the checks of its texts file.

#include "awareness/quarterly_report.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "awareness/quarterly_recommendations.hpp"

namespace vigie::awareness {
namespace {

FunnelCounts Counts(long long sent, long long clicked, long long reported) {
  return {.targeted = sent,
          .sent = sent,
          .opened = clicked,
          .clicked = clicked,
          .submitted = 0,
          .reported = reported,
          .scanner_hits = 0};
}

// A structure's quarter: 100 messages, 10 % clicks, 20 % reports, stable vs before.
QuarterlyReportInput Calm() {
  QuarterlyReportInput in;
  in.scope_name = "EHPAD Les Tilleuls";
  in.quarter_label = "T4 2026";
  in.total = Counts(100, 10, 20);
  in.campaigns.push_back(
      {.name = "Colis", .template_title = "Avis de passage", .kind = "simple", .counts = in.total});
  in.trend = {{"T3 2026", Counts(90, 9, 18)}, {"T4 2026", in.total}};
  return in;
}

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(QuarterLabel, FollowsTheParisDayAroundNewYear) {
  // 2026-12-31T22:59:59Z is 23:59:59 in Paris; one second later it is 2027 there.
  EXPECT_EQ(QuarterLabel(1798757999), "T4 2026");
  EXPECT_EQ(QuarterLabel(1798758000), "T1 2027");
  EXPECT_EQ(QuarterLabel(1798761600), "T1 2027");  // 2027-01-01T00:00Z
  EXPECT_EQ(QuarterLabel(1782856800), "T3 2026");  // 2026-07-01T00:00 Paris (summer time)
  EXPECT_EQ(QuarterLabel(1782856799), "T2 2026");
}

TEST(QuarterBounds, AreParisMidnightsInWinterAndSummerTime) {
  // T4 2026: 2026-10-01T00:00+02:00 to 2027-01-01T00:00+01:00.
  EXPECT_EQ(QuarterBounds(1798757999), std::make_pair(1790805600LL, 1798758000LL));
  // T1 2027 starts at the same instant and ends at 2027-04-01T00:00+02:00.
  EXPECT_EQ(QuarterBounds(1798758000), std::make_pair(1798758000LL, 1806530400LL));
  const auto [start, end] = QuarterBounds(1782856800);
  EXPECT_EQ(start, 1782856800);  // T3 2026 from 2026-07-01T00:00+02:00
  EXPECT_EQ(end, 1790805600);
}

TEST(RatesOf, AreOverSentAndZeroWhenNothingWasSent) {
  const FunnelRates r = RatesOf({.targeted = 50,
                                 .sent = 40,
                                 .opened = 20,
                                 .clicked = 10,
                                 .submitted = 4,
                                 .reported = 8,
                                 .scanner_hits = 30});
  EXPECT_DOUBLE_EQ(r.opened, 0.5);
  EXPECT_DOUBLE_EQ(r.clicked, 0.25);
  EXPECT_DOUBLE_EQ(r.submitted, 0.1);
  EXPECT_DOUBLE_EQ(r.reported, 0.2);
  EXPECT_DOUBLE_EQ(RatesOf({}).clicked, 0.0);
  EXPECT_DOUBLE_EQ(RatesOf({.sent = 2, .clicked = 9}).clicked, 1.0);  // clamped
}

TEST(MaskSegments, HidesSmallGroupsAndOneMoreWhenTheTotalWouldGiveThemAway) {
  const std::vector<SegmentFunnel> none = {{"A", Counts(20, 2, 1)}, {"B", Counts(12, 1, 1)}};
  EXPECT_EQ(MaskSegments(none), std::vector<SegmentMask>(2, SegmentMask::kShown));
  const std::vector<SegmentFunnel> one = {
      {"A", Counts(40, 4, 4)}, {"B", Counts(3, 1, 0)}, {"C", Counts(12, 1, 1)}};
  EXPECT_EQ(MaskSegments(one),
            (std::vector<SegmentMask>{SegmentMask::kShown, SegmentMask::kTooSmall,
                                      SegmentMask::kComplementary}));
  // Two small groups holding 5 people together: no third one is needed.
  const std::vector<SegmentFunnel> two = {
      {"A", Counts(40, 4, 4)}, {"B", Counts(3, 1, 0)}, {"C", Counts(2, 0, 0)}};
  EXPECT_EQ(MaskSegments(two),
            (std::vector<SegmentMask>{SegmentMask::kShown, SegmentMask::kTooSmall,
                                      SegmentMask::kTooSmall}));
  EXPECT_EQ(MaskSegments({{"Seul", Counts(4, 1, 0)}}),
            std::vector<SegmentMask>{SegmentMask::kTooSmall});
  EXPECT_TRUE(IsTooSmallToShow(Counts(4, 0, 0)));
  EXPECT_FALSE(IsTooSmallToShow(Counts(kMinimumSegmentSize, 0, 0)));
}

TEST(PreviousQuarter, IsTheLatestOtherQuarterWhenItHasFigures) {
  QuarterlyReportInput in = Calm();
  ASSERT_NE(PreviousQuarter(in), nullptr);
  EXPECT_EQ(PreviousQuarter(in)->label, "T3 2026");
  in.trend.pop_back();  // a trend without the current quarter: its last point is the previous
  ASSERT_NE(PreviousQuarter(in), nullptr);
  EXPECT_EQ(PreviousQuarter(in)->label, "T3 2026");
  in.trend.back().counts = Counts(4, 1, 1);  // too few people: no comparison
  EXPECT_EQ(PreviousQuarter(in), nullptr);
  EXPECT_FALSE(HasFiguresToShow(Counts(0, 0, 0)));
  EXPECT_TRUE(HasFiguresToShow(Counts(5, 0, 0)));
}

TEST(QuarterlyRecommendations, CalmFiguresGiveTheThreeGeneralOnes) {
  EXPECT_EQ(MatchedConditions(Calm()), std::vector<std::string>{"always"});
  const auto recs = QuarterlyRecommendations(Calm());
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_NE(recs[0].find("trois réflexes"), std::string::npos) << recs[0];
}

TEST(QuarterlyRecommendations, HighClicksRisingLowReportsAndASiteAbove) {
  QuarterlyReportInput in = Calm();
  in.total = Counts(100, 30, 5);
  in.trend.back().counts = in.total;
  in.by_site = {{"Site du Parc", Counts(40, 20, 1)}, {"Site du Lac", Counts(60, 10, 4)}};
  in.repeat_clickers = 4;
  const auto conditions = MatchedConditions(in);
  for (const char* c : {"click_rate_high", "click_rate_up", "report_rate_low",
                        "segment_above_average", "repeat_clickers"}) {
    EXPECT_TRUE(Has(conditions, c)) << c;
  }
  EXPECT_FALSE(Has(conditions, "click_rate_low"));
  const auto recs = QuarterlyRecommendations(in);
  ASSERT_EQ(recs.size(), 5u);
  EXPECT_NE(recs[0].find("(30\u00A0% des messages"), std::string::npos) << recs[0];
  EXPECT_NE(recs[1].find("de 20 points"), std::string::npos) << recs[1];
  EXPECT_NE(recs[1].find("T3 2026 : 10\u00A0%"), std::string::npos) << recs[1];
  EXPECT_NE(recs[2].find("« Site du Parc »"), std::string::npos) << recs[2];
  EXPECT_NE(recs[2].find("50\u00A0%"), std::string::npos) << recs[2];
  EXPECT_NE(recs[4].find("s’élève à 4."), std::string::npos) << recs[4];
  for (const auto& rec : recs) EXPECT_EQ(rec.find_first_of("{}"), std::string::npos) << rec;
}

TEST(QuarterlyRecommendations, NeverMoreThanSixAndSmallSitesAreNotSingledOut) {
  QuarterlyReportInput in = Calm();
  in.total = Counts(100, 30, 8);
  in.trend.front().counts = Counts(90, 9, 0);
  in.total.submitted = 6;
  in.campaigns[0].kind = "advanced";
  in.campaigns[0].counts = in.total;
  in.trend.back().counts = in.total;
  in.repeat_clickers = 2;
  in.by_site = {{"Petit site", Counts(4, 4, 0)}, {"Grand site", Counts(96, 26, 5)}};
  const auto conditions = MatchedConditions(in);
  EXPECT_TRUE(Has(conditions, "submitted_on_advanced"));
  EXPECT_FALSE(Has(conditions, "segment_above_average"));  // the small site is masked
  EXPECT_TRUE(Has(conditions, "report_rate_up"));          // 0 % to 8 %, still low
  const auto recs = QuarterlyRecommendations(in);
  EXPECT_EQ(recs.size(), 6u);
  for (const auto& rec : recs) EXPECT_EQ(rec.find("Petit site"), std::string::npos);
  in.by_department = {{"Soins", Counts(50, 25, 1)}, {"Cuisine", Counts(50, 5, 7)}};
  EXPECT_TRUE(Has(MatchedConditions(in), "segment_above_average"));
  EXPECT_EQ(QuarterlyRecommendations(in).size(), 6u);  // seven hold: the last is left out
}

TEST(QuarterlyRecommendations, NoCampaignSaysSoAndFallingClicksArePraised) {
  QuarterlyReportInput none;
  none.quarter_label = "T1 2027";
  none.trend = {{"T4 2026", Counts(100, 30, 5)}};
  EXPECT_EQ(MatchedConditions(none), (std::vector<std::string>{"no_campaign", "always"}));
  const auto recs = QuarterlyRecommendations(none);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_NE(recs[0].find("trimestre T1 2027"), std::string::npos) << recs[0];

  QuarterlyReportInput better = Calm();
  better.trend.front().counts = Counts(100, 25, 35);
  better.total = Counts(100, 4, 40);
  better.trend.back().counts = better.total;
  const auto conditions = MatchedConditions(better);
  for (const char* c : {"click_rate_down", "report_rate_high", "click_rate_low"}) {
    EXPECT_TRUE(Has(conditions, c)) << c;
  }
  EXPECT_TRUE(Has(conditions, "report_rate_up"));  // 35 % to 40 %: exactly 5 points
  better.total.reported = 39;
  better.trend.back().counts = better.total;
  EXPECT_FALSE(Has(MatchedConditions(better), "report_rate_up"));
}

TEST(QuarterlyTexts, ShippedFileLoadsWithAMethodNote) {
  EXPECT_GE(QuarterlyMethodNote().size(), 3u);
  EXPECT_GE(EmbeddedQuarterlyTexts().recommendations.size(), 12u);
}

TEST(QuarterlyTexts, ReportsEveryProblemWithItsLine) {
  const std::string text =
      "version = 1\n"
      "method = [\"Un.\", \"Deux {x}.\"]\n"
      "couleur = \"bleu\"\n"
      "[[recommendation]]\n"
      "id = \"a\"\n"
      "condition = \"click_rate_high\"\n"
      "text = \"Clics {click_rate}, pas {segment}, oups } et { ici.\"\n"
      "[[recommendation]]\n"
      "id = \"a\"\n"
      "condition = \"inconnue\"\n"
      "text = \"Texte\"\n";
  const auto load = ParseQuarterlyTexts(text, "q.toml");
  ASSERT_FALSE(load.ok());
  EXPECT_TRUE(load.texts.recommendations.empty());
  const auto has = [&](const std::string& prefix, const std::string& words) {
    return std::any_of(load.errors.begin(), load.errors.end(), [&](const std::string& e) {
      return e.rfind(prefix, 0) == 0 && e.find(words) != std::string::npos;
    });
  };
  EXPECT_TRUE(has("q.toml:3:", "clé inconnue « couleur »"));
  EXPECT_TRUE(has("q.toml:2:", "n'accepte aucun espace réservé"));
  EXPECT_TRUE(has("q.toml:7:", "« {segment} » non permis pour la condition « click_rate_high »"));
  EXPECT_TRUE(has("q.toml:7:", "« } » sans « { »"));
  EXPECT_TRUE(has("q.toml:7:", "« { » sans « } »"));
  EXPECT_TRUE(has("q.toml:9:", "« a » déjà définie ligne 5"));
  EXPECT_TRUE(has("q.toml:10:", "valeurs possibles"));
  EXPECT_TRUE(has("q.toml:", "aucune recommandation pour la condition « no_campaign »"));
  EXPECT_TRUE(has("q.toml:", "au moins 3 recommandations « always »"));
  EXPECT_FALSE(ParseQuarterlyTexts("version = ", "q.toml").ok());
  EXPECT_EQ(ParseQuarterlyTexts("version = \"\xff\"", "q.toml").errors.front(),
            "q.toml:1: le fichier n'est pas en UTF-8 valide");
}

}  // namespace
}  // namespace vigie::awareness
