// The quarterly phishing-simulation report: its chapters as blocks for the layout
// engine, with the full report's typography and page furniture. Figures come from the
// input only; the recommendations and the method note from the awareness module.

#include <algorithm>

#include "awareness/quarterly_report.hpp"
#include "pdf/awareness_quarterly_figures.hpp"
#include "pdf/awareness_quarterly_tables.hpp"
#include "pdf/block_helpers.hpp"
#include "pdf/layout_engine.hpp"
#include "pdf/page_furniture.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/render.hpp"

namespace vigie::pdf {
namespace {

using awareness::QuarterlyReportInput;

constexpr const char* kTitle = "Sensibilisation à l’hameçonnage — rapport trimestriel";
constexpr const char* kPortfolioConfidentiality =
    "Document confidentiel — diffusion restreinte au centre de ressources";

// A chapter that follows the previous one on the same page when there is room.
Heading Continued(const std::string& number, const std::string& text) {
  Heading heading = Chapter(number, text);
  heading.new_page = false;
  return heading;
}

std::string Intro(const QuarterlyReportInput& in) {
  const std::string scope =
      in.portfolio ? "l’ensemble des structures accompagnées par le centre (" + in.scope_name + ")"
                   : in.scope_name;
  return "Ce rapport présente les résultats des simulations d’hameçonnage menées au trimestre " +
         in.quarter_label + " pour " + scope + " : " +
         Counted(static_cast<long long>(in.campaigns.size()), "campagne", "campagnes") + ", " +
         Counted(in.total.targeted, "personne visée", "personnes visées") + " et " +
         Counted(in.total.sent, "message envoyé", "messages envoyés") +
         ". Ces faux messages, sans danger, servent à apprendre à reconnaître les vrais ; aucun "
         "nom n’apparaît dans ce document.";
}

// `recommendations`: the number of the recommendations chapter, referred to here.
void AddSummary(const QuarterlyReportInput& in, const std::string& recommendations,
                std::vector<Block>& out) {
  out.push_back(Chapter("1", "L’essentiel du trimestre"));
  if (in.total.sent <= 0) {
    out.push_back(
        Callout({Span{"Aucune campagne ce trimestre. ", true},
                 Span{"Aucun message de simulation n’a été envoyé au cours du trimestre " +
                      in.quarter_label +
                      " : ce rapport ne contient donc ni parcours des messages, ni résultats par "
                      "campagne ou par groupe. L’évolution des trimestres précédents suit, et les "
                      "recommandations du chapitre " +
                      recommendations + " indiquent comment reprendre."}}));
    return;
  }
  out.push_back(Body(Intro(in)));
  if (!awareness::HasFiguresToShow(in.total)) {
    out.push_back(Callout({Span{"Moins de 5 personnes visées. ", true},
                           Span{"Pour qu’aucun résultat individuel ne puisse être deviné, les "
                                "taux de ce trimestre ne sont pas détaillés."}}));
    return;
  }
  out.push_back(Lead("Les quatre chiffres clés"));
  out.push_back(Figure{.height = kKeyRatesHeight, .draw = KeyRatesFigure(in), .space_after = 12});
  if (const auto* before = awareness::PreviousQuarter(in)) {
    const auto now = awareness::RatesOf(in.total);
    const auto then = awareness::RatesOf(before->counts);
    out.push_back(Body("Par rapport au trimestre précédent (" + before->label +
                       "), le taux de clic passe de " + PercentText(then.clicked) + " à " +
                       PercentText(now.clicked) + " et le taux de signalement de " +
                       PercentText(then.reported) + " à " + PercentText(now.reported) + "."));
  }
  out.push_back(
      Body("Un bon résultat, c’est peu de clics et beaucoup de signalements. Les recommandations "
           "du chapitre " +
           recommendations + " indiquent par quoi commencer."));
}

void AddFunnel(const QuarterlyReportInput& in, const std::string& number, std::vector<Block>& out) {
  out.push_back(Chapter(number, "Du message reçu au signalement"));
  out.push_back(
      Body("Le graphique suit les messages du trimestre étape par étape : envoyés, ouverts, liens "
           "cliqués, identifiants saisis sur la fausse page, puis signalés comme suspects. Chaque "
           "barre se lit par rapport au nombre de messages envoyés."));
  if (!awareness::HasFiguresToShow(in.total)) {
    out.push_back(
        Muted(in.total.sent <= 0
                  ? "Aucun message envoyé ce trimestre : il n’y a pas de parcours à montrer."
                  : "Moins de 5 personnes visées : le parcours n’est pas détaillé."));
    return;
  }
  auto bars = FunnelBars(in.total);
  if (SubmissionNotMeasured(in)) {
    bars[3] = charts::Bar{bars[3].label, std::nullopt, "non mesuré", std::nullopt};
  }
  const double max_value = static_cast<double>(in.total.sent);
  out.push_back(
      Figure{.height = charts::BarChartHeight(bars.size(), 9),
             .draw = [bars, max_value](cairo_t* cr, double x, double y, double w, double h) {
               charts::DrawBarChart(cr, {x, y, w, h}, bars,
                                    {.max_value = max_value, .font_size = 9, .label_share = 0.3});
             }});
  out.push_back(Body("Au total, " +
                     Counted(in.total.targeted, "personne visée", "personnes visées") + " et " +
                     Counted(in.total.sent, "message envoyé", "messages envoyés") + "."));
  out.push_back(Muted(
      in.total.scanner_hits > 0
          ? "Pour information : " + CountText(in.total.scanner_hits) +
                " visites automatiques (outils de filtrage des messageries) ont été reconnues "
                "et retirées de ces chiffres."
          : "Aucune visite automatique d’un outil de filtrage n’a été détectée ce trimestre."));
}

void AddTrend(const QuarterlyReportInput& in, const std::string& number, std::vector<Block>& out) {
  out.push_back(Continued(number, "Évolution sur les derniers trimestres"));
  const auto with_figures =
      std::count_if(in.trend.begin(), in.trend.end(), [](const awareness::QuarterPoint& point) {
        return awareness::HasFiguresToShow(point.counts);
      });
  if (with_figures < 2) {
    out.push_back(
        Muted("L’évolution apparaîtra quand au moins deux trimestres auront fait "
              "l’objet de campagnes auprès de 5 personnes ou plus."));
    if (with_figures == 0) return;
  } else {
    out.push_back(Body(
        "La courbe orange montre la part des messages dont le lien a été cliqué, la courbe verte "
        "en pointillés la part des messages signalés : l’une doit baisser, l’autre monter."));
    const auto chart = TrendChart(in.trend);
    out.push_back(
        Figure{.height = 190, .draw = [chart](cairo_t* cr, double x, double y, double w, double h) {
                 charts::DrawLineChart(cr, {x, y, w, h}, chart, 8.5);
               }});
  }
  out.push_back(TrendTable(in.trend));
}

void AddCampaigns(const QuarterlyReportInput& in, const std::string& number,
                  std::vector<Block>& out) {
  out.push_back(Chapter(number, "Les campagnes du trimestre"));
  out.push_back(
      Body("Chaque campagne envoie un message inventé. Une campagne « simple » contient un lien "
           "piégé ; une campagne « avancée » mène en plus vers une fausse page de connexion. La "
           "difficulté va de 1 (indices faciles à repérer) à 3 (indices discrets)."));
  if (in.campaigns.empty()) {
    out.push_back(Muted("Aucune campagne n’a eu lieu ce trimestre."));
    return;
  }
  out.push_back(CampaignTable(in));
}

void AddSegments(const QuarterlyReportInput& in, const std::string& number,
                 std::vector<Block>& out) {
  out.push_back(Chapter(number, "Résultats par groupe"));
  out.push_back(
      Body("Les tableaux suivants comparent les groupes entre eux. Pour qu’aucun résultat "
           "individuel ne puisse être deviné, un groupe de moins de 5 personnes est affiché sans "
           "ses chiffres ; si nécessaire, un second groupe l’est aussi (« non détaillé »), car ses "
           "chiffres permettraient sinon de retrouver ceux du premier par différence."));
  int section = 0;
  AddSegmentSection(number + "." + std::to_string(++section), "Par site", "site", in.by_site, out);
  AddSegmentSection(number + "." + std::to_string(++section), "Par service", "service",
                    in.by_department, out);
  if (in.portfolio) {
    AddSegmentSection(number + "." + std::to_string(++section), "Par structure", "structure",
                      in.by_structure, out);
  }
}

// Chapters `number` and the next one.
void AddRecommendationsAndMethod(const QuarterlyReportInput& in, int number,
                                 std::vector<Block>& out) {
  out.push_back(Chapter(std::to_string(number), "Recommandations"));
  out.push_back(
      Body("Au vu des chiffres du trimestre, voici ce que le centre vous propose, "
           "par ordre d’importance :"));
  int rank = 0;
  for (const auto& text : awareness::QuarterlyRecommendations(in)) {
    out.push_back(BulletItem({Span{text}}, 18, std::to_string(++rank) + "."));
  }
  out.push_back(Continued(std::to_string(number + 1), "Méthode et confidentialité"));
  for (const auto& paragraph : awareness::QuarterlyMethodNote()) out.push_back(Body(paragraph));
}

std::vector<Block> BuildQuarterlyReport(const QuarterlyReportInput& in, const PageSpec& page) {
  std::vector<Block> blocks;
  blocks.push_back(
      Figure{.height = page.BodyBottom() - page.BodyTop(), .draw = QuarterlyCoverFigure(in, page)});
  if (in.total.sent <= 0) {
    // Nothing was sent: no funnel, campaigns or groups to show, only the past quarters.
    AddSummary(in, "3", blocks);
    AddTrend(in, "2", blocks);
    AddRecommendationsAndMethod(in, 3, blocks);
    return blocks;
  }
  AddSummary(in, "6", blocks);
  AddFunnel(in, "2", blocks);
  AddTrend(in, "3", blocks);
  AddCampaigns(in, "4", blocks);
  AddSegments(in, "5", blocks);
  AddRecommendationsAndMethod(in, 6, blocks);
  return blocks;
}

}  // namespace

std::string RenderQuarterlyAwarenessReport(const awareness::QuarterlyReportInput& input) {
  const PageSpec page;
  Typesetter typesetter(page);
  const Pagination& layout = typesetter.Typeset(BuildQuarterlyReport(input, page));
  const int total = static_cast<int>(layout.pages.size());
  const std::vector<OutlineEntry> outline = OutlineOf(layout);
  const Furniture furniture{
      .header_left = "Sensibilisation à l’hameçonnage — " + input.scope_name,
      .header_right = input.quarter_label,
      .footer_left = input.portfolio ? kPortfolioConfidentiality : kConfidentiality};
  const PdfInfo info{
      .title = std::string(kTitle) + " — " + input.scope_name + " — " + input.quarter_label,
      .author = input.portfolio ? input.scope_name : std::string(),
      .subject = "Résultats des simulations d’hameçonnage du trimestre " + input.quarter_label,
      .keywords = "sensibilisation, hameçonnage, simulation, ESMS"};
  return WritePdf(
      info, std::vector<PageSize>(layout.pages.size(), PageSize{page.width, page.height}),
      [&](cairo_t* cr, std::size_t i) {
        typesetter.DrawPage(cr, i);
        if (i > 0) DrawFurniture(cr, page, furniture, static_cast<int>(i) + 1, total);
      },
      outline);
}

}  // namespace vigie::pdf
