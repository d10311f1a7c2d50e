#include "diagnostic/prioritization.hpp"

#include <algorithm>
#include <cstdlib>

#include "diagnostic/applicability.hpp"

namespace vigie::diagnostic {
namespace {

int EffortBonus(const std::string& effort) {
  if (effort == "XS") return 8;
  if (effort == "S") return 6;
  if (effort == "M") return 2;
  if (effort == "XL") return -4;
  return 0;
}

int ContextBonus(const referential::Measure& m, const AnswerSet& answers) {
  int bonus = 0;
  auto care = answers.context.find("care");
  const bool continuity = m.domain_id == "backups" || m.domain_id == "continuity" || m.domain_id == "incidents";
  if (continuity && care != answers.context.end()) {
    if (care->second == "medical") bonus += 10;
    if (care->second == "nursing") bonus += 5;
  }
  auto sites = answers.context.find("sites");
  if (m.domain_id == "network" && sites != answers.context.end() && std::atoi(sites->second.c_str()) >= 3) {
    bonus += 5;
  }
  return bonus;
}

std::string Why(const referential::Referential& r, const referential::Measure& m, const PrioritizedMeasure& p,
                int context_bonus) {
  std::string why = "Priorité " + std::to_string(p.priority) + " : ";
  if (m.criticality >= 5) {
    why += "mesure vitale pour la continuité des soins";
  } else if (m.criticality == 4) {
    why += "mesure importante pour éviter un arrêt de l'activité";
  } else {
    why += "mesure utile pour réduire les risques";
  }
  why += " (criticité " + std::to_string(m.criticality) + "/5)";
  const auto* q = r.FindQuestion(p.triggered_by.front());
  const std::string about = q ? " (« " + q->text + " »)" : "";
  if (p.gap == "nothing") {
    why += ", rien n'est en place aujourd'hui" + about;
  } else if (p.gap == "unknown") {
    why += ", la situation n'est pas connue" + about;
  } else {
    why += ", c'est en place en partie seulement" + about;
  }
  if (p.quick_win) why += " ; action rapide à mener, à fort effet";
  if (context_bonus > 0) why += " ; rendue plus urgente par le contexte de la structure";
  return why + ".";
}

}  // namespace

std::vector<PrioritizedMeasure> Prioritize(const referential::Referential& r, const AnswerSet& answers) {
  const auto not_applicable = NotApplicableByContext(r, answers);
  std::vector<PrioritizedMeasure> out;
  for (const auto& m : r.measures) {
    PrioritizedMeasure p;
    p.measure_id = m.id;
    p.lowest_level = 3;
    bool unknown = false;
    int heaviest = 0;
    for (const auto& t : m.triggers) {
      const auto* q = r.FindQuestion(t.question);
      if (!q || ApplicabilityOf(r, *q, answers, not_applicable) != Applicability::kAsked) continue;
      auto it = answers.answers.find(t.question);
      int level = 0;
      bool dont_know = true;
      if (it != answers.answers.end()) {
        if (it->second.kind == Answer::Kind::kNotApplicable) continue;
        if (it->second.kind == Answer::Kind::kLevel) {
          level = it->second.level;
          dont_know = false;
        }
      }
      if (level > t.max_level) continue;
      p.triggered_by.push_back(t.question);
      heaviest = std::max(heaviest, q->weight);
      if (dont_know) {
        unknown = true;
      } else {
        p.lowest_level = std::min(p.lowest_level, level);
      }
    }
    if (p.triggered_by.empty()) continue;
    int gap_bonus = 0;
    if (p.lowest_level == 0) {
      p.gap = "nothing";
      gap_bonus = 25;
    } else if (unknown) {
      p.gap = "unknown";
      p.lowest_level = 0;
      gap_bonus = 20;
    } else {
      p.gap = "partial";
      gap_bonus = p.lowest_level == 1 ? 12 : 4;
    }
    const int context_bonus = ContextBonus(m, answers);
    p.score = m.criticality * 20 + gap_bonus + heaviest * 3 + EffortBonus(m.effort) + context_bonus;
    p.priority = p.score >= 125 ? 1 : p.score >= 100 ? 2 : p.score >= 75 ? 3 : 4;
    static const char* kHorizons[] = {"3 mois", "6 mois", "12 mois", "Plus tard"};
    p.horizon = kHorizons[p.priority - 1];
    p.quick_win = (m.effort == "XS" || m.effort == "S") && m.criticality >= 4;
    p.why = Why(r, m, p, context_bonus);
    out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [&](const PrioritizedMeasure& a, const PrioritizedMeasure& b) {
    if (a.score != b.score) return a.score > b.score;
    const int ca = r.FindMeasure(a.measure_id)->criticality;
    const int cb = r.FindMeasure(b.measure_id)->criticality;
    if (ca != cb) return ca > cb;
    return a.measure_id < b.measure_id;
  });
  for (std::size_t i = 0; i < out.size(); ++i) out[i].rank = static_cast<int>(i) + 1;
  return out;
}

std::vector<PrioritizedMeasure> TopMeasures(const std::vector<PrioritizedMeasure>& all, std::size_t count) {
  return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(count, all.size()))};
}

}  // namespace vigie::diagnostic
