// The full report: assembly of the chapters, pagination and the PDF.

#include <algorithm>

#include "pdf/block_helpers.hpp"
#include "pdf/figures.hpp"
#include "pdf/layout_engine.hpp"
#include "pdf/page_furniture.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/render.hpp"
#include "pdf/report_sections.hpp"
#include "pdf/report_words.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;

std::vector<Block> BuildFullReport(const report::ReportModel& model, const PageSpec& page) {
  std::vector<Block> blocks;
  blocks.push_back(
      Figure{.height = page.BodyBottom() - page.BodyTop(), .draw = CoverFigure(model, page)});
  blocks.push_back(PageBreak{});
  blocks.push_back(Heading{.level = 1, .text = "Sommaire", .in_toc = false});
  blocks.push_back(TableOfContents{.max_level = 2});
  AddSummary(model, "1", blocks);
  AddMethod(model, "2", blocks);
  AddGlobalScore(model, "3", blocks);
  AddMaturityByDomain(model, "4", blocks);
  AddDomainSections(model, "5", blocks);
  AddActionPlan(model, "6", blocks);
  AddReferentialAnnex(model, "Annexe A", blocks);
  AddGlossary(model, "Annexe B", blocks);
  return blocks;
}

}  // namespace

void AddSummary(const report::ReportModel& model, const std::string& number,
                std::vector<Block>& out) {
  out.push_back(Chapter(number, "Synthèse"));
  std::string intro =
      "Ce rapport présente le diagnostic de maturité de la sécurité du système d'information de " +
      (model.structure_name.empty() ? std::string("la structure") : model.structure_name);
  if (!model.interview_date.empty()) intro += ", conduit le " + model.interview_date;
  if (!model.consultant.empty()) intro += " par " + model.consultant;
  if (!model.centre_name.empty()) intro += " (" + model.centre_name + ")";
  intro += ". " + std::to_string(model.answered) + " questions ont reçu une réponse sur " +
           std::to_string(model.asked) + " posées.";
  out.push_back(Body(intro));
  for (const auto& paragraph : model.summary_intro) out.push_back(Body(paragraph));
  out.push_back(Figure{.height = 78,
                       .draw = ScoreBoxFigure(model.global,
                                              "Score global de maturité, de 0 à 100, "
                                              "pondéré sur l'ensemble des domaines évalués."),
                       .space_after = 12});
  out.push_back(Lead("Points forts"));
  if (model.strengths.empty()) out.push_back(Muted("Aucun domaine ne se distingue à ce stade."));
  for (const auto& strength : model.strengths) out.push_back(BulletItem({Span{strength}}));
  out.push_back(Lead("Mesures prioritaires"));
  const auto top = report::TopMeasures(model);
  if (top.empty()) out.push_back(Muted("Aucune mesure n'a été déclenchée par les réponses."));
  int rank = 0;
  for (const auto* measure : top) {
    const std::string sentence =
        !measure->reason.empty() ? measure->reason : FirstSentence(measure->why);
    out.push_back(
        BulletItem({Span{measure->title, true},
                    Span{" (" + PriorityText(measure->priority) +
                         (measure->horizon.empty() ? "" : ", " + measure->horizon) + ") : "},
                    Span{sentence}},
                   18, std::to_string(++rank) + "."));
  }
  int counts[4] = {0, 0, 0, 0};
  for (const auto& measure : model.measures) ++counts[std::clamp(measure.priority, 1, 4) - 1];
  out.push_back(Body("Au total, " + std::to_string(model.measures.size()) +
                     " mesures sont recommandées : " + std::to_string(counts[0]) +
                     " de priorité 1, " + std::to_string(counts[1]) + " de priorité 2, " +
                     std::to_string(counts[2]) + " de priorité 3 et " + std::to_string(counts[3]) +
                     " de priorité 4. Le plan d'action détaillé figure au chapitre 6."));
}

void AddMethod(const report::ReportModel& model, const std::string& number,
               std::vector<Block>& out) {
  out.push_back(Chapter(number, "Méthode et échelle"));
  out.push_back(Section(number + ".1", "Déroulement du diagnostic"));
  if (model.method.empty()) out.push_back(Muted("La méthode n'est pas décrite dans ce document."));
  for (const auto& paragraph : model.method) out.push_back(Body(paragraph));
  if (!model.context.empty()) {
    out.push_back(Section(number + ".2", "Contexte de la structure"));
    Table table{.widths = {2, 3}, .header = {TextCell("Élément"), TextCell("Réponse")}};
    for (const auto& item : model.context) {
      table.rows.push_back({BoldCell(item.label), TextCell(item.value)});
    }
    out.push_back(std::move(table));
  }
  out.push_back(Section(number + (model.context.empty() ? ".2" : ".3"), "Échelle de maturité"));
  out.push_back(Body(
      "Chaque domaine reçoit un score de 0 à 5, moyenne pondérée des réponses (niveaux 0 à 3) ; "
      "le score situe le domaine sur l'échelle suivante."));
  Table scale{.widths = {0.8, 1.6, 5},
              .header = {CenterCell("Niveau"), TextCell("Nom"), TextCell("Ce qu'il signifie")}};
  for (const auto& step : model.scale) {
    scale.rows.push_back(
        {BadgeCell(std::to_string(step.level), pal::kLevel[std::clamp(step.level, 0, 5)]),
         BoldCell(step.name), TextCell(step.description)});
  }
  if (scale.rows.empty()) {
    out.push_back(Muted("L'échelle n'est pas disponible."));
  } else {
    out.push_back(std::move(scale));
  }
}

void AddGlobalScore(const report::ReportModel& model, const std::string& number,
                    std::vector<Block>& out) {
  out.push_back(Chapter(number, "Score global et radar"));
  out.push_back(Figure{
      .height = 78,
      .draw = ScoreBoxFigure(model.global, std::to_string(model.answered) + " réponses sur " +
                                               std::to_string(model.asked) + " questions posées."),
      .space_after = 10});
  out.push_back(
      Body("Le radar montre le score de chaque domaine, de 0 au centre à 5 sur le bord. Un domaine "
           "sans question applicable est « non évalué » : son axe est en pointillés et n'entre pas "
           "dans le tracé."));
  const auto axes = RadarAxes(model);
  out.push_back(
      Figure{.height = 430, .draw = [axes](cairo_t* cr, double x, double y, double w, double h) {
               charts::DrawRadar(cr, {x, y, w, h}, axes, {.font_size = 8});
             }});
}

void AddMaturityByDomain(const report::ReportModel& model, const std::string& number,
                         std::vector<Block>& out) {
  out.push_back(Chapter(number, "Niveau de maturité par domaine"));
  if (model.domains.empty()) {
    out.push_back(Muted("Aucun domaine n'a été évalué."));
    return;
  }
  Table table{.widths = {5, 1.3, 2.2, 1.5},
              .header = {TextCell("Domaine"), CenterCell("Score"), TextCell("Niveau"),
                         CenterCell("Réponses")}};
  for (const auto& domain : model.domains) {
    table.rows.push_back(
        {BoldCell(domain.title), CenterCell(ScoreText(domain.score)),
         domain.score ? BadgeCell(std::to_string(domain.level) + " · " + domain.level_name,
                                  pal::kLevel[std::clamp(domain.level, 0, 5)])
                      : TextCell("non évalué"),
         CenterCell(std::to_string(domain.answered) + " / " + std::to_string(domain.asked))});
  }
  out.push_back(std::move(table));
  const auto bars = DomainBars(model);
  out.push_back(Figure{
      .height = charts::BarChartHeight(bars.size(), 8),
      .draw = [bars](cairo_t* cr, double x, double y, double w, double h) {
        charts::DrawBarChart(cr, {x, y, w, h}, bars, {.font_size = 8, .ticks = {1, 2, 3, 4, 5}});
      }});
}

std::string RenderFullReport(const report::ReportModel& model) {
  const PageSpec page;
  Typesetter typesetter(page);
  const Pagination& layout = typesetter.Typeset(BuildFullReport(model, page));
  const int total = static_cast<int>(layout.pages.size());
  const std::vector<OutlineEntry> outline = OutlineOf(layout);
  const Furniture furniture{
      .header_left = "Diagnostic de maturité cyber — " + model.structure_name,
      .header_right = model.interview_date.empty() ? model.generated_at : model.interview_date,
      .footer_left = model.confidentiality.empty() ? kConfidentiality : model.confidentiality};
  const PdfInfo info{
      .title = "Diagnostic de maturité cyber — " + model.structure_name,
      .author = Join({model.consultant, model.centre_name}, ", "),
      .subject =
          "Rapport complet du diagnostic de maturité de la sécurité du système d'information",
      .keywords = "cybersécurité, diagnostic, ESMS, " + model.category};
  return WritePdf(
      info, std::vector<PageSize>(layout.pages.size(), PageSize{page.width, page.height}),
      [&](cairo_t* cr, std::size_t i) {
        typesetter.DrawPage(cr, i);
        if (i > 0) DrawFurniture(cr, page, furniture, static_cast<int>(i) + 1, total);
      },
      outline);
}

}  // namespace vigie::pdf
