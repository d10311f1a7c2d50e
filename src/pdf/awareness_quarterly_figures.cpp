#include "pdf/awareness_quarterly_figures.hpp"

#include <algorithm>
#include <cmath>

#include "core/french_format.hpp"
#include "pdf/text_layout.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;
using awareness::FunnelCounts;
using awareness::RatesOf;
using detail::DrawFitted;

constexpr std::size_t kTrendQuarters = 8;

// One key rate: its colour, its name, what the number counts and what it means for a
// reader without IT knowledge.
struct KeyRate {
  unsigned color;
  const char* title;
  const char* what;  // follows the number: "26 % des messages…"
  const char* meaning;
};

constexpr KeyRate kOpened{pal::kPriority4, "Ouverture", "des messages envoyés ont été ouverts",
                          "Ouvrir un message est sans danger : ce chiffre montre surtout que le "
                          "message a paru crédible. C’est un minimum, car certaines messageries "
                          "masquent l’ouverture."};
constexpr KeyRate kClicked{pal::kPriority2, "Clic",
                           "des messages ont conduit à un clic sur le lien piégé",
                           "Dans une vraie attaque, ce clic peut suffire à installer un "
                           "programme malveillant ou à mener vers une fausse page : c’est le "
                           "chiffre à faire baisser."};
constexpr KeyRate kSubmitted{pal::kPriority1, "Saisie d’identifiants",
                             "des messages ont conduit à taper un identifiant et un mot de passe "
                             "sur une fausse page de connexion",
                             "C’est le geste le plus risqué : un pirate aurait obtenu un accès. "
                             "Seules les campagnes avancées ont une telle page."};
constexpr KeyRate kReported{pal::kSuccess, "Signalement",
                            "des messages ont été signalés comme suspects",
                            "C’est le bon réflexe : plus ce chiffre est élevé, plus vite une "
                            "vraie attaque serait repérée et les collègues prévenus."};

// "des messages envoyés ont été ouverts (51 sur 101). Ouvrir un message…"
std::string KeyRateText(const KeyRate& rate, long long count, long long sent) {
  return std::string(rate.what) + " (" + CountText(count) + "\u00A0sur " + CountText(sent) + "). " +
         rate.meaning;
}

void DrawKeyRate(cairo_t* cr, PangoContext* context, const KeyRate& rate, const std::string& number,
                 const std::string& detail_text, double x, double y, double w, double h) {
  detail::SetColor(cr, pal::kAccentLight);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
  detail::SetColor(cr, rate.color);
  cairo_rectangle(cr, x, y, 5, h);
  cairo_fill(cr);
  const double pad = 12;
  double cursor = y + pad;
  cursor += DrawFitted(cr, context, {Span{rate.title}},
                       {.size = 10, .bold = true, .color = pal::kInk, .line_spacing = 1.0}, x + pad,
                       cursor, w - 2 * pad, 16, 8);
  cursor += DrawFitted(cr, context, {Span{number}},
                       {.size = 30, .bold = true, .color = rate.color, .line_spacing = 1.0},
                       x + pad, cursor + 2, w - 2 * pad, 40, 16) +
            4;
  DrawFitted(cr, context, {Span{detail_text}}, {.size = 8.5, .line_spacing = 1.1}, x + pad, cursor,
             w - 2 * pad, y + h - pad - cursor, 6.5);
}

}  // namespace

std::string PercentText(double rate) { return core::FormatPercent(rate); }
std::string CountText(long long count) { return core::FormatInteger(count); }

std::string Counted(long long count, const std::string& singular, const std::string& plural) {
  return CountText(count) + " " + (count > 1 ? plural : singular);
}

std::string PeriodText(long long started_at, long long ended_at) {
  if (started_at <= 0) return "";
  if (ended_at <= 0) return "depuis le " + core::FormatDate(started_at);
  return core::FormatDate(started_at) + " – " + core::FormatDate(ended_at);
}

double RateScaleTop(double highest) {
  return std::clamp(std::ceil((highest + 0.05) * 10) / 10, 0.2, 1.0);
}

bool SubmissionNotMeasured(const awareness::QuarterlyReportInput& input) {
  return input.total.submitted <= 0 &&
         std::none_of(input.campaigns.begin(), input.campaigns.end(),
                      [](const awareness::CampaignSummary& c) { return c.kind == "advanced"; });
}

DrawFunction QuarterlyCoverFigure(const awareness::QuarterlyReportInput& input,
                                  const PageSpec& page) {
  return [input, page](cairo_t* cr, double x, double y, double width, double height) {
    auto context = detail::MakeContext();
    const double band = y + 210;
    detail::SetColor(cr, pal::kAccent);
    cairo_rectangle(cr, 0, 0, page.width, band);
    cairo_fill(cr);
    const TextStyle white{.size = 10, .color = 0xFFFFFF};
    DrawFitted(cr, context.get(), {Span{"Vigie · Sensibilisation des professionnels"}}, white, x, y,
               width, 30, 8);
    DrawFitted(cr, context.get(), {Span{"Sensibilisation à l’hameçonnage — rapport trimestriel"}},
               {.size = 25, .bold = true, .color = 0xFFFFFF, .line_spacing = 1.0}, x, y + 40, width,
               100, 16);
    DrawFitted(cr, context.get(), {Span{input.quarter_label}}, {.size = 14, .color = 0xFFFFFF}, x,
               band - 40, width, 24, 10);
    double cursor = band + 36;
    cursor +=
        DrawFitted(cr, context.get(),
                   {Span{input.scope_name.empty() ? "Structure non renseignée" : input.scope_name}},
                   {.size = 22, .bold = true, .line_spacing = 1.0}, x, cursor, width, 90, 14);
    cursor += 6;
    cursor +=
        DrawFitted(cr, context.get(),
                   {Span{input.portfolio ? "Ensemble des structures accompagnées par le centre"
                                         : "Résultats de la structure"}},
                   {.size = 12, .color = pal::kMuted}, x, cursor, width, 40, 9);
    cursor += 28;
    const std::vector<std::pair<std::string, std::string>> lines = {
        {"Trimestre : ", input.quarter_label},
        {"Campagnes menées : ",
         input.campaigns.empty() ? "aucune" : std::to_string(input.campaigns.size())},
        {"Personnes visées : ",
         input.total.targeted > 0 ? CountText(input.total.targeted) : std::string()},
        {"Document produit le : ",
         input.generated_at > 0 ? core::FormatDate(input.generated_at) : ""},
    };
    for (const auto& [label, value] : lines) {
      if (value.empty()) continue;
      cursor += DrawFitted(cr, context.get(), {Span{label, true}, Span{value}}, {.size = 11}, x,
                           cursor, width, 60, 8) +
                7;
    }
    const double box_h = 64;
    const double box_y = y + height - box_h;
    detail::SetColor(cr, pal::kAccentLight);
    cairo_rectangle(cr, x, box_y, width, box_h);
    cairo_fill(cr);
    DrawFitted(cr, context.get(),
               {Span{"Document confidentiel. ", true},
                Span{"Il ne contient aucun nom : les résultats sont présentés par groupe, sans "
                     "permettre de reconnaître une personne. Sa diffusion est restreinte " +
                     std::string(input.portfolio ? "au centre de ressources."
                                                 : "à la direction de la structure, aux "
                                                   "personnes qu’elle désigne et au centre de "
                                                   "ressources.")}},
               {.size = 9.5}, x + 10, box_y + 10, width - 20, box_h - 20, 7);
  };
}

DrawFunction KeyRatesFigure(const awareness::QuarterlyReportInput& input) {
  const FunnelCounts total = input.total;
  const bool no_submission = SubmissionNotMeasured(input);
  return [total, no_submission](cairo_t* cr, double x, double y, double width, double height) {
    auto context = detail::MakeContext();
    const auto rates = RatesOf(total);
    const double gap = 10;
    const double w = (width - gap) / 2;
    const double h = (height - gap) / 2;
    DrawKeyRate(cr, context.get(), kOpened, PercentText(rates.opened),
                KeyRateText(kOpened, total.opened, total.sent), x, y, w, h);
    DrawKeyRate(cr, context.get(), kClicked, PercentText(rates.clicked),
                KeyRateText(kClicked, total.clicked, total.sent), x + w + gap, y, w, h);
    DrawKeyRate(cr, context.get(), kSubmitted,
                no_submission ? "non mesuré" : PercentText(rates.submitted),
                no_submission ? "Aucune campagne avancée, avec une fausse page de connexion, n’a "
                                "eu lieu ce trimestre : ce taux n’est pas mesuré."
                              : KeyRateText(kSubmitted, total.submitted, total.sent),
                x, y + h + gap, w, h);
    DrawKeyRate(cr, context.get(), kReported, PercentText(rates.reported),
                KeyRateText(kReported, total.reported, total.sent), x + w + gap, y + h + gap, w, h);
  };
}

std::vector<charts::Bar> FunnelBars(const FunnelCounts& counts) {
  const double sent = static_cast<double>(std::max(0LL, counts.sent));
  auto bar = [&](const char* label, long long value, unsigned color) {
    const double rate = sent > 0 ? static_cast<double>(std::max(0LL, value)) / sent : 0;
    return charts::Bar{label, static_cast<double>(std::max(0LL, value)),
                       CountText(value) + " · " + PercentText(std::min(rate, 1.0)), color};
  };
  return {charts::Bar{"Messages envoyés", sent, CountText(counts.sent), pal::kAccent},
          bar("Messages ouverts", counts.opened, pal::kPriority4),
          bar("Liens cliqués", counts.clicked, pal::kPriority2),
          bar("Identifiants saisis", counts.submitted, pal::kPriority1),
          bar("Messages signalés", counts.reported, pal::kSuccess)};
}

charts::LineChart TrendChart(const std::vector<awareness::QuarterPoint>& trend) {
  charts::LineChart chart;
  chart.series = {{.label = "Taux de clic", .color = pal::kPriority2},
                  {.label = "Taux de signalement", .color = pal::kSuccess}};
  const std::size_t first = trend.size() > kTrendQuarters ? trend.size() - kTrendQuarters : 0;
  double highest = 0;
  for (std::size_t i = first; i < trend.size(); ++i) {
    chart.categories.push_back(trend[i].label);
    const auto rates = RatesOf(trend[i].counts);
    const bool shown = awareness::HasFiguresToShow(trend[i].counts);
    for (auto [series, rate] : {std::pair{&chart.series[0], rates.clicked},
                                std::pair{&chart.series[1], rates.reported}}) {
      series->values.push_back(shown ? std::optional<double>(rate) : std::nullopt);
      series->value_texts.push_back(shown ? PercentText(rate) : "");
      if (shown) highest = std::max(highest, rate);
    }
  }
  chart.max_value = RateScaleTop(highest);
  const int step = chart.max_value > 0.5 ? 20 : 10;  // in points
  for (int points = step; points <= std::lround(chart.max_value * 100); points += step) {
    chart.ticks.push_back(points / 100.0);
    chart.tick_texts.push_back(PercentText(points / 100.0));
  }
  return chart;
}

std::vector<charts::Bar> SegmentClickBars(const std::vector<awareness::SegmentFunnel>& segments,
                                          const std::vector<awareness::SegmentMask>& masks) {
  std::vector<charts::Bar> bars;
  for (std::size_t i = 0; i < segments.size() && i < masks.size(); ++i) {
    if (masks[i] != awareness::SegmentMask::kShown || segments[i].counts.sent <= 0) continue;
    const double rate = RatesOf(segments[i].counts).clicked;
    bars.push_back({segments[i].label, rate, PercentText(rate), pal::kPriority2});
  }
  if (bars.size() < 2) bars.clear();
  return bars;
}

}  // namespace vigie::pdf
