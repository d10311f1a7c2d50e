#pragma once
// The answers file of `vigie diagnostic score` and the API: a JSON object mapping
// question ids to 0–3, "?" or "na", plus a "context" object mapping context ids to
// values. Parsed against the referential: unknown ids and out-of-range values are
// errors naming the member.

#include <string>

#include "core/result.hpp"
#include "diagnostic/answers.hpp"
#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"
#include "referential/model.hpp"

namespace vigie::diagnostic {

core::Result<AnswerSet> ParseAnswersJson(const std::string& text, const referential::Referential& r);

// {"global": .., "domains": [{"id", "score", "level"}], "priorities": [{"measure",
// "priority", "rank", "why"}]}; scores rounded to one decimal.
std::string ScoreJson(const ScoreReport& report, const std::vector<PrioritizedMeasure>& priorities);

}  // namespace vigie::diagnostic
