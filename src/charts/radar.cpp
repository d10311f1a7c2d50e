// The radar of domain scores (0–5), for the PDF and the web.

#include <algorithm>
#include <cmath>
#include <numbers>

#include "charts/chart_text.hpp"
#include "charts/charts.hpp"
#include "charts/palette.hpp"
#include "charts/svg_output.hpp"

namespace vigie::charts {
namespace {

using detail::LayoutPtr;
namespace pal = palette;

constexpr double kMaxScore = 5.0;
constexpr double kLabelGap = 6.0;

struct Label {
  LayoutPtr layout;
  double width = 0;
  double height = 0;
};

// "Title\n2,4 / 5" with the value in bold, or "Title\nnon évalué" in grey italics.
Label MakeLabel(cairo_t* cr, const RadarAxis& axis, const RadarOptions& options, double width,
                PangoAlignment align) {
  std::string text = axis.label;
  std::string second;
  if (!axis.value) {
    second = "non évalué";
  } else if (options.show_values) {
    second = detail::OneDecimal(std::clamp(*axis.value, 0.0, kMaxScore)) + "\u00A0/\u00A05";
  }
  const auto first_end = static_cast<unsigned>(text.size());
  if (!second.empty()) text += "\n" + second;
  detail::TextSpec spec{.size = options.font_size, .width = width, .align = align};
  Label label{detail::MakeLayout(cr, text, spec)};
  PangoAttrList* attrs = pango_attr_list_new();
  PangoAttribute* attr = axis.value ? pango_attr_weight_new(PANGO_WEIGHT_BOLD)
                                    : pango_attr_style_new(PANGO_STYLE_ITALIC);
  attr->start_index = axis.value ? first_end + 1 : 0;
  attr->end_index = static_cast<unsigned>(text.size());
  pango_attr_list_insert(attrs, attr);
  pango_layout_set_attributes(label.layout.get(), attrs);
  pango_attr_list_unref(attrs);
  detail::LayoutSize(label.layout.get(), &label.width, &label.height);
  return label;
}

struct LabelBox {
  std::size_t axis = 0;
  int side = 0;  // -1 left, 0 centred (top or bottom), 1 right
  double x = 0;
  double y = 0;
  double height = 0;
};

// Labels on one side that would overlap are pushed apart vertically (down, then back
// up if the last one leaves the area); centred labels stay where they are.
void SpreadLabels(std::vector<LabelBox>& boxes, const Rect& area) {
  constexpr double kSpacing = 2;
  for (int side : {-1, 1}) {
    std::vector<LabelBox*> column;
    for (auto& box : boxes) {
      if (box.side == side) column.push_back(&box);
    }
    std::sort(column.begin(), column.end(),
              [](const LabelBox* a, const LabelBox* b) { return a->y < b->y; });
    for (std::size_t k = 1; k < column.size(); ++k) {
      column[k]->y = std::max(column[k]->y, column[k - 1]->y + column[k - 1]->height + kSpacing);
    }
    const double bottom = area.y + area.height;
    for (std::size_t k = column.size(); k-- > 0;) {
      const double limit = k + 1 < column.size() ? column[k + 1]->y - kSpacing : bottom;
      column[k]->y = std::min(column[k]->y, limit - column[k]->height);
    }
  }
}

double Angle(std::size_t i, std::size_t n) {
  return -std::numbers::pi / 2 +
         2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
}

void DrawGrid(cairo_t* cr, double cx, double cy, double radius, const std::vector<RadarAxis>& axes,
              double font_size) {
  const std::size_t n = axes.size();
  cairo_set_line_width(cr, 0.75);
  detail::SetColor(cr, pal::kGrid);
  for (int ring = 1; ring <= 5; ++ring) {
    const double r = radius * ring / kMaxScore;
    if (n < 3) {
      cairo_new_sub_path(cr);
      cairo_arc(cr, cx, cy, r, 0, 2 * std::numbers::pi);
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        const double a = Angle(i, n);
        if (i == 0) {
          cairo_move_to(cr, cx + r * std::cos(a), cy + r * std::sin(a));
        } else {
          cairo_line_to(cr, cx + r * std::cos(a), cy + r * std::sin(a));
        }
      }
      cairo_close_path(cr);
    }
  }
  cairo_stroke(cr);
  for (std::size_t i = 0; i < n; ++i) {
    const double a = Angle(i, n);
    const bool evaluated = axes[i].value.has_value();
    detail::SetColor(cr, evaluated ? pal::kGrid : pal::kMuted);
    const double dash[] = {3.0, 3.0};
    cairo_set_dash(cr, dash, evaluated ? 0 : 2, 0);
    cairo_move_to(cr, cx, cy);
    cairo_line_to(cr, cx + radius * std::cos(a), cy + radius * std::sin(a));
    cairo_stroke(cr);
  }
  cairo_set_dash(cr, nullptr, 0, 0);
  // Ring numbers along the first axis, small and grey: the scale is 0–5.
  detail::SetColor(cr, pal::kMuted);
  for (int ring = 1; ring <= 5; ++ring) {
    auto layout = detail::MakeLayout(cr, std::to_string(ring), {.size = font_size * 0.8});
    double w = 0;
    double h = 0;
    detail::LayoutSize(layout.get(), &w, &h);
    detail::ShowLayout(cr, layout.get(), cx + 2, cy - radius * ring / kMaxScore - h / 2);
  }
}

void DrawScores(cairo_t* cr, double cx, double cy, double radius,
                const std::vector<RadarAxis>& axes) {
  std::vector<std::pair<double, double>> points;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    if (!axes[i].value) continue;  // skipped, not drawn at 0: "not evaluated" is not "0"
    const double r = radius * std::clamp(*axes[i].value, 0.0, kMaxScore) / kMaxScore;
    const double a = Angle(i, axes.size());
    points.emplace_back(cx + r * std::cos(a), cy + r * std::sin(a));
  }
  if (points.size() >= 2) {
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (i == 0) {
        cairo_move_to(cr, points[i].first, points[i].second);
      } else {
        cairo_line_to(cr, points[i].first, points[i].second);
      }
    }
    if (points.size() >= 3) {
      cairo_close_path(cr);
      detail::SetColor(cr, pal::kAccent, 0.22);
      cairo_fill_preserve(cr);
    }
    detail::SetColor(cr, pal::kAccent);
    cairo_set_line_width(cr, 2);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
  }
  detail::SetColor(cr, pal::kAccent);
  for (const auto& [x, y] : points) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x, y, 2.6, 0, 2 * std::numbers::pi);
  }
  cairo_fill(cr);
}

}  // namespace

void DrawRadar(cairo_t* cr, const Rect& area, const std::vector<RadarAxis>& axes,
               const RadarOptions& options) {
  cairo_save(cr);
  const double cx = area.x + area.width / 2;
  const double cy = area.y + area.height / 2;
  if (axes.empty()) {
    auto layout = detail::MakeLayout(
        cr, "Aucun domaine à afficher",
        {.size = options.font_size, .width = area.width, .align = PANGO_ALIGN_CENTER});
    detail::SetColor(cr, pal::kMuted);
    detail::ShowLayout(cr, layout.get(), area.x, cy - options.font_size);
    cairo_restore(cr);
    return;
  }
  const std::size_t n = axes.size();
  const double label_width =
      options.label_width > 0 ? options.label_width : std::max(60.0, area.width * 0.2);
  std::vector<Label> labels;
  double tallest = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double c = std::cos(Angle(i, n));
    const PangoAlignment align = c > 0.1    ? PANGO_ALIGN_LEFT
                                 : c < -0.1 ? PANGO_ALIGN_RIGHT
                                            : PANGO_ALIGN_CENTER;
    labels.push_back(MakeLabel(cr, axes[i], options, label_width, align));
    tallest = std::max(tallest, labels.back().height);
  }
  const double radius = std::max(20.0, std::min(area.width / 2 - label_width - kLabelGap,
                                                area.height / 2 - tallest - kLabelGap));
  DrawGrid(cr, cx, cy, radius, axes, options.font_size);
  DrawScores(cr, cx, cy, radius, axes);
  std::vector<LabelBox> boxes;
  for (std::size_t i = 0; i < n; ++i) {
    const double a = Angle(i, n);
    const double px = cx + (radius + kLabelGap) * std::cos(a);
    const double py = cy + (radius + kLabelGap) * std::sin(a);
    // The box grows away from the chart: right of the point on the right side, left of
    // it on the left, centred only straight up or down; vertically it slides from
    // above the point (top) to below it (bottom).
    const double c = std::cos(a);
    const int side = c > 0.1 ? 1 : c < -0.1 ? -1 : 0;
    const double x = side > 0 ? px : side < 0 ? px - label_width : px - label_width / 2;
    const double y = py - labels[i].height / 2 + std::sin(a) * labels[i].height / 2;
    boxes.push_back({i, side, x, y, labels[i].height});
  }
  SpreadLabels(boxes, area);
  for (const LabelBox& box : boxes) {
    detail::SetColor(cr, axes[box.axis].value ? pal::kInk : pal::kMuted);
    detail::ShowLayout(cr, labels[box.axis].layout.get(), box.x, box.y);
  }
  cairo_restore(cr);
}

std::string RadarSvg(const std::vector<RadarAxis>& axes, double width, double height,
                     const RadarOptions& options) {
  return detail::RenderSvg(width, height, [&](cairo_t* cr) {
    DrawRadar(cr, {0, 0, width, height}, axes, options);
  });
}

}  // namespace vigie::charts
