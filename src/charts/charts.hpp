#pragma once
// Charts of the deliverables, drawn once with cairo and pango for every medium: onto a
// cairo context (the PDF documents) or into an SVG document (the web pages, where the
// text becomes glyph paths, so the file needs no font and passes a strict CSP). Text
// is set in Noto Sans. This header exposes only standard types.
//
// Contract for every function: any input is drawn without failing (no axes, no bars,
// missing scores, labels of any length); text is plain UTF-8, never markup. Not
// thread-safe across threads sharing one cairo context; independent calls may run in
// parallel (pango's default font map is per thread).

#include <optional>
#include <string>
#include <vector>

// cairo's own struct tag, forward-declared so this header does not need cairo.h: the
// reserved spelling is the library's, not ours, and must match it.
// NOLINTNEXTLINE(bugprone-reserved-identifier)
typedef struct _cairo cairo_t;

namespace vigie::charts {

// A rectangle in the target's user units (points for the PDF, pixels for SVG).
struct Rect {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

// One axis of a radar: a domain and its score from 0 to 5. nullopt means "not
// evaluated": the axis is dashed, the label reads "non évalué" in grey italics and
// the score polygon skips it rather than pretending the score is 0.
struct RadarAxis {
  std::string label;
  std::optional<double> value;
};

struct RadarOptions {
  double font_size = 8.5;   // label size
  bool show_values = true;  // "2,4 / 5" under each label
  double label_width = 0;   // wrapping width of a label; 0 = about a fifth of the width
};

void DrawRadar(cairo_t* cr, const Rect& area, const std::vector<RadarAxis>& axes,
               const RadarOptions& options = {});
std::string RadarSvg(const std::vector<RadarAxis>& axes, double width, double height,
                     const RadarOptions& options = {});

// A horizontal bar chart: one bar per row, the label on the left (wrapped), the value
// written after the bar. `value_text` is shown as given (already French: "2,4",
// "12"); when empty the value is written with a decimal comma. Bars without a value
// draw no bar and show `value_text` (e.g. "non évalué").
struct Bar {
  std::string label;
  std::optional<double> value;
  std::string value_text;
  std::optional<unsigned> color;  // 0xRRGGBB; default: the chart colour
};

struct BarChartOptions {
  double max_value = 5;  // the scale's end; values above it are clamped
  double font_size = 8.5;
  double label_share = 0.38;    // share of the width given to labels
  std::vector<double> ticks{};  // vertical guides with their number, e.g. {1,2,3,4,5}
};

void DrawBarChart(cairo_t* cr, const Rect& area, const std::vector<Bar>& bars,
                  const BarChartOptions& options = {});
std::string BarChartSvg(const std::vector<Bar>& bars, double width, double height,
                        const BarChartOptions& options = {});

// Stacked horizontal bars: counts split by series (e.g. actions per priority split by
// status), with a legend. counts[row][series]; missing cells count as 0.
struct StackedBars {
  std::vector<std::string> rows{};
  std::vector<std::string> series{};
  std::vector<unsigned> series_colors{};  // 0xRRGGBB per series; default palette if short
  std::vector<std::vector<int>> counts{};
};

void DrawStackedBars(cairo_t* cr, const Rect& area, const StackedBars& chart,
                     double font_size = 8.5);
std::string StackedBarsSvg(const StackedBars& chart, double width, double height,
                           double font_size = 8.5);

// The natural height of a bar chart with `rows` bars at this font size, for layouts
// that size the chart to its content.
double BarChartHeight(std::size_t rows, double font_size);

}  // namespace vigie::charts
