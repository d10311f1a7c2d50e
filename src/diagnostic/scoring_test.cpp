// Scoring and prioritization on a small referential built in code.

#include <gtest/gtest.h>

#include "diagnostic/answers_json.hpp"
#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"

namespace vigie::diagnostic {
namespace {

using referential::Measure;
using referential::Question;

referential::Referential Small() {
  referential::Referential r;
  r.maturity_levels = {{1, "Exposé", "", 0}, {2, "Fragile", "", 1}, {3, "En construction", "", 2},
                       {4, "Maîtrisé", "", 3}, {5, "Exemplaire", "", 4.25}};
  r.context = {{"wifi_guests", "Wi-Fi", "", "choice", {{"none", "Aucun"}, {"shared", "Partagé"}}, {}},
               {"care", "Soins", "", "choice", {{"none", "Aucun"}, {"medical", "Médical"}}, {}}};
  referential::Rule no_wifi;
  no_wifi.id = "no-wifi";
  no_wifi.when = {"wifi_guests", {"none"}, "", 0};
  no_wifi.not_applicable = {"tag:wifi"};
  r.rules = {no_wifi};
  auto question = [](std::string id, std::string domain, int weight, std::vector<std::string> tags = {}) {
    Question q;
    q.id = std::move(id);
    q.domain_id = std::move(domain);
    q.weight = weight;
    q.tags = std::move(tags);
    q.text = "Question " + q.id;
    return q;
  };
  r.questions = {question("bak.offline", "backups", 5), question("bak.test", "backups", 3),
                 question("net.wifi", "network", 2, {"wifi"}), question("net.fw", "network", 4),
                 question("gov.charter", "governance", 1)};
  Question follow = question("bak.offline_checked", "backups", 2);
  follow.show_if = referential::Condition{"", {}, "bak.offline", 1};
  r.questions.push_back(follow);
  r.domains = {{"governance", 1, "Gouvernance", "", {"gov.charter"}, {"M-GOV-01"}, {}},
               {"network", 2, "Réseau", "", {"net.wifi", "net.fw"}, {"M-NET-01"}, {}},
               {"backups", 3, "Sauvegardes", "", {"bak.offline", "bak.test", "bak.offline_checked"}, {"M-BAK-01"}, {}}};
  auto measure = [](std::string id, std::string domain, int criticality, std::string effort, std::string q, int max) {
    Measure m;
    m.id = std::move(id);
    m.domain_id = std::move(domain);
    m.criticality = criticality;
    m.effort = std::move(effort);
    m.triggers = {{std::move(q), max}};
    return m;
  };
  r.measures = {measure("M-GOV-01", "governance", 2, "S", "gov.charter", 1),
                measure("M-NET-01", "network", 4, "M", "net.fw", 1),
                measure("M-BAK-01", "backups", 5, "M", "bak.offline", 1),
                measure("M-BAK-02", "backups", 5, "S", "bak.test", 2)};
  return r;
}

TEST(Scoring, WeightedDomainAndGlobalScores) {
  const auto r = Small();
  AnswerSet a;
  a.context = {{"wifi_guests", "shared"}};
  a.answers = {{"gov.charter", Answer::Level(3)}, {"net.wifi", Answer::Level(0)}, {"net.fw", Answer::Level(3)},
               {"bak.offline", Answer::Level(0)}, {"bak.test", Answer::Level(3)}};
  const auto report = Score(r, a);
  ASSERT_EQ(report.domains.size(), 3u);
  EXPECT_DOUBLE_EQ(*report.domains[0].score, 5.0);
  EXPECT_DOUBLE_EQ(*report.domains[1].score, 5.0 * 4 / 6);  // wifi 0 (w2), fw 3 (w4)
  EXPECT_DOUBLE_EQ(*report.domains[2].score, 5.0 * 3 / 8) << "the follow-up is hidden: offline is 0";
  EXPECT_EQ(report.domains[2].asked, 2);
  EXPECT_NEAR(*report.global, 100.0 * (1 + 4 + 3) / (1 + 6 + 8), 1e-9);
  EXPECT_EQ(report.domains[1].level, 4);
  EXPECT_EQ(report.domains[2].level, 2);
  EXPECT_EQ(report.domains[2].level_name, "Fragile");
  ASSERT_EQ(report.domains[2].pulled_down.size(), 1u);
  EXPECT_EQ(report.domains[2].pulled_down[0].question_id, "bak.offline");
}

TEST(Scoring, DontKnowCountsZeroAndIsAGapNotApplicableIsExcluded) {
  const auto r = Small();
  AnswerSet a;
  a.context = {{"wifi_guests", "none"}};
  a.answers = {{"net.wifi", Answer::Level(0)}, {"net.fw", Answer::DontKnow()}, {"gov.charter", Answer::NotApplicable()},
               {"bak.offline", Answer::Level(2)}, {"bak.offline_checked", Answer::Level(3)}, {"bak.test", Answer::Level(3)}};
  const auto report = Score(r, a);
  EXPECT_FALSE(report.domains[0].score) << "governance has no applicable question";
  EXPECT_DOUBLE_EQ(*report.domains[1].score, 0.0) << "Wi-Fi is N/A by context, '?' counts 0";
  EXPECT_EQ(report.domains[1].coverage_gaps, std::vector<std::string>{"net.fw"});
  EXPECT_EQ(report.domains[2].asked, 3) << "the follow-up appears once offline >= 1";
}

TEST(Prioritization, VitalGapsComeFirstWithAReason) {
  const auto r = Small();
  AnswerSet a;
  a.context = {{"wifi_guests", "shared"}, {"care", "medical"}};
  a.answers = {{"gov.charter", Answer::Level(0)}, {"net.fw", Answer::Level(1)}, {"bak.offline", Answer::Level(0)},
               {"bak.test", Answer::Level(2)}};
  const auto list = Prioritize(r, a);
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[0].measure_id, "M-BAK-01");
  EXPECT_EQ(list[0].priority, 1);
  EXPECT_EQ(list[0].horizon, "3 mois");
  EXPECT_EQ(list[0].gap, "nothing");
  EXPECT_NE(list[0].why.find("rien n'est en place"), std::string::npos);
  EXPECT_NE(list[0].why.find("contexte"), std::string::npos) << "medical care raises backups";
  EXPECT_EQ(list.back().measure_id, "M-GOV-01") << "paperwork last";
  for (std::size_t i = 0; i < list.size(); ++i) EXPECT_EQ(list[i].rank, static_cast<int>(i) + 1);
  EXPECT_EQ(TopMeasures(list, 2).size(), 2u);
}

TEST(Prioritization, AnswerAboveTheTriggerLevelTriggersNothing) {
  const auto r = Small();
  AnswerSet a;
  a.answers = {{"gov.charter", Answer::Level(2)}, {"net.fw", Answer::Level(3)}, {"bak.offline", Answer::Level(3)},
               {"bak.test", Answer::Level(3)}};
  EXPECT_TRUE(Prioritize(r, a).empty());
}

TEST(AnswersJson, ParsesAndRejectsUnknownIdsAndValues) {
  const auto r = Small();
  auto ok = ParseAnswersJson(R"({"bak.offline": 0, "net.fw": "?", "gov.charter": "na", "context": {"care": "medical"}})", r);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->answers.at("net.fw").kind, Answer::Kind::kDontKnow);
  EXPECT_EQ(ok->context.at("care"), "medical");
  auto bad = ParseAnswersJson(R"({"bak.offline": 7, "inconnue": 1, "context": {"care": "x"}})", r);
  ASSERT_FALSE(bad.ok());
  std::vector<std::string> fields;
  for (const auto& e : bad.errors()) fields.push_back(e.field);
  EXPECT_EQ(fields.size(), 3u);
  EXPECT_FALSE(ParseAnswersJson("[1,2]", r).ok());
}

}  // namespace
}  // namespace vigie::diagnostic

#include "diagnostic/comparison.hpp"

namespace vigie::diagnostic {
namespace {

TEST(Comparison, DeltasResolvedAndNewMeasures) {
  const auto r = Small();
  AnswerSet before;
  before.answers = {{"gov.charter", Answer::Level(0)}, {"net.fw", Answer::Level(3)}, {"bak.offline", Answer::Level(0)},
                    {"bak.test", Answer::Level(3)}};
  AnswerSet after = before;
  after.answers["bak.offline"] = Answer::Level(3);  // offline copy now in place
  after.answers["net.fw"] = Answer::Level(1);       // the firewall degraded
  const auto c = Compare(r, before, after);
  EXPECT_EQ(c.resolved_measures, std::vector<std::string>{"M-BAK-01"});
  EXPECT_EQ(c.new_measures, std::vector<std::string>{"M-NET-01"});
  EXPECT_EQ(c.remaining_measures, std::vector<std::string>{"M-GOV-01"});
  ASSERT_TRUE(c.domains[2].delta);
  EXPECT_GT(*c.domains[2].delta, 0) << "backups improved";
  EXPECT_LT(*c.domains[1].delta, 0) << "network got worse";
  EXPECT_GT(*c.global_after, *c.global_before);
}

}  // namespace
}  // namespace vigie::diagnostic
