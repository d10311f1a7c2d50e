// Stacked horizontal bars: counts per row split by series, with a legend.

#include <algorithm>
#include <numeric>
#include <string>

#include "charts/chart_text.hpp"
#include "charts/charts.hpp"
#include "charts/palette.hpp"
#include "charts/svg_output.hpp"

namespace vigie::charts {
namespace {

namespace pal = palette;

constexpr unsigned kDefaultSeries[] = {pal::kPriority1, pal::kPriority2, pal::kAccent,
                                       pal::kPriority4, pal::kSuccess,   pal::kInk};

unsigned SeriesColor(const StackedBars& chart, std::size_t s) {
  if (s < chart.series_colors.size()) return chart.series_colors[s];
  return kDefaultSeries[s % std::size(kDefaultSeries)];
}

int Count(const StackedBars& chart, std::size_t row, std::size_t s) {
  if (row >= chart.counts.size() || s >= chart.counts[row].size()) return 0;
  return std::max(0, chart.counts[row][s]);
}

// The legend on one line (or more when it does not fit); returns its height.
double DrawLegend(cairo_t* cr, const Rect& area, const StackedBars& chart, double fs) {
  double x = area.x;
  double y = area.y;
  double line_h = fs * 1.6;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    auto layout = detail::MakeLayout(cr, chart.series[s], {.size = fs});
    double w = 0;
    double h = 0;
    detail::LayoutSize(layout.get(), &w, &h);
    const double item_w = fs * 1.4 + w + fs * 1.2;
    if (x > area.x && x + item_w > area.x + area.width) {
      x = area.x;
      y += line_h;
    }
    detail::SetColor(cr, SeriesColor(chart, s));
    cairo_rectangle(cr, x, y + (h - fs) / 2, fs, fs);
    cairo_fill(cr);
    detail::SetColor(cr, pal::kInk);
    detail::ShowLayout(cr, layout.get(), x + fs * 1.4, y);
    x += item_w;
  }
  return chart.series.empty() ? 0 : y - area.y + line_h;
}

}  // namespace

void DrawStackedBars(cairo_t* cr, const Rect& area, const StackedBars& chart, double font_size) {
  cairo_save(cr);
  const double fs = font_size;
  const double legend_h = DrawLegend(cr, area, chart, fs);
  const std::size_t n = chart.rows.size();
  int max_total = 1;
  for (std::size_t r = 0; r < n; ++r) {
    int total = 0;
    for (std::size_t s = 0; s < chart.series.size(); ++s) total += Count(chart, r, s);
    max_total = std::max(max_total, total);
  }
  const double label_w = area.width * 0.3;
  const double bar_x = area.x + label_w + fs * 0.6;
  const double bar_w = std::max(10.0, area.x + area.width - fs * 4 - bar_x);
  const double top = area.y + legend_h + fs * 0.4;
  const double pitch =
      n == 0 ? 0 : std::min(fs * 2.6, (area.y + area.height - top) / static_cast<double>(n));
  const double thickness = std::min(pitch * 0.66, fs * 2);
  for (std::size_t r = 0; r < n; ++r) {
    const double mid = top + pitch * (static_cast<double>(r) + 0.5);
    auto label = detail::MakeLayout(cr, chart.rows[r],
                                    {.size = fs, .width = label_w, .align = PANGO_ALIGN_RIGHT});
    pango_layout_set_height(label.get(), -2);
    pango_layout_set_ellipsize(label.get(), PANGO_ELLIPSIZE_END);
    double w = 0;
    double h = 0;
    detail::LayoutSize(label.get(), &w, &h);
    detail::SetColor(cr, pal::kInk);
    detail::ShowLayout(cr, label.get(), area.x, mid - h / 2);
    double x = bar_x;
    int total = 0;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const int count = Count(chart, r, s);
      if (count == 0) continue;
      total += count;
      const double seg = bar_w * count / max_total;
      detail::SetColor(cr, SeriesColor(chart, s));
      cairo_rectangle(cr, x, mid - thickness / 2, seg, thickness);
      cairo_fill(cr);
      auto number = detail::MakeLayout(cr, std::to_string(count),
                                       {.size = fs * 0.9, .weight = detail::Weight::kBold});
      detail::LayoutSize(number.get(), &w, &h);
      if (w + fs * 0.4 < seg) {  // the count inside its segment only when it fits
        cairo_set_source_rgb(cr, 1, 1, 1);
        detail::ShowLayout(cr, number.get(), x + (seg - w) / 2, mid - h / 2);
      }
      x += seg;
    }
    auto sum = detail::MakeLayout(cr, std::to_string(total),
                                  {.size = fs, .weight = detail::Weight::kBold});
    detail::LayoutSize(sum.get(), &w, &h);
    detail::SetColor(cr, pal::kInk);
    detail::ShowLayout(cr, sum.get(), x + fs * 0.4, mid - h / 2);
  }
  cairo_restore(cr);
}

std::string StackedBarsSvg(const StackedBars& chart, double width, double height,
                           double font_size) {
  return detail::RenderSvg(width, height, [&](cairo_t* cr) {
    DrawStackedBars(cr, {0, 0, width, height}, chart, font_size);
  });
}

}  // namespace vigie::charts
