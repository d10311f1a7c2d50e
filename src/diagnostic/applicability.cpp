#include "diagnostic/applicability.hpp"

#include <algorithm>

namespace vigie::diagnostic {
namespace {

bool ContextMatches(const referential::Condition& c, const AnswerSet& answers) {
  auto it = answers.context.find(c.context);
  if (it == answers.context.end()) return false;
  return std::find(c.values.begin(), c.values.end(), it->second) != c.values.end();
}

}  // namespace

std::set<std::string> NotApplicableByContext(const referential::Referential& r, const AnswerSet& answers) {
  std::set<std::string> out;
  for (const auto& rule : r.rules) {
    if (!ContextMatches(rule.when, answers)) continue;
    for (const auto& target : rule.not_applicable) {
      if (target.starts_with("tag:")) {
        const std::string tag = target.substr(4);
        for (const auto& q : r.questions) {
          if (std::find(q.tags.begin(), q.tags.end(), tag) != q.tags.end()) out.insert(q.id);
        }
      } else {
        out.insert(target);
      }
    }
  }
  return out;
}

Applicability ApplicabilityOf(const referential::Referential& r, const referential::Question& q,
                              const AnswerSet& answers) {
  return ApplicabilityOf(r, q, answers, NotApplicableByContext(r, answers));
}

Applicability ApplicabilityOf(const referential::Referential& r, const referential::Question& q,
                              const AnswerSet& answers, const std::set<std::string>& not_applicable) {
  if (not_applicable.count(q.id)) return Applicability::kNotApplicableByContext;
  if (!q.show_if) return Applicability::kAsked;
  const auto& c = *q.show_if;
  if (!c.context.empty()) return ContextMatches(c, answers) ? Applicability::kAsked : Applicability::kHidden;
  // A follow-up is asked when its parent is asked and answered at least min_level.
  const auto* parent = r.FindQuestion(c.question);
  if (!parent || ApplicabilityOf(r, *parent, answers, not_applicable) != Applicability::kAsked) {
    return Applicability::kHidden;
  }
  auto it = answers.answers.find(c.question);
  const bool shown = it != answers.answers.end() && it->second.kind == Answer::Kind::kLevel &&
                     it->second.level >= c.min_level;
  return shown ? Applicability::kAsked : Applicability::kHidden;
}

}  // namespace vigie::diagnostic
