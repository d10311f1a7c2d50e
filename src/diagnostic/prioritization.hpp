#pragma once
// Prioritized measures of a diagnostic (issue 3, "Prioritization"). A measure is
// triggered when one of its trigger questions is asked and answered at or below the
// trigger's level ("Je ne sais pas" and unanswered count as 0). Its rank score is
//   criticality × 20                      (20–100: what stops a ransomware from ending
//                                          care is rated 5 in the referential)
// + gap: nothing in place 25, unknown 20, level 1: 12, level 2: 4
// + heaviest trigger question's weight × 3 (3–15)
// + effort: XS 8, S 6, M 2, L 0, XL −4   (quick wins surface)
// + context: medical care +10 (nursing +5) on backups, continuity and incidents;
//   three sites or more +5 on network.
// Priority: P1 from 125 (e.g. vital and nothing in place), P2 from 100, P3 from 75,
// P4 below; horizons 3, 6, 12 months and "later". Ties: criticality, then id.

#include <string>
#include <vector>

#include "diagnostic/answers.hpp"
#include "referential/model.hpp"

namespace vigie::diagnostic {

struct PrioritizedMeasure {
  std::string measure_id;
  int rank = 0;        // 1-based
  int priority = 4;    // 1..4
  std::string horizon; // "3 mois", "6 mois", "12 mois", "Plus tard"
  double score = 0;
  std::string gap;     // "nothing" | "unknown" | "partial"
  int lowest_level = 0;
  std::vector<std::string> triggered_by;  // question ids
  bool quick_win = false;
  std::string why;     // one French sentence
};

std::vector<PrioritizedMeasure> Prioritize(const referential::Referential& r, const AnswerSet& answers);

// The "mesures prioritaires" shown first to the director: the top `count`.
std::vector<PrioritizedMeasure> TopMeasures(const std::vector<PrioritizedMeasure>& all, std::size_t count = 6);

}  // namespace vigie::diagnostic
