#include "pdf/figures.hpp"

#include <algorithm>

#include "pdf/report_words.hpp"
#include "pdf/text_layout.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;
using detail::DrawFitted;

struct CoverLine {
  std::string label;
  std::string value;
};

}  // namespace

DrawFunction CoverFigure(const report::ReportModel& model, const PageSpec& page) {
  return [&model, page](cairo_t* cr, double x, double y, double width, double height) {
    auto context = detail::MakeContext();
    // A teal band from the top edge of the page.
    const double band = y + 210;
    detail::SetColor(cr, pal::kAccent);
    cairo_rectangle(cr, 0, 0, page.width, band);
    cairo_fill(cr);
    const TextStyle white{.size = 10, .color = 0xFFFFFF};
    DrawFitted(
        cr, context.get(),
        {Span{"Vigie · " + (model.centre_name.empty() ? std::string("Centre de ressources cyber")
                                                      : model.centre_name)}},
        white, x, y, width, 30, 8);
    TextStyle title = white;
    title.size = 25;
    title.bold = true;
    title.line_spacing = 1.0;
    DrawFitted(cr, context.get(),
               {Span{"Diagnostic de maturité de la sécurité du système d'information"}}, title, x,
               y + 40, width, 100, 16);
    TextStyle subtitle = white;
    subtitle.size = 14;
    DrawFitted(cr, context.get(), {Span{"Rapport complet"}}, subtitle, x, band - 40, width, 24, 10);

    double cursor = band + 36;
    cursor += DrawFitted(
        cr, context.get(),
        {Span{model.structure_name.empty() ? "Structure non renseignée" : model.structure_name}},
        {.size = 22, .bold = true, .line_spacing = 1.0}, x, cursor, width, 90, 14);
    cursor += 6;
    const std::string identity =
        Join({model.category, model.finess.empty() ? "" : "FINESS " + model.finess}, " · ");
    cursor += DrawFitted(cr, context.get(), {Span{identity}}, {.size = 12, .color = pal::kMuted}, x,
                         cursor, width, 40, 9);
    cursor += 28;
    const std::vector<CoverLine> lines = {
        {"Date de l'entretien : ", model.interview_date},
        {"Diagnostic validé le : ", model.locked_date},
        {"Consultant : ", model.consultant},
        {"Centre : ", model.centre_name},
        {"Référentiel : ", model.referential},
        {"Document produit le : ", model.generated_at},
    };
    for (const auto& line : lines) {
      if (line.value.empty()) continue;
      cursor += DrawFitted(cr, context.get(), {Span{line.label, true}, Span{line.value}},
                           {.size = 11}, x, cursor, width, 60, 8) +
                7;
    }
    // The confidentiality notice at the bottom of the body.
    const double box_h = 64;
    const double box_y = y + height - box_h;
    detail::SetColor(cr, pal::kAccentLight);
    cairo_rectangle(cr, x, box_y, width, box_h);
    cairo_fill(cr);
    DrawFitted(cr, context.get(),
               {Span{"Document confidentiel. ", true},
                Span{"Il décrit des faiblesses de sécurité : sa diffusion est restreinte à la "
                     "direction de la "
                     "structure, aux personnes qu'elle désigne et au centre de ressources."}},
               {.size = 9.5}, x + 10, box_y + 10, width - 20, box_h - 20, 7);
  };
}

DrawFunction ScoreBoxFigure(const std::optional<double>& global, const std::string& caption) {
  return [global, caption](cairo_t* cr, double x, double y, double width, double height) {
    auto context = detail::MakeContext();
    detail::SetColor(cr, pal::kAccentLight);
    cairo_rectangle(cr, x, y, width, height);
    cairo_fill(cr);
    const double pad = 12;
    const std::string number = GlobalText(global);
    DrawFitted(cr, context.get(), {Span{number}}, {.size = 30, .bold = true, .color = pal::kAccent},
               x + pad, y + pad, width * 0.34, height - 2 * pad - 14, 14);
    DrawFitted(cr, context.get(), {Span{caption}}, {.size = 9.5}, x + width * 0.38, y + pad,
               width * 0.62 - pad, height - 2 * pad - 14, 7);
    // The gauge: 0 to 100, filled up to the score.
    const double gauge_y = y + height - pad - 8;
    const double gauge_w = width - 2 * pad;
    detail::SetColor(cr, 0xFFFFFF);
    cairo_rectangle(cr, x + pad, gauge_y, gauge_w, 8);
    cairo_fill(cr);
    if (global) {
      detail::SetColor(cr, pal::kAccent);
      cairo_rectangle(cr, x + pad, gauge_y, gauge_w * std::clamp(*global, 0.0, 100.0) / 100.0, 8);
      cairo_fill(cr);
    }
    detail::SetColor(cr, pal::kMuted);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, x + pad, gauge_y, gauge_w, 8);
    cairo_stroke(cr);
  };
}

std::vector<charts::RadarAxis> RadarAxes(const report::ReportModel& model) {
  std::vector<charts::RadarAxis> axes;
  for (const auto& domain : model.domains) axes.push_back({domain.title, domain.score});
  return axes;
}

std::vector<charts::Bar> DomainBars(const report::ReportModel& model) {
  std::vector<charts::Bar> bars;
  for (const auto& domain : model.domains) {
    charts::Bar bar{domain.title, domain.score, domain.score ? "" : "non évalué", std::nullopt};
    if (domain.score) bar.color = pal::kLevel[std::clamp(domain.level, 0, 5)];
    bars.push_back(std::move(bar));
  }
  return bars;
}

charts::StackedBars PlanByPriority(const report::ReportModel& model) {
  charts::StackedBars chart{
      .rows = {},
      .series = {"À faire", "En cours", "Fait", "Abandonné"},
      .series_colors = {pal::kPriority1, pal::kPriority2, pal::kSuccess, pal::kMuted},
      .counts = {}};
  const char* statuses[] = {"todo", "doing", "done", "abandoned"};
  for (int p = 1; p <= 4; ++p) {
    chart.rows.push_back(PriorityName(p));
    std::vector<int> counts(4, 0);
    for (const auto& row : model.plan) {
      if (std::clamp(row.priority, 1, 4) != p) continue;
      const auto* status = std::find(std::begin(statuses), std::end(statuses), row.status);
      ++counts[status == std::end(statuses)
                   ? 0
                   : static_cast<std::size_t>(status - std::begin(statuses))];
    }
    chart.counts.push_back(counts);
  }
  return chart;
}

}  // namespace vigie::pdf
