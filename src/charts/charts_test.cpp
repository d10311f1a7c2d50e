#include "charts/charts.hpp"

#include <gtest/gtest.h>

#include <string>

namespace vigie::charts {
namespace {

std::size_t Count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1))
    ++n;
  return n;
}

std::string WithoutSurfaceId(std::string svg) {
  const auto at = svg.find("id=\"surface");
  if (at != std::string::npos) svg.erase(at, svg.find('"', at + 4) - at);
  return svg;
}

TEST(RadarSvg, IsAnSvgDocumentOfTheRequestedSizeWithTextAsGlyphs) {
  const auto svg =
      RadarSvg({{"Gouvernance & pilotage", 4.0}, {"Réseau", 2.5}, {"Sauvegardes", 1.0}}, 640, 400);
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("width=\"640px\""), std::string::npos) << svg.substr(0, 400);
  EXPECT_NE(svg.find("height=\"400px\""), std::string::npos);
  EXPECT_NE(svg.find("viewBox=\"0 0 640 400\""), std::string::npos);
  EXPECT_GT(Count(svg, "<use xlink:href=\"#glyph"), 20u);  // the labels, as glyph paths
  EXPECT_EQ(svg.find("<text"), std::string::npos);         // nothing depends on a font
  EXPECT_EQ(svg.find("<script"), std::string::npos);
}

TEST(RadarSvg, DrawsUnevaluatedAxesDashedAndScoresChangeTheDrawing) {
  const auto all = RadarSvg({{"A", 3.0}, {"B", 3.0}, {"C", 3.0}}, 300, 300);
  const auto missing = RadarSvg({{"A", 3.0}, {"B", std::nullopt}, {"C", 3.0}}, 300, 300);
  EXPECT_EQ(all.find("stroke-dasharray"), std::string::npos);
  EXPECT_NE(missing.find("stroke-dasharray"), std::string::npos);
  EXPECT_NE(RadarSvg({{"A", 1.0}, {"B", 3.0}, {"C", 3.0}}, 300, 300), all);
  // Deterministic but for cairo's running surface number.
  EXPECT_EQ(WithoutSurfaceId(RadarSvg({{"A", 3.0}, {"B", 3.0}, {"C", 3.0}}, 300, 300)),
            WithoutSurfaceId(all));
}

TEST(RadarSvg, CopesWithNoAxesOneAxisAndOverlongLabels) {
  EXPECT_NE(RadarSvg({}, 200, 200).find("<svg"), std::string::npos);
  EXPECT_NE(RadarSvg({{"Seul", 2.0}}, 200, 200).find("<svg"), std::string::npos);
  const std::string url = "https://exemple.fr/" + std::string(300, 'x');
  EXPECT_NE(RadarSvg({{url, 9.0}, {"", -1.0}, {"B", std::nullopt}}, 200, 200).find("<svg"),
            std::string::npos);
}

TEST(BarChartSvg, DrawsBarsAndValues) {
  const auto svg =
      BarChartSvg({{"Sauvegardes", 2.4, "", {}}, {"Réseau", std::nullopt, "non évalué", {}}}, 500,
                  120, {.ticks = {1, 2, 3, 4, 5}});
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_GT(Count(svg, "<use xlink:href=\"#glyph"), 10u);
  EXPECT_NE(BarChartSvg({}, 100, 50).find("<svg"), std::string::npos);
  EXPECT_GT(BarChartHeight(15, 8.5), BarChartHeight(4, 8.5));
}

TEST(StackedBarsSvg, DrawsEveryRowEvenWithMissingCounts) {
  StackedBars chart{
      .rows = {"P1", "P2"}, .series = {"À faire", "En cours", "Fait"}, .counts = {{3, 1, 2}, {0}}};
  EXPECT_NE(StackedBarsSvg(chart, 400, 120).find("<svg"), std::string::npos);
  EXPECT_NE(StackedBarsSvg({}, 100, 50).find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace vigie::charts
