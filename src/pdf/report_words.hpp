#pragma once
// French words and numbers shared by the PDF deliverables: scores, priorities,
// statuses, referential names and the quarter a horizon falls in.

#include <optional>
#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace vigie::pdf {

std::string ScoreText(const std::optional<double>& score);    // "2,4 / 5" or "non évalué"
std::string GlobalText(const std::optional<double>& global);  // "46 / 100" or "non calculé"
std::string PriorityText(int priority);                       // "P1"… (clamped to 1..4)
std::string PriorityName(int priority);             // "P1 — à engager sans attendre"…
std::string StatusText(const std::string& status);  // "À faire", "En cours"…
std::string Join(const std::vector<std::string>& parts, const std::string& separator);

// The referentials of MeasureEntry::mappings, in the order of the annex.
struct ReferentialName {
  const char* key;    // "anssi"
  const char* title;  // "ANSSI"
};
const std::vector<ReferentialName>& Referentials();

// The roadmap's four columns. A horizon in months ("3 mois", "1 an") decides the
// column; without a readable horizon the priority does (P1 in the next quarter…).
inline constexpr int kQuarterCount = 4;
int QuarterIndex(const std::string& horizon, int priority);
std::string QuarterTitle(int index);  // "Trimestre 1 (0 à 3 mois)"…

// The first sentence of a text (up to the first ". ", "! " or "? "), cut at a word
// boundary with "…" when longer than max_bytes (never inside a UTF-8 character).
std::string FirstSentence(const std::string& text, std::size_t max_bytes = 220);

// The measure with this id, or nullptr.
const report::MeasureEntry* FindMeasure(const report::ReportModel& model, const std::string& id);

}  // namespace vigie::pdf
