#include "diagnostic/answers_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace vigie::diagnostic {
namespace {

double Round1(double v) { return std::round(v * 10.0) / 10.0; }

}  // namespace

core::Result<AnswerSet> ParseAnswersJson(const std::string& text, const referential::Referential& r) {
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return core::Result<AnswerSet>::Fail("", "le fichier de réponses n'est pas un objet JSON valide");
  }
  std::vector<core::FieldError> errors;
  AnswerSet set;
  for (const auto& [key, value] : doc.items()) {
    if (key == "context") {
      if (!value.is_object()) {
        errors.push_back({"context", "« context » doit être un objet"});
        continue;
      }
      for (const auto& [ckey, cvalue] : value.items()) {
        const auto* item = r.FindContext(ckey);
        if (!item) {
          errors.push_back({"context." + ckey, "élément de contexte inconnu"});
          continue;
        }
        std::string v = cvalue.is_string() ? cvalue.get<std::string>() : cvalue.dump();
        if (!item->options.empty()) {
          bool known = false;
          for (const auto& o : item->options) known = known || o.value == v;
          if (!known) errors.push_back({"context." + ckey, "valeur « " + v + " » inconnue pour cet élément"});
        }
        set.context[ckey] = v;
      }
      continue;
    }
    if (!r.FindQuestion(key)) {
      errors.push_back({key, "question inconnue"});
      continue;
    }
    std::optional<Answer> answer;
    if (value.is_number_integer()) {
      answer = Answer::Parse(std::to_string(value.get<long long>()));
    } else if (value.is_string()) {
      answer = Answer::Parse(value.get<std::string>());
    }
    if (!answer) {
      errors.push_back({key, "réponse attendue : 0, 1, 2, 3, \"?\" ou \"na\""});
      continue;
    }
    set.answers[key] = *answer;
  }
  if (!errors.empty()) return errors;
  return set;
}

std::string ScoreJson(const ScoreReport& report, const std::vector<PrioritizedMeasure>& priorities) {
  nlohmann::json out;
  out["global"] = report.global ? nlohmann::json(Round1(*report.global)) : nlohmann::json(nullptr);
  out["domains"] = nlohmann::json::array();
  for (const auto& d : report.domains) {
    out["domains"].push_back({{"id", d.domain_id},
                              {"score", d.score ? nlohmann::json(Round1(*d.score)) : nlohmann::json(nullptr)},
                              {"level", d.score ? nlohmann::json(d.level) : nlohmann::json(nullptr)},
                              {"coverage_gaps", d.coverage_gaps}});
  }
  out["priorities"] = nlohmann::json::array();
  for (const auto& p : priorities) {
    out["priorities"].push_back({{"measure", p.measure_id},
                                 {"priority", "P" + std::to_string(p.priority)},
                                 {"rank", p.rank},
                                 {"horizon", p.horizon},
                                 {"why", p.why}});
  }
  return out.dump(2);
}

}  // namespace vigie::diagnostic
