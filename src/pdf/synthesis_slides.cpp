// The slides of the managerial synthesis (layout contract in synthesis_slides.hpp).

#include "pdf/synthesis_slides.hpp"

#include <algorithm>
#include <array>

#include "charts/charts.hpp"
#include "pdf/figures.hpp"
#include "pdf/report_words.hpp"
#include "pdf/text_layout.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;
using detail::DrawFitted;

constexpr double kLeft = 40;
constexpr double kTop = 88;
constexpr double kWidth = kSlideWidth - 2 * kLeft;
constexpr double kBottom = kSlideHeight - 44;

void Box(cairo_t* cr, double x, double y, double w, double h, unsigned rgb) {
  detail::SetColor(cr, rgb);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
}

// What the roadmap and the effort overview count: open plan rows when there is a
// plan, otherwise the recommended measures.
struct RoadmapItem {
  std::string title;
  int priority = 4;
  std::string horizon;
};

std::vector<RoadmapItem> RoadmapItems(const report::ReportModel& model) {
  std::vector<RoadmapItem> items;
  for (const auto& row : model.plan) {
    if (row.status == "done" || row.status == "abandoned") continue;
    items.push_back({row.title, row.priority, row.horizon});
  }
  if (model.plan.empty()) {
    for (const auto& m : model.measures) items.push_back({m.title, m.priority, m.horizon});
  }
  return items;
}

}  // namespace

void DrawScoreSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model) {
  const double column = 350;
  DrawFitted(cr, context, {Span{"Score global de maturité"}}, {.size = 16, .color = pal::kMuted},
             kLeft, kTop, column, 24, 12);
  DrawFitted(cr, context, {Span{GlobalText(model.global)}},
             {.size = 54, .bold = true, .color = pal::kAccent, .line_spacing = 1.0}, kLeft,
             kTop + 26, column, 74, 24);
  Box(cr, kLeft, kTop + 108, column, 12, pal::kAccentLight);
  if (model.global) {
    Box(cr, kLeft, kTop + 108, column * std::clamp(*model.global, 0.0, 100.0) / 100.0, 12,
        pal::kAccent);
  }
  double y = kTop + 146;
  DrawFitted(cr, context, {Span{"Points forts"}}, {.size = 20, .bold = true}, kLeft, y, column, 28,
             14);
  y += 34;
  if (model.strengths.empty()) {
    DrawFitted(cr, context, {Span{"Aucun domaine ne se distingue encore."}},
               {.size = 16, .color = pal::kMuted}, kLeft, y, column, 60, 11);
  }
  const std::size_t shown = std::min<std::size_t>(model.strengths.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) {
    const double room = (kBottom - y) / static_cast<double>(shown - i);
    Box(cr, kLeft, y + 6, 8, 8, pal::kSuccess);
    y += DrawFitted(cr, context, {Span{model.strengths[i]}}, {.size = 17, .line_spacing = 1.0},
                    kLeft + 18, y, column - 18, std::min(room - 8, 66.0), 11) +
         10;
  }
  charts::DrawRadar(cr, {kLeft + column + 20, kTop - 6, kWidth - column - 20, kBottom - kTop + 6},
                    RadarAxes(model), {.font_size = 10.5, .label_width = 125});
}

void DrawPrioritiesSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model) {
  const auto top = report::TopMeasures(model);
  if (top.empty()) {
    DrawFitted(cr, context,
               {Span{"Aucune mesure n'a été déclenchée par les réponses du diagnostic."}},
               {.size = 20, .color = pal::kMuted}, kLeft, kTop, kWidth, 60, 12);
    return;
  }
  const double gap = 14;
  const double card_w = (kWidth - gap) / 2;
  const double card_h = (kBottom - kTop - 2 * gap) / 3;
  for (std::size_t i = 0; i < top.size(); ++i) {
    const auto& m = *top[i];
    // Reading order is down the first column, then the second: 1-2-3 | 4-5-6.
    const std::size_t column = i / 3;
    const std::size_t row = i % 3;
    const double x = kLeft + static_cast<double>(column) * (card_w + gap);
    const double y = kTop + static_cast<double>(row) * (card_h + gap);
    Box(cr, x, y, card_w, card_h, 0xF2F5F7);
    Box(cr, x, y, 44, card_h, pal::PriorityColor(m.priority));
    DrawFitted(
        cr, context, {Span{std::to_string(i + 1)}},
        {.size = 24, .bold = true, .color = 0xFFFFFF, .align = Align::kCenter, .line_spacing = 1.0},
        x, y + 10, 44, 34, 14);
    DrawFitted(cr, context, {Span{PriorityText(m.priority)}},
               {.size = 12, .bold = true, .color = 0xFFFFFF, .align = Align::kCenter}, x,
               y + card_h - 26, 44, 18, 9);
    const double tx = x + 56;
    const double tw = card_w - 66;
    const double title_h =
        DrawFitted(cr, context, {Span{m.title}}, {.size = 16, .bold = true, .line_spacing = 1.0},
                   tx, y + 8, tw, 44, 11);
    const std::string sentence = !m.reason.empty() ? m.reason : FirstSentence(m.why, 180);
    const double facts_h = 18;
    DrawFitted(cr, context, {Span{sentence}}, {.size = 13, .line_spacing = 1.0}, tx,
               y + 12 + title_h, tw, std::max(0.0, card_h - title_h - facts_h - 22), 9.5);
    DrawFitted(
        cr, context,
        {Span{Join({m.horizon, m.effort.empty() ? "" : "effort " + m.effort, m.cost}, " · ")}},
        {.size = 11, .color = pal::kMuted}, tx, y + card_h - facts_h - 6, tw, facts_h, 8);
  }
}

void DrawRoadmapSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model) {
  const auto items = RoadmapItems(model);
  const double gap = 14;
  const double col_w = (kWidth - 3 * gap) / kQuarterCount;
  const unsigned colors[kQuarterCount] = {pal::kPriority1, pal::kPriority2, pal::kAccent,
                                          pal::kPriority4};
  for (int q = 0; q < kQuarterCount; ++q) {
    const double x = kLeft + q * (col_w + gap);
    Box(cr, x, kTop, col_w, 40, colors[q]);
    DrawFitted(cr, context, {Span{QuarterTitle(q)}},
               {.size = 14, .bold = true, .color = 0xFFFFFF, .line_spacing = 1.0}, x + 8, kTop + 4,
               col_w - 16, 34, 9);
    std::vector<const RoadmapItem*> column;
    for (const auto& item : items) {
      if (QuarterIndex(item.horizon, item.priority) == q) column.push_back(&item);
    }
    double y = kTop + 50;
    const double more_h = 20;
    std::size_t shown = 0;
    for (const auto* item : column) {
      const double need = detail::TextHeight(context, {Span{item->title}},
                                             {.size = 12.5, .line_spacing = 1.0}, col_w - 16);
      const bool last = shown + 1 == column.size();
      if (y + need + (last ? 0 : more_h) > kBottom) break;
      Box(cr, x, y + 4, 5, 5, colors[q]);
      y += DrawFitted(cr, context, {Span{item->title}}, {.size = 12.5, .line_spacing = 1.0}, x + 12,
                      y, col_w - 16, need, 12.5) +
           7;
      ++shown;
    }
    if (column.empty()) {
      DrawFitted(cr, context, {Span{"Aucune action"}},
                 {.size = 12.5, .italic = true, .color = pal::kMuted}, x + 12, y, col_w - 16,
                 more_h, 9);
    } else if (shown < column.size()) {
      const std::size_t rest = column.size() - shown;
      DrawFitted(
          cr, context,
          {Span{"+ " + std::to_string(rest) + (rest > 1 ? " autres actions" : " autre action")}},
          {.size = 12.5, .bold = true, .color = pal::kMuted}, x + 12, y, col_w - 16, more_h, 9);
    }
  }
}

void DrawEffortSlide(cairo_t* cr, PangoContext* context, const report::ReportModel& model) {
  const double column = 400;
  const std::array<std::string, 5> efforts = {"XS", "S", "M", "L", "XL"};
  const std::array<std::string, 4> costs = {"Sans coût", "€", "€€", "€€€"};
  std::array<int, 5> effort_counts{};
  std::array<int, 4> cost_counts{};
  for (const auto& m : model.measures) {
    const auto e = std::find(efforts.begin(), efforts.end(), m.effort);
    if (e != efforts.end()) ++effort_counts[static_cast<std::size_t>(e - efforts.begin())];
    const auto c = std::find(costs.begin(), costs.end(), m.cost);
    if (c != costs.end()) ++cost_counts[static_cast<std::size_t>(c - costs.begin())];
  }
  const int max_count = std::max({1, *std::max_element(effort_counts.begin(), effort_counts.end()),
                                  *std::max_element(cost_counts.begin(), cost_counts.end())});
  auto chart = [&](const std::string& title, const auto& labels, const auto& counts, double y,
                   double h) {
    DrawFitted(cr, context, {Span{title}}, {.size = 16, .bold = true}, kLeft, y, column, 24, 11);
    std::vector<charts::Bar> bars;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      bars.push_back(
          {labels[i], static_cast<double>(counts[i]), std::to_string(counts[i]), pal::kAccent});
    }
    charts::DrawBarChart(
        cr, {kLeft, y + 28, column, h - 28}, bars,
        {.max_value = static_cast<double>(max_count), .font_size = 12, .label_share = 0.25});
  };
  const double half = (kBottom - kTop) / 2;
  chart("Effort des mesures (" + std::to_string(model.measures.size()) + ")", efforts,
        effort_counts, kTop, half - 8);
  chart("Coût estimé", costs, cost_counts, kTop + half, half - 8);

  const double x = kLeft + column + 40;
  const double w = kWidth - column - 40;
  Box(cr, x - 20, kTop, 3, kBottom - kTop, pal::kAccentLight);
  DrawFitted(cr, context, {Span{"Prochaines étapes avec le centre"}},
             {.size = 20, .bold = true, .color = pal::kAccent}, x, kTop, w, 30, 14);
  double y = kTop + 40;
  if (model.next_steps.empty()) {
    DrawFitted(cr, context,
               {Span{"Les prochaines étapes seront convenues avec le centre de ressources."}},
               {.size = 16, .color = pal::kMuted}, x, y, w, 60, 11);
    return;
  }
  for (std::size_t i = 0; i < model.next_steps.size() && y < kBottom - 20; ++i) {
    const double room = (kBottom - y) / static_cast<double>(model.next_steps.size() - i);
    DrawFitted(cr, context, {Span{std::to_string(i + 1) + "."}},
               {.size = 15, .bold = true, .color = pal::kAccent}, x, y, 24, 22, 10);
    y += DrawFitted(cr, context, {Span{model.next_steps[i]}}, {.size = 15, .line_spacing = 1.05},
                    x + 26, y, w - 26, room - 10, 10) +
         12;
  }
}

}  // namespace vigie::pdf
