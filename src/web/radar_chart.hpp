#pragma once
// The radar of domain scores on the restitution page, as SVG (an <img> with a text
// alternative; the numbers are also in the table beside it). Scores are 0–5; a
// domain without a score is drawn at 0 and its label marked "(non évalué)".

#include <optional>
#include <string>
#include <vector>

namespace vigie::web {

struct RadarAxis {
  std::string label;
  std::optional<double> value;  // 0–5
};

std::string RadarSvg(const std::vector<RadarAxis>& axes, int size = 560);

}  // namespace vigie::web
