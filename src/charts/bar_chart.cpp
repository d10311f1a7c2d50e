// Horizontal bar charts (scores per domain, counts per priority, effort, cost).

#include <algorithm>
#include <cmath>
#include <string>

#include "charts/chart_text.hpp"
#include "charts/charts.hpp"
#include "charts/palette.hpp"
#include "charts/svg_output.hpp"

namespace vigie::charts {
namespace {

namespace pal = palette;

// Row pitch for a label of at most two lines plus breathing room.
double NaturalPitch(double font_size) { return font_size * 2.9; }
double AxisHeight(double font_size) { return font_size * 1.8; }

// A label of at most two lines, ellipsized after that: rows keep a fixed pitch.
detail::LayoutPtr RowLabel(cairo_t* cr, const std::string& text, double font_size, double width) {
  auto layout =
      detail::MakeLayout(cr, text, {.size = font_size, .width = width, .align = PANGO_ALIGN_RIGHT});
  pango_layout_set_height(layout.get(), -2);
  pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  return layout;
}

std::string TickText(double tick) {
  const double rounded = std::round(tick);
  return std::abs(tick - rounded) < 1e-9 ? std::to_string(static_cast<long long>(rounded))
                                         : detail::OneDecimal(tick);
}

}  // namespace

double BarChartHeight(std::size_t rows, double font_size) {
  return static_cast<double>(rows) * NaturalPitch(font_size) + AxisHeight(font_size);
}

void DrawBarChart(cairo_t* cr, const Rect& area, const std::vector<Bar>& bars,
                  const BarChartOptions& options) {
  cairo_save(cr);
  const double fs = options.font_size;
  const double max_value = options.max_value > 0 ? options.max_value : 1;
  const double label_w = area.width * std::clamp(options.label_share, 0.1, 0.7);
  const double value_w = fs * 5;
  const double bar_x = area.x + label_w + fs * 0.6;
  const double bar_w = std::max(10.0, area.x + area.width - value_w - bar_x);
  const double axis_h = options.ticks.empty() ? 0 : AxisHeight(fs);
  const double pitch =
      bars.empty()
          ? 0
          : std::min(NaturalPitch(fs), (area.height - axis_h) / static_cast<double>(bars.size()));
  const double plot_h = pitch * static_cast<double>(bars.size());
  // Guides first, under the bars.
  for (double tick : options.ticks) {
    const double x = bar_x + bar_w * std::clamp(tick / max_value, 0.0, 1.0);
    detail::SetColor(cr, pal::kGrid);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, x, area.y);
    cairo_line_to(cr, x, area.y + plot_h);
    cairo_stroke(cr);
    auto layout = detail::MakeLayout(cr, TickText(tick), {.size = fs * 0.85});
    double w = 0;
    double h = 0;
    detail::LayoutSize(layout.get(), &w, &h);
    detail::SetColor(cr, pal::kMuted);
    detail::ShowLayout(cr, layout.get(), x - w / 2, area.y + plot_h + fs * 0.3);
  }
  const double thickness = std::min(pitch * 0.62, fs * 1.9);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const double row_y = area.y + pitch * static_cast<double>(i);
    const double mid = row_y + pitch / 2;
    auto label = RowLabel(cr, bar.label, fs, label_w);
    double w = 0;
    double h = 0;
    detail::LayoutSize(label.get(), &w, &h);
    detail::SetColor(cr, pal::kInk);
    detail::ShowLayout(cr, label.get(), area.x, mid - h / 2);
    double end = bar_x;
    if (bar.value) {
      end = bar_x + bar_w * std::clamp(*bar.value / max_value, 0.0, 1.0);
      detail::SetColor(cr, bar.color.value_or(pal::kAccent));
      cairo_rectangle(cr, bar_x, mid - thickness / 2, std::max(end - bar_x, 1.0), thickness);
      cairo_fill(cr);
    }
    const std::string text = !bar.value_text.empty() ? bar.value_text
                             : bar.value             ? detail::OneDecimal(*bar.value)
                                                     : "–";
    auto value =
        detail::MakeLayout(cr, text,
                           {.size = fs,
                            .weight = bar.value ? detail::Weight::kBold : detail::Weight::kRegular,
                            .slant = bar.value ? detail::Slant::kRoman : detail::Slant::kItalic});
    detail::LayoutSize(value.get(), &w, &h);
    detail::SetColor(cr, bar.value ? pal::kInk : pal::kMuted);
    detail::ShowLayout(cr, value.get(), end + fs * 0.4, mid - h / 2);
  }
  // The baseline of the bars.
  detail::SetColor(cr, pal::kMuted);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, bar_x, area.y);
  cairo_line_to(cr, bar_x, area.y + plot_h);
  cairo_stroke(cr);
  cairo_restore(cr);
}

std::string BarChartSvg(const std::vector<Bar>& bars, double width, double height,
                        const BarChartOptions& options) {
  return detail::RenderSvg(width, height, [&](cairo_t* cr) {
    DrawBarChart(cr, {0, 0, width, height}, bars, options);
  });
}

}  // namespace vigie::charts
