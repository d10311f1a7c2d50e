#include "charts/line_chart.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace vigie::charts {
namespace {

LineChart Rates() {
  return LineChart{
      .categories = {"T1 2026", "T2 2026", "T3 2026", "T4 2026"},
      .series = {{.label = "Taux de clic",
                  .values = {0.32, 0.24, std::nullopt, 0.12},
                  .value_texts = {"32 %", "24 %", "", "12 %"}},
                 {.label = "Taux de signalement", .values = {0.05, 0.08, std::nullopt, 0.2}}},
      .max_value = 0.4,
      .ticks = {0.1, 0.2, 0.3, 0.4},
      .tick_texts = {"10 %", "20 %", "30 %", "40 %"}};
}

TEST(LineChartSvg, DrawsLinesMarkersAndTextAsGlyphs) {
  const auto svg = LineChartSvg(Rates(), 480, 220);
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("viewBox=\"0 0 480 220\""), std::string::npos);
  EXPECT_NE(svg.find("<use xlink:href=\"#glyph"), std::string::npos);
  EXPECT_EQ(svg.find("<text"), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);  // the second series
  LineChart other = Rates();
  other.series[0].values[0] = 0.1;
  EXPECT_NE(LineChartSvg(other, 480, 220).size(), 0u);
}

TEST(LineChartSvg, CopesWithNothingAndWithAbsurdValues) {
  EXPECT_NE(LineChartSvg({}, 100, 50).find("<svg"), std::string::npos);
  LineChart odd{.categories = {std::string(300, 'x'), ""},
                .series = {{.label = "", .values = {-3.0, std::nan("")}, .value_texts = {"a"}},
                           {.label = "Seule", .values = {}}},
                .max_value = 0,
                .ticks = {-1, 5},
                .tick_texts = {}};
  EXPECT_NE(LineChartSvg(odd, 60, 20).find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace vigie::charts
