// Line charts over categories (rates per quarter), with a legend, guides and values.

#include "charts/line_chart.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "charts/chart_text.hpp"
#include "charts/palette.hpp"
#include "charts/svg_output.hpp"

namespace vigie::charts {
namespace {

namespace pal = palette;

constexpr unsigned kSeriesColors[] = {pal::kPriority2, pal::kSuccess, pal::kAccent,
                                      pal::kPriority4};

unsigned SeriesColor(const LineChart& chart, std::size_t s) {
  return chart.series[s].color.value_or(kSeriesColors[s % std::size(kSeriesColors)]);
}

std::optional<double> ValueAt(const LineSeries& series, std::size_t i) {
  if (i >= series.values.size() || !series.values[i] || !std::isfinite(*series.values[i])) {
    return std::nullopt;
  }
  return series.values[i];
}

// Series s's marker, centred on (x, y): circle, square, diamond, triangle.
void Marker(cairo_t* cr, std::size_t s, double x, double y, double r) {
  cairo_new_path(cr);  // text drawing leaves a current point an arc would join
  switch (s % 4) {
    case 0:
      cairo_arc(cr, x, y, r, 0, 2 * std::numbers::pi);
      break;
    case 1:
      cairo_rectangle(cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case 2:
      cairo_move_to(cr, x, y - r * 1.3);
      cairo_line_to(cr, x + r * 1.3, y);
      cairo_line_to(cr, x, y + r * 1.3);
      cairo_line_to(cr, x - r * 1.3, y);
      cairo_close_path(cr);
      break;
    default:
      cairo_move_to(cr, x, y - r * 1.3);
      cairo_line_to(cr, x + r * 1.2, y + r);
      cairo_line_to(cr, x - r * 1.2, y + r);
      cairo_close_path(cr);
      break;
  }
  cairo_fill(cr);
}

void LineStyle(cairo_t* cr, std::size_t s, double fs) {
  cairo_set_line_width(cr, fs * 0.2);
  if (s % 2 == 1) {
    const double dash[] = {fs * 0.6, fs * 0.35};
    cairo_set_dash(cr, dash, 2, 0);
  } else {
    cairo_set_dash(cr, nullptr, 0, 0);
  }
}

// The legend on one line (more when it does not fit); returns its height.
double DrawLegend(cairo_t* cr, const Rect& area, const LineChart& chart, double fs) {
  double x = area.x;
  double y = area.y;
  const double line_h = fs * 1.7;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    auto layout = detail::MakeLayout(cr, chart.series[s].label, {.size = fs});
    double w = 0;
    double h = 0;
    detail::LayoutSize(layout.get(), &w, &h);
    const double item_w = fs * 3 + w + fs * 1.5;
    if (x > area.x && x + item_w > area.x + area.width) {
      x = area.x;
      y += line_h;
    }
    detail::SetColor(cr, SeriesColor(chart, s));
    LineStyle(cr, s, fs);
    cairo_move_to(cr, x, y + h / 2);
    cairo_line_to(cr, x + fs * 2.4, y + h / 2);
    cairo_stroke(cr);
    Marker(cr, s, x + fs * 1.2, y + h / 2, fs * 0.3);
    detail::SetColor(cr, pal::kInk);
    detail::ShowLayout(cr, layout.get(), x + fs * 3, y);
    x += item_w;
  }
  cairo_set_dash(cr, nullptr, 0, 0);
  return chart.series.empty() ? 0 : y - area.y + line_h;
}

}  // namespace

void DrawLineChart(cairo_t* cr, const Rect& area, const LineChart& chart, double font_size) {
  cairo_save(cr);
  const double fs = font_size;
  const double top = area.y + DrawLegend(cr, area, chart, fs) + fs * 0.8;
  const double max_value = chart.max_value > 0 ? chart.max_value : 1;
  const double axis_w = fs * 4;
  const double label_h = fs * 2.8;  // category labels, up to two lines
  const double plot_x = area.x + axis_w;
  const double plot_w = std::max(10.0, area.width - axis_w);
  const double plot_h = std::max(10.0, area.y + area.height - label_h - top);
  const double bottom = top + plot_h;
  auto y_of = [&](double v) { return bottom - plot_h * std::clamp(v / max_value, 0.0, 1.0); };
  // Guides with their numbers, then the baseline.
  for (std::size_t t = 0; t < chart.ticks.size(); ++t) {
    const double y = y_of(chart.ticks[t]);
    detail::SetColor(cr, pal::kGrid);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, plot_x, y);
    cairo_line_to(cr, plot_x + plot_w, y);
    cairo_stroke(cr);
    const std::string text =
        t < chart.tick_texts.size() ? chart.tick_texts[t] : detail::OneDecimal(chart.ticks[t]);
    auto layout = detail::MakeLayout(
        cr, text, {.size = fs * 0.85, .width = axis_w - fs * 0.5, .align = PANGO_ALIGN_RIGHT});
    double w = 0;
    double h = 0;
    detail::LayoutSize(layout.get(), &w, &h);
    detail::SetColor(cr, pal::kMuted);
    detail::ShowLayout(cr, layout.get(), area.x, y - h / 2);
  }
  detail::SetColor(cr, pal::kMuted);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, plot_x, bottom);
  cairo_line_to(cr, plot_x + plot_w, bottom);
  cairo_stroke(cr);
  const std::size_t n = chart.categories.size();
  if (n == 0) {
    cairo_restore(cr);
    return;
  }
  const double step = plot_w / static_cast<double>(n);
  auto x_of = [&](std::size_t i) { return plot_x + step * (static_cast<double>(i) + 0.5); };
  for (std::size_t i = 0; i < n; ++i) {
    auto layout = detail::MakeLayout(
        cr, chart.categories[i], {.size = fs * 0.9, .width = step, .align = PANGO_ALIGN_CENTER});
    pango_layout_set_height(layout.get(), -2);
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    detail::SetColor(cr, pal::kInk);
    detail::ShowLayout(cr, layout.get(), x_of(i) - step / 2, bottom + fs * 0.4);
  }
  // Lines (interrupted at missing values), then markers and values over them.
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const LineSeries& series = chart.series[s];
    detail::SetColor(cr, SeriesColor(chart, s));
    LineStyle(cr, s, fs);
    bool drawing = false;
    for (std::size_t i = 0; i < n; ++i) {
      const auto v = ValueAt(series, i);
      if (!v) {
        drawing = false;
        continue;
      }
      if (drawing) {
        cairo_line_to(cr, x_of(i), y_of(*v));
      } else {
        cairo_move_to(cr, x_of(i), y_of(*v));
      }
      drawing = true;
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const auto v = ValueAt(chart.series[s], i);
      if (!v) continue;
      detail::SetColor(cr, SeriesColor(chart, s));
      Marker(cr, s, x_of(i), y_of(*v), fs * 0.35);
      const auto& texts = chart.series[s].value_texts;
      if (i >= texts.size() || texts[i].empty()) continue;
      // The value above its point when it is the highest here, below otherwise, so two
      // series close together do not write over each other.
      bool highest = true;
      for (std::size_t o = 0; o < chart.series.size(); ++o) {
        const auto other = ValueAt(chart.series[o], i);
        if (o != s && other && (*other > *v || (*other == *v && o < s))) highest = false;
      }
      auto layout =
          detail::MakeLayout(cr, texts[i], {.size = fs * 0.9, .weight = detail::Weight::kBold});
      double w = 0;
      double h = 0;
      detail::LayoutSize(layout.get(), &w, &h);
      const double y = highest ? y_of(*v) - fs * 0.6 - h : y_of(*v) + fs * 0.6;
      detail::ShowLayout(cr, layout.get(), x_of(i) - w / 2,
                         std::max(area.y, std::min(y, bottom - h)));
    }
  }
  cairo_restore(cr);
}

std::string LineChartSvg(const LineChart& chart, double width, double height, double font_size) {
  return detail::RenderSvg(width, height, [&](cairo_t* cr) {
    DrawLineChart(cr, {0, 0, width, height}, chart, font_size);
  });
}

}  // namespace vigie::charts
