#include "pdf/render.hpp"

#include <gtest/gtest.h>

#include <string>

#include "pdf/report_words.hpp"

namespace vigie::pdf {
namespace {

std::size_t PageCount(const std::string& pdf) {
  std::size_t n = 0;
  for (auto pos = pdf.find("/Type /Page\n"); pos != std::string::npos;
       pos = pdf.find("/Type /Page\n", pos + 1))
    ++n;
  for (auto pos = pdf.find("/Type /Page "); pos != std::string::npos;
       pos = pdf.find("/Type /Page ", pos + 1))
    ++n;
  return n;
}

report::ReportModel Awkward() {
  report::ReportModel m;
  m.structure_name = "Foyer <Les Pins> & \"Cie\"";
  report::DomainSection unscored;
  unscored.title = "Domaine sans score";
  m.domains.push_back(unscored);
  report::DomainSection scored;
  scored.title = std::string(400, 'x');
  scored.summary = "Résumé : court !";
  scored.score = 7.5;  // out of range: clamped
  scored.level = 9;
  report::Finding finding;
  finding.question = "https://exemple.fr/" + std::string(3000, 'y');
  finding.answer = "Sans réponse";
  finding.comment = "<b>&amp;</b> ; « ok » !";
  scored.weaknesses.push_back(finding);
  scored.measure_ids = {"M-INCONNUE"};
  m.domains.push_back(scored);
  report::MeasureEntry measure;
  measure.id = "M-1";
  measure.title = "Mesure";
  measure.priority = 0;
  measure.horizon = "jamais";
  m.measures.push_back(measure);
  return m;
}

TEST(RenderFullReport, RendersAnEmptyModel) {
  const std::string pdf = RenderFullReport({});
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
  EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  EXPECT_GE(PageCount(pdf), 8u);  // cover, contents and one page per chapter
}

TEST(RenderFullReport, RendersMissingScoresUnknownMeasuresAndOverlongText) {
  const std::string pdf = RenderFullReport(Awkward());
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
  EXPECT_NE(pdf.find("/FontFile2"), std::string::npos);  // embedded TrueType subsets
}

TEST(RenderSynthesis, IsAlwaysFourSlides) {
  EXPECT_EQ(PageCount(RenderSynthesis({})), 4u);
  EXPECT_EQ(PageCount(RenderSynthesis(Awkward())), 4u);
}

TEST(ReportWords, QuartersFollowTheHorizonThenThePriority) {
  EXPECT_EQ(QuarterIndex("3 mois", 4), 0);
  EXPECT_EQ(QuarterIndex("6 mois", 1), 1);
  EXPECT_EQ(QuarterIndex("12 mois", 1), 2);
  EXPECT_EQ(QuarterIndex("2 ans", 1), 3);
  EXPECT_EQ(QuarterIndex("1 an", 1), 2);
  EXPECT_EQ(QuarterIndex("", 2), 1);
  EXPECT_EQ(QuarterIndex("au plus tôt", 9), 3);
}

TEST(ReportWords, ScoresAndSentencesAreFrench) {
  EXPECT_EQ(ScoreText(2.44), "2,4\u00A0/\u00A05");
  EXPECT_EQ(ScoreText(std::nullopt), "non évalué");
  EXPECT_EQ(GlobalText(46.3), "46\u00A0/\u00A0100");
  EXPECT_EQ(FirstSentence("Une phrase. Une autre."), "Une phrase.");
  const std::string cut = FirstSentence(std::string(300, 'e') + "é", 100);
  EXPECT_EQ(cut.substr(cut.size() - 3), "…");
  EXPECT_EQ(FirstSentence("éééé", 3).substr(0, 2), "é");  // never inside a character
}

}  // namespace
}  // namespace vigie::pdf
