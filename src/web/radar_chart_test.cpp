#include "web/radar_chart.hpp"

#include <gtest/gtest.h>

#include "web/qr_code.hpp"

namespace vigie::web {
namespace {

// How the chart is drawn (glyph paths, dashed axes) is tested in src/charts; here,
// what the web wrapper adds.

TEST(RadarChart, TheScoresShapeTheDrawing) {
  const auto low = RadarSvg({{"A", 1.0}, {"B", 1.0}, {"C", 1.0}}, 300);
  const auto high = RadarSvg({{"A", 4.0}, {"B", 1.0}, {"C", 1.0}}, 300);
  EXPECT_NE(low.substr(low.find("<path style=\"fill-rule")),
            high.substr(high.find("<path style=\"fill-rule")));
}

TEST(RadarChart, FitsInADataUri) {
  const auto uri =
      SvgDataUri(RadarSvg({{"Gouvernance", 3.0}, {"Réseau", 2.0}, {"Sauvegardes", 1.0}}));
  EXPECT_EQ(uri.rfind("data:image/svg+xml,", 0), 0u);
  EXPECT_EQ(uri.find('#'), std::string::npos);  // '#' would end the URI early
}

}  // namespace
}  // namespace vigie::web
