#pragma once
// The radar of domain scores on the restitution page, as SVG (an <img> with a text
// alternative; the numbers are also in the table beside it). Scores are 0–5; a
// domain without a score has a dashed axis, its label reads "non évalué" and the
// score polygon skips it. Drawn by vigie_charts, the same code as the PDF's radar;
// the text is made of glyph paths, so the SVG needs no font under the page's CSP.

#include <optional>
#include <string>
#include <vector>

namespace vigie::web {

struct RadarAxis {
  std::string label;
  std::optional<double> value;  // 0–5
};

// An SVG document `size` * 1.6 wide and `size` high (labels need room on both sides).
std::string RadarSvg(const std::vector<RadarAxis>& axes, int size = 560);

}  // namespace vigie::web
