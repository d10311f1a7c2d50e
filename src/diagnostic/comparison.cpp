#include "diagnostic/comparison.hpp"

#include <set>

#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"

namespace vigie::diagnostic {
namespace {

std::set<std::string> Triggered(const referential::Referential& r, const AnswerSet& answers) {
  std::set<std::string> out;
  for (const auto& p : Prioritize(r, answers)) out.insert(p.measure_id);
  return out;
}

}  // namespace

Comparison Compare(const referential::Referential& r, const AnswerSet& before, const AnswerSet& after) {
  Comparison c;
  const auto b = Score(r, before);
  const auto a = Score(r, after);
  c.global_before = b.global;
  c.global_after = a.global;
  for (std::size_t i = 0; i < r.domains.size(); ++i) {
    DomainDelta d{r.domains[i].id, b.domains[i].score, a.domains[i].score, std::nullopt};
    if (d.before && d.after) d.delta = *d.after - *d.before;
    c.domains.push_back(d);
  }
  const auto was = Triggered(r, before);
  const auto now = Triggered(r, after);
  for (const auto& m : r.measures) {  // referential order: stable output
    const bool in_before = was.count(m.id) > 0;
    const bool in_after = now.count(m.id) > 0;
    if (in_before && !in_after) c.resolved_measures.push_back(m.id);
    if (!in_before && in_after) c.new_measures.push_back(m.id);
    if (in_before && in_after) c.remaining_measures.push_back(m.id);
  }
  return c;
}

}  // namespace vigie::diagnostic
