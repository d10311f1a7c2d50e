#pragma once
// Which questions a diagnostic asks: context rules mark questions not applicable
// (no Wi-Fi → Wi-Fi questions), and display conditions hide follow-ups whose
// condition is not met. A hidden or not-applicable question is excluded from scores.

#include <set>
#include <string>

#include "diagnostic/answers.hpp"
#include "referential/model.hpp"

namespace vigie::diagnostic {

enum class Applicability { kAsked, kNotApplicableByContext, kHidden };

Applicability ApplicabilityOf(const referential::Referential& r, const referential::Question& q,
                              const AnswerSet& answers);
// Same, with NotApplicableByContext() computed once by the caller.
Applicability ApplicabilityOf(const referential::Referential& r, const referential::Question& q,
                              const AnswerSet& answers, const std::set<std::string>& not_applicable);

// The questions that context rules mark not applicable, for the given context.
std::set<std::string> NotApplicableByContext(const referential::Referential& r, const AnswerSet& answers);

}  // namespace vigie::diagnostic
