#include "referential/validation.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace vigie::referential {
namespace {

void Add(std::vector<std::string>& errors, const SourceLocation& where, const std::string& message) {
  errors.push_back(where.ToString() + ": " + message);
}

template <typename Item>
void CheckUnique(const std::vector<Item>& items, const std::string& what, std::vector<std::string>& errors) {
  std::map<std::string, SourceLocation> seen;
  for (const Item& item : items) {
    if (item.id.empty()) continue;
    auto [it, inserted] = seen.emplace(item.id, item.where);
    if (!inserted) Add(errors, item.where, what + " « " + item.id + " » déjà défini en " + it->second.ToString());
  }
}

void CheckCondition(const Referential& r, const Condition& c, const SourceLocation& where,
                    const std::string& owner_question, std::vector<std::string>& errors) {
  if (!c.context.empty()) {
    const ContextItem* item = r.FindContext(c.context);
    if (!item) {
      Add(errors, where, "condition sur un élément de contexte inconnu « " + c.context + " »");
      return;
    }
    for (const auto& value : c.values) {
      const bool known = std::any_of(item->options.begin(), item->options.end(),
                                     [&](const ContextOption& o) { return o.value == value; });
      if (!item->options.empty() && !known) {
        Add(errors, where, "« " + value + " » n'est pas une option de « " + c.context + " »");
      }
    }
  } else if (!c.question.empty()) {
    if (!r.FindQuestion(c.question)) Add(errors, where, "condition sur une question inconnue « " + c.question + " »");
    if (c.question == owner_question) Add(errors, where, "la question « " + c.question + " » dépend d'elle-même");
  }
}

// Display conditions between questions must not loop: a question shown only if
// another is answered, which is shown only if the first is answered, is never shown.
void CheckCycles(const Referential& r, std::vector<std::string>& errors) {
  std::map<std::string, std::string> depends_on;
  for (const auto& q : r.questions) {
    if (q.show_if && !q.show_if->question.empty()) depends_on[q.id] = q.show_if->question;
  }
  std::set<std::string> reported;
  for (const auto& q : r.questions) {
    std::vector<std::string> path{q.id};
    std::string current = q.id;
    while (depends_on.count(current)) {
      current = depends_on[current];
      if (std::find(path.begin(), path.end(), current) != path.end()) {
        if (!reported.count(current)) {
          std::string chain;
          for (const auto& p : path) {
            chain += p;
            chain += " → ";
          }
          chain += current;
          Add(errors, q.where, "conditions d'affichage en boucle : " + chain);
          for (const auto& p : path) reported.insert(p);
        }
        break;
      }
      path.push_back(current);
    }
  }
}

}  // namespace

void Validate(Referential& r, const std::string& root_file, std::vector<std::string>& errors) {
  CheckUnique(r.questions, "question", errors);
  CheckUnique(r.measures, "mesure", errors);
  CheckUnique(r.context, "élément de contexte", errors);
  CheckUnique(r.domains, "domaine", errors);
  CheckUnique(r.rules, "règle", errors);

  std::map<int, SourceLocation> orders;
  for (const auto& d : r.domains) {
    auto [it, inserted] = orders.emplace(d.order, d.where);
    if (!inserted) Add(errors, d.where, "ordre " + std::to_string(d.order) + " déjà pris en " + it->second.ToString());
    if (d.question_ids.empty()) Add(errors, d.where, "le domaine « " + d.id + " » n'a aucune question");
    if (d.measure_ids.empty()) Add(errors, d.where, "le domaine « " + d.id + " » n'a aucune mesure");
  }
  std::sort(r.domains.begin(), r.domains.end(), [](const Domain& a, const Domain& b) { return a.order < b.order; });

  if (r.maturity_levels.size() != 5) {
    errors.push_back(root_file + ":1: cinq niveaux de maturité sont attendus ([[maturity_level]])");
  } else {
    for (std::size_t i = 0; i < r.maturity_levels.size(); ++i) {
      const auto& level = r.maturity_levels[i];
      if (level.level != static_cast<int>(i) + 1) {
        errors.push_back(root_file + ":1: les niveaux de maturité doivent aller de 1 à 5, dans l'ordre");
        break;
      }
      if (i == 0 && level.min_score != 0) errors.push_back(root_file + ":1: le niveau 1 commence au score 0");
      if (i > 0 && level.min_score <= r.maturity_levels[i - 1].min_score) {
        errors.push_back(root_file + ":1: les scores minimaux des niveaux doivent croître strictement");
      }
    }
  }

  std::set<std::string> tags;
  for (const auto& q : r.questions) {
    tags.insert(q.tags.begin(), q.tags.end());
    if (q.show_if) CheckCondition(r, *q.show_if, q.where, q.id, errors);
  }
  CheckCycles(r, errors);

  for (const auto& rule : r.rules) {
    CheckCondition(r, rule.when, rule.where, "", errors);
    for (const auto& target : rule.not_applicable) {
      if (target.starts_with("tag:")) {
        if (!tags.count(target.substr(4))) Add(errors, rule.where, "aucune question ne porte l'étiquette « " + target.substr(4) + " »");
      } else if (!r.FindQuestion(target)) {
        Add(errors, rule.where, "la règle vise une question inconnue « " + target + " »");
      }
    }
  }

  for (const auto& m : r.measures) {
    for (const auto& t : m.triggers) {
      if (!r.FindQuestion(t.question)) Add(errors, m.where, "la mesure « " + m.id + " » est déclenchée par une question inconnue « " + t.question + " »");
    }
    static const std::set<std::string> kWho = {"direction", "referent", "prestataire", "centre"};
    for (const auto& w : m.who) {
      if (!kWho.count(w)) Add(errors, m.where, "« " + w + " » n'est pas un acteur connu (direction, referent, prestataire, centre)");
    }
  }
}

const Question* Referential::FindQuestion(const std::string& wanted) const {
  for (const auto& q : questions) {
    if (q.id == wanted) return &q;
  }
  return nullptr;
}

const Measure* Referential::FindMeasure(const std::string& wanted) const {
  for (const auto& m : measures) {
    if (m.id == wanted) return &m;
  }
  return nullptr;
}

const ContextItem* Referential::FindContext(const std::string& wanted) const {
  for (const auto& c : context) {
    if (c.id == wanted) return &c;
  }
  return nullptr;
}

}  // namespace vigie::referential
