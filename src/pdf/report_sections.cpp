// The full report's chapters that list the diagnostic's detail: one section per
// domain, the action plan, the referential mapping and the glossary.

#include "pdf/report_sections.hpp"

#include <algorithm>

#include "pdf/block_helpers.hpp"
#include "pdf/figures.hpp"
#include "pdf/report_words.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;

// "2026-12-31" -> "31/12/2026"; anything else is shown as given.
std::string FrenchDate(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string DomainFacts(const report::DomainSection& domain) {
  std::string facts = "Score : " + ScoreText(domain.score);
  if (domain.score && !domain.level_name.empty()) {
    facts += " · niveau " + std::to_string(domain.level) + " « " + domain.level_name + " »";
  }
  facts += " · " + std::to_string(domain.answered) + " réponses sur " +
           std::to_string(domain.asked) + " questions";
  if (domain.coverage_gaps > 0) {
    facts += " · " + std::to_string(domain.coverage_gaps) + " sans réponse ou « je ne sais pas »";
  }
  return facts;
}

void AddWeakness(const report::Finding& finding, std::vector<Block>& out) {
  Paragraph question = BulletItem({Span{finding.question, true}});
  question.keep_with_next = true;
  question.space_after = 1;
  out.push_back(std::move(question));
  Paragraph answer = BulletItem({Span{"Réponse : ", true}, Span{finding.answer}}, 14, "");
  answer.space_after = finding.comment.empty() && finding.evidence.empty() ? 5 : 1;
  out.push_back(std::move(answer));
  if (!finding.comment.empty()) {
    Paragraph comment = BulletItem(
        {Span{"Commentaire du consultant : ", true}, Span{finding.comment, false, true}}, 14, "");
    comment.space_after = finding.evidence.empty() ? 5 : 1;
    out.push_back(std::move(comment));
  }
  if (!finding.evidence.empty()) {
    out.push_back(BulletItem({Span{"Élément de preuve : ", true}, Span{finding.evidence}}, 14, ""));
  }
}

std::string MeasureFacts(const report::MeasureEntry& m) {
  return Join({PriorityText(m.priority), m.horizon, m.effort.empty() ? "" : "effort " + m.effort,
               m.quick_win ? "gain rapide" : ""},
              ", ");
}

}  // namespace

void AddDomainSections(const report::ReportModel& model, const std::string& number,
                       std::vector<Block>& out) {
  out.push_back(Chapter(number, "Analyse par domaine"));
  out.push_back(Body(
      "Pour chaque domaine : son score et son niveau, les points forts (réponses de niveau 3), les "
      "points faibles qui ont pesé sur le score, du plus lourd au plus léger, avec les "
      "commentaires "
      "du consultant, puis les mesures que ces réponses déclenchent."));
  if (model.domains.empty()) out.push_back(Muted("Aucun domaine n'a été évalué."));
  for (std::size_t i = 0; i < model.domains.size(); ++i) {
    const auto& domain = model.domains[i];
    out.push_back(Section(number + "." + std::to_string(i + 1), domain.title));
    out.push_back(Callout({Span{DomainFacts(domain)}}));
    if (!domain.summary.empty()) out.push_back(Body(domain.summary));
    out.push_back(Lead("Points forts"));
    if (domain.strengths.empty()) {
      out.push_back(Muted("Aucune réponse de niveau 3 dans ce domaine."));
    }
    for (const auto& finding : domain.strengths) {
      out.push_back(BulletItem({Span{finding.question, true}, Span{" — " + finding.answer}}));
    }
    out.push_back(Lead("Points faibles"));
    if (domain.weaknesses.empty()) {
      out.push_back(Muted("Aucune réponse n'a fait baisser le score de ce domaine."));
    }
    for (const auto& finding : domain.weaknesses) AddWeakness(finding, out);
    out.push_back(Lead("Mesures déclenchées"));
    if (domain.measure_ids.empty()) {
      out.push_back(Muted("Aucune mesure n'est déclenchée dans ce domaine."));
    }
    for (const auto& id : domain.measure_ids) {
      const auto* measure = FindMeasure(model, id);
      if (measure == nullptr) {
        out.push_back(BulletItem({Span{id}}));
        continue;
      }
      out.push_back(
          BulletItem({Span{measure->title, true}, Span{" (" + MeasureFacts(*measure) + ")"}}));
    }
  }
}

void AddActionPlan(const report::ReportModel& model, const std::string& number,
                   std::vector<Block>& out) {
  out.push_back(Chapter(number, "Plan d'action priorisé"));
  out.push_back(Body(
      "Les actions sont classées en quatre priorités, de l'urgence à l'amélioration continue ; "
      "l'horizon indique le délai conseillé pour les mener à bien."));
  for (int p = 1; p <= 4; ++p) out.push_back(BulletItem({Span{PriorityName(p)}}));
  if (model.plan.empty()) {
    out.push_back(Muted(
        "Aucune action n'est encore inscrite au plan de la structure : les mesures recommandées "
        "ci-dessous en constituent la base."));
    if (model.measures.empty()) {
      out.push_back(Muted("Aucune mesure n'a été déclenchée par les réponses."));
      return;
    }
    Table table{
        .widths = {0.5, 4.0, 2.1, 0.9, 1.1, 2, 1.0, 1.0},
        .header = {CenterCell("N°"), TextCell("Mesure"), TextCell("Domaine"), CenterCell("Prio."),
                   TextCell("Horizon"), TextCell("Qui"), CenterCell("Effort"), CenterCell("Coût")},
        .font_size = 8};
    for (const auto& m : model.measures) {
      table.rows.push_back(
          {CenterCell(std::to_string(m.rank)), BoldCell(m.title), TextCell(m.domain_title),
           BadgeCell(PriorityText(m.priority), pal::PriorityColor(m.priority)), TextCell(m.horizon),
           TextCell(m.who), CenterCell(m.effort), CenterCell(m.cost)});
    }
    out.push_back(std::move(table));
    return;
  }
  const auto chart = PlanByPriority(model);
  out.push_back(
      Figure{.height = 120, .draw = [chart](cairo_t* cr, double x, double y, double w, double h) {
               charts::DrawStackedBars(cr, {x, y, w, h}, chart, 8);
             }});
  Table table{.widths = {0.5, 4.0, 2.0, 0.9, 1.4, 1.7, 1.0, 1.1},
              .header = {CenterCell("N°"), TextCell("Action"), TextCell("Domaine"),
                         CenterCell("Prio."), TextCell("Horizon, échéance"), TextCell("Porteur"),
                         CenterCell("Effort"), TextCell("Statut")},
              .font_size = 8};
  for (std::size_t i = 0; i < model.plan.size(); ++i) {
    const auto& row = model.plan[i];
    const auto* measure = FindMeasure(model, row.measure_id);
    const std::string when =
        Join({row.horizon, row.due_date.empty() ? "" : "au " + FrenchDate(row.due_date)}, ", ");
    std::string status = StatusText(row.status);
    if (row.status == "doing" && row.progress > 0) {
      status += " (" + std::to_string(row.progress) + " %)";
    }
    table.rows.push_back({CenterCell(std::to_string(i + 1)), BoldCell(row.title),
                          TextCell(row.domain_title),
                          BadgeCell(PriorityText(row.priority), pal::PriorityColor(row.priority)),
                          TextCell(when), TextCell(row.owner.empty() ? "à désigner" : row.owner),
                          CenterCell(measure != nullptr ? measure->effort : ""), TextCell(status)});
  }
  out.push_back(std::move(table));
}

void AddReferentialAnnex(const report::ReportModel& model, const std::string& number,
                         std::vector<Block>& out) {
  out.push_back(Chapter(number, "Correspondance avec les référentiels"));
  out.push_back(Body(
      "Chaque mesure recommandée renvoie aux exigences équivalentes des référentiels nationaux : "
      "guide d'hygiène de l'ANSSI, PGSSI-S, programme CaRE, référentiel de certification de la "
      "HAS, "
      "directive NIS 2 et ReCyF."));
  if (model.measures.empty()) {
    out.push_back(Muted("Aucune mesure n'a été déclenchée par les réponses."));
    return;
  }
  Table table{.widths = {3.4}, .header = {TextCell("Mesure")}, .font_size = 7.5};
  for (const auto& name : Referentials()) {
    table.widths.push_back(1);
    table.header.push_back(TextCell(name.title));
  }
  for (const auto& m : model.measures) {
    std::vector<Cell> cells{Cell{.spans = {Span{m.id + " ", true}, Span{m.title}}}};
    for (const auto& name : Referentials()) {
      const auto found = m.mappings.find(name.key);
      cells.push_back(TextCell(
          found == m.mappings.end() || found->second.empty() ? "—" : Join(found->second, ", ")));
    }
    table.rows.push_back(std::move(cells));
  }
  out.push_back(std::move(table));
}

void AddGlossary(const report::ReportModel& model, const std::string& number,
                 std::vector<Block>& out) {
  out.push_back(Chapter(number, "Glossaire"));
  if (model.glossary.empty()) {
    out.push_back(Muted("Pas de glossaire pour ce document."));
    return;
  }
  Table table{.widths = {1.4, 4.6},
              .header = {TextCell("Terme"), TextCell("Définition")},
              .font_size = 8.5};
  for (const auto& entry : model.glossary) {
    table.rows.push_back({BoldCell(entry.term), TextCell(entry.definition)});
  }
  out.push_back(std::move(table));
}

}  // namespace vigie::pdf
