#include "diagnostic/scoring.hpp"

#include <algorithm>

#include "diagnostic/applicability.hpp"

namespace vigie::diagnostic {

std::pair<int, std::string> MaturityOf(const referential::Referential& r, double score) {
  std::pair<int, std::string> result{1, r.maturity_levels.empty() ? "" : r.maturity_levels.front().name};
  for (const auto& level : r.maturity_levels) {
    if (score + 1e-9 >= level.min_score) result = {level.level, level.name};
  }
  return result;
}

ScoreReport Score(const referential::Referential& r, const AnswerSet& answers) {
  ScoreReport report;
  const auto not_applicable = NotApplicableByContext(r, answers);
  double global_points = 0;
  double global_weight = 0;
  for (const auto& domain : r.domains) {
    DomainScore ds;
    ds.domain_id = domain.id;
    double points = 0;
    double weight = 0;
    for (const auto& qid : domain.question_ids) {
      const auto* q = r.FindQuestion(qid);
      if (!q || ApplicabilityOf(r, *q, answers, not_applicable) != Applicability::kAsked) continue;
      auto it = answers.answers.find(qid);
      if (it != answers.answers.end() && it->second.kind == Answer::Kind::kNotApplicable) continue;
      ++ds.asked;
      weight += q->weight;
      const bool unanswered = it == answers.answers.end();
      const bool gap = unanswered || it->second.kind == Answer::Kind::kDontKnow;
      const int level = gap ? 0 : it->second.level;
      // Built in one expression: GCC 12 warns falsely (-Wrestrict) on assigning "?".
      const std::string shown = unanswered ? std::string() : gap ? std::string(1, '?') : std::to_string(level);
      if (gap) {
        ds.coverage_gaps.push_back(qid);
      } else {
        ++ds.answered;
      }
      points += q->weight * level / 3.0;
      if (level < 3) ds.pulled_down.push_back({qid, shown, q->weight * (3 - level) / 3.0});
    }
    std::stable_sort(ds.pulled_down.begin(), ds.pulled_down.end(),
                     [](const LostPoints& a, const LostPoints& b) { return a.lost > b.lost; });
    if (weight > 0) {
      ds.score = 5.0 * points / weight;
      std::tie(ds.level, ds.level_name) = MaturityOf(r, *ds.score);
    }
    report.asked += ds.asked;
    report.answered += ds.answered;
    global_points += points;
    global_weight += weight;
    report.domains.push_back(std::move(ds));
  }
  if (global_weight > 0) report.global = 100.0 * global_points / global_weight;
  return report;
}

}  // namespace vigie::diagnostic
