#pragma once
// Scores of a diagnostic (issue 3, "Scoring"):
// - a question's contribution is weight × level / 3; "Je ne sais pas" and unanswered
//   questions count as 0 and are reported as coverage gaps; not-applicable and
//   hidden questions are excluded;
// - a domain's score is 5 × (sum of contributions) / (sum of weights), 0–5;
// - the global score is 100 × the same ratio over every asked question, 0–100;
// - a domain's maturity level is the highest level whose min_score it reaches;
// - the explanation lists, per domain, the asked answers that lost points, the
//   heaviest losses first.

#include <optional>
#include <string>
#include <vector>

#include "diagnostic/answers.hpp"
#include "referential/model.hpp"

namespace vigie::diagnostic {

struct LostPoints {
  std::string question_id;
  std::string answer;    // "0".."2" or "?" or "" (unanswered)
  double lost = 0;       // weight × (3 - level) / 3, in weight units
};

struct DomainScore {
  std::string domain_id;
  std::optional<double> score;  // 0–5; nullopt when no question applies
  int level = 0;                // maturity level 1–5 (0 when no score)
  std::string level_name;
  int asked = 0;
  int answered = 0;             // with a level (not "?", not unanswered)
  std::vector<std::string> coverage_gaps;  // asked questions answered "?" or not at all
  std::vector<LostPoints> pulled_down;     // heaviest first
};

struct ScoreReport {
  std::optional<double> global;  // 0–100
  std::vector<DomainScore> domains;  // in referential order
  int asked = 0;
  int answered = 0;
};

ScoreReport Score(const referential::Referential& r, const AnswerSet& answers);

// Maturity level (1–5) and its name for a domain score.
std::pair<int, std::string> MaturityOf(const referential::Referential& r, double score);

}  // namespace vigie::diagnostic
