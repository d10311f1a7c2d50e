// The quarterly awareness report renders for a structure and a portfolio, and for
// the edge cases: a quarter without campaign, tiny groups, absurd counts.

#include <gtest/gtest.h>

#include <string>

#include "pdf/render.hpp"

namespace vigie::pdf {
namespace {

using awareness::FunnelCounts;

std::size_t PageCount(const std::string& pdf) {
  std::size_t n = 0;
  for (const char* marker : {"/Type /Page\n", "/Type /Page "}) {
    for (auto pos = pdf.find(marker); pos != std::string::npos; pos = pdf.find(marker, pos + 1)) {
      ++n;
    }
  }
  return n;
}

// How cairo writes a non-ASCII text string of the document information and the
// outline: UTF-16BE in hexadecimal after a byte-order mark. These are the digits of
// `utf8` (characters of the Basic Multilingual Plane), to find it inside such a string.
std::string PdfHexDigits(const std::string& utf8) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3;
    unsigned code = length == 1 ? lead : length == 2 ? lead & 0x1Fu : lead & 0x0Fu;
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k) {
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    }
    i += length;
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 0xFu];
  }
  return out;
}

// True when `utf8` is in a text string of the PDF: cairo writes ASCII-only strings
// as they are, others in hexadecimal.
bool HasText(const std::string& pdf, const std::string& utf8) {
  return pdf.find("(" + utf8 + ")") != std::string::npos ||
         pdf.find(PdfHexDigits(utf8)) != std::string::npos;
}

FunnelCounts Counts(long long targeted, long long sent, long long opened, long long clicked,
                    long long submitted, long long reported, long long scanners = 0) {
  return {targeted, sent, opened, clicked, submitted, reported, scanners};
}

awareness::QuarterlyReportInput Structure() {
  awareness::QuarterlyReportInput in;
  in.scope_name = "EHPAD Les Tilleuls";
  in.quarter_label = "T4 2026";
  in.generated_at = 1799150400;  // 2027-01-05
  in.campaigns = {{"Colis d’octobre", "Avis de passage : colis non livré", "simple", 1, 1791100800,
                   1792310400, Counts(48, 46, 21, 9, 0, 6, 12)},
                  {"Planning de nuit", "Modification du planning de nuit", "advanced", 2,
                   1794000000, 1795200000, Counts(48, 47, 25, 11, 4, 8, 5)},
                  {"Essai accueil", "Mise à jour du dossier de soins", "simple", 3, 1796000000, 0,
                   Counts(3, 3, 1, 1, 0, 0)}};
  in.total = Counts(99, 96, 47, 21, 4, 14, 17);
  in.trend = {{"T1 2026", Counts(40, 40, 20, 12, 0, 2)},
              {"T2 2026", Counts(0, 0, 0, 0, 0, 0)},
              {"T3 2026", Counts(45, 44, 20, 8, 1, 5)},
              {"T4 2026", in.total}};
  in.by_site = {{"Site du Parc", Counts(60, 58, 30, 17, 3, 6)},
                {"Site du Lac", Counts(36, 35, 16, 4, 1, 8)},
                {"Annexe", Counts(3, 3, 1, 0, 0, 0)}};
  in.by_department = {{"Soins", Counts(50, 49, 25, 14, 2, 5)},
                      {"Administration", Counts(20, 20, 10, 3, 1, 6)},
                      {"Cuisine", Counts(29, 27, 12, 4, 1, 3)}};
  in.repeat_clickers = 3;
  return in;
}

TEST(RenderQuarterlyAwarenessReport, StructureReportIsAPdfOfAFewPages) {
  const std::string pdf = RenderQuarterlyAwarenessReport(Structure());
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
  EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  EXPECT_NE(pdf.find("/FontFile2"), std::string::npos);  // embedded TrueType subsets
  const auto pages = PageCount(pdf);
  EXPECT_GE(pages, 6u);
  EXPECT_LE(pages, 12u);
  // The scope and quarter in the title, the chapters in the outline.
  EXPECT_TRUE(HasText(pdf, "Sensibilisation à l’hameçonnage"));
  EXPECT_TRUE(HasText(pdf, "— EHPAD Les Tilleuls — T4 2026"));
  EXPECT_TRUE(HasText(pdf, "1 L’essentiel du trimestre"));
  EXPECT_TRUE(HasText(pdf, "5.2 Par service"));
  EXPECT_FALSE(HasText(pdf, "5.3 Par structure"));
}

TEST(RenderQuarterlyAwarenessReport, PortfolioAddsTheStructures) {
  auto in = Structure();
  in.portfolio = true;
  in.scope_name = "Centre régional de ressources cyber";
  in.by_structure = {{"EHPAD Les Tilleuls", Counts(99, 96, 47, 21, 4, 14)},
                     {"IME Les Sources", Counts(4, 4, 2, 2, 0, 0)},
                     {"FAM Le Verger", Counts(30, 30, 12, 3, 0, 9)}};
  const std::string pdf = RenderQuarterlyAwarenessReport(in);
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
  EXPECT_GE(PageCount(pdf), 6u);
  EXPECT_LE(PageCount(pdf), 14u);
  EXPECT_TRUE(HasText(pdf, "5.3 Par structure"));
}

TEST(RenderQuarterlyAwarenessReport, AQuarterWithoutCampaignSaysSoWithoutEmptyCharts) {
  awareness::QuarterlyReportInput none;
  none.scope_name = "Foyer <Les Pins> & \"Cie\"";
  none.quarter_label = "T1 2027";
  none.trend = {{"T4 2026", Counts(99, 96, 47, 21, 4, 14)}, {"T1 2027", {}}};
  const std::string pdf = RenderQuarterlyAwarenessReport(none);
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
  // Cover, the summary saying so with the past quarters, recommendations and method.
  EXPECT_EQ(PageCount(pdf), 3u);
  EXPECT_TRUE(HasText(pdf, "2 Évolution sur les derniers trimestres"));
  EXPECT_FALSE(HasText(pdf, "Du message reçu au signalement"));
  EXPECT_FALSE(HasText(pdf, "Résultats par groupe"));
  EXPECT_TRUE(HasText(pdf, "3 Recommandations"));
  EXPECT_EQ(PageCount(RenderQuarterlyAwarenessReport({})), 3u);
}

TEST(RenderQuarterlyAwarenessReport, TinyGroupsAndAbsurdCountsRender) {
  auto in = Structure();
  in.total = Counts(4, 4, 9, -2, 7, 1);  // fewer than 5 people: no rates at all
  in.campaigns.resize(1);
  in.campaigns[0].counts = in.total;
  in.campaigns[0].difficulty = 42;
  in.by_site = {{"Seul site", Counts(4, 4, 1, 1, 0, 0)}};
  in.by_department = {{std::string(500, 'x'), Counts(2, 2, 0, 0, 0, 0)},
                      {"", Counts(2, 2, 2, 2, 2, 2)}};
  in.trend.assign(12, {"T?", Counts(10, 10, 5, 3, 1, 2)});
  const std::string pdf = RenderQuarterlyAwarenessReport(in);
  EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u);
  EXPECT_GE(PageCount(pdf), 4u);
}

}  // namespace
}  // namespace vigie::pdf
