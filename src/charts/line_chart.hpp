#pragma once
// A line chart over categories (e.g. rates per quarter), drawn with the same cairo and
// pango code as the other charts, onto a cairo context or into an SVG document. The
// contract of charts.hpp holds: any input draws without failing (no category, no
// series, missing or out-of-range values, long labels); text is plain UTF-8. Series
// differ by colour, marker (circle, square, diamond, triangle) and dash, so they stay
// apart in grey print. This header exposes only standard types.

#include <optional>
#include <string>
#include <vector>

#include "charts/charts.hpp"

namespace vigie::charts {

struct LineSeries {
  std::string label;  // in the legend
  // One per category; nullopt (or a missing entry) draws no point, and the line is
  // interrupted there rather than joining its neighbours.
  std::vector<std::optional<double>> values{};
  // Written next to each point ("18 %"); a missing or empty entry writes nothing.
  std::vector<std::string> value_texts{};
  std::optional<unsigned> color{};  // 0xRRGGBB; default: the palette's series order
};

struct LineChart {
  std::vector<std::string> categories{};  // along the horizontal axis, in order
  std::vector<LineSeries> series{};
  double max_value = 1;         // top of the vertical scale (from 0); values are clamped
  std::vector<double> ticks{};  // horizontal guides, e.g. {0.1, 0.2, 0.3}
  // One per tick ("10 %"); a missing entry writes the value with a decimal comma.
  std::vector<std::string> tick_texts{};
};

void DrawLineChart(cairo_t* cr, const Rect& area, const LineChart& chart, double font_size = 8.5);
std::string LineChartSvg(const LineChart& chart, double width, double height,
                         double font_size = 8.5);

}  // namespace vigie::charts
