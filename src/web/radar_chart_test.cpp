#include "web/radar_chart.hpp"

#include <gtest/gtest.h>

namespace vigie::web {
namespace {

TEST(RadarChart, DrawsOnePointPerAxisAndEscapesLabels) {
  const auto svg = RadarSvg({{"Gouvernance & pilotage", 5.0}, {"Réseau", 2.5}, {"Sauvegardes", std::nullopt}}, 400);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("Gouvernance &amp; pilotage"), std::string::npos);
  EXPECT_NE(svg.find("Sauvegardes (non évalué)"), std::string::npos);
  // The score polygon: first axis at full radius straight up (x = center, y = center - radius).
  EXPECT_NE(svg.find("<polygon points=\"320.0,68.0 "), std::string::npos) << svg;
}

}  // namespace
}  // namespace vigie::web
