#pragma once
// The format-neutral model of a diagnostic's deliverables (issue 4): everything the
// full report, the managerial synthesis, the action-plan tracker and the web
// restitution show, already computed and worded in French. Renderers (PDF, XLSX,
// web) only lay it out; they never score, rank or look anything up.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vigie::report {

struct LabeledValue {
  std::string label;
  std::string value;
};

// One answer shown in a domain section.
struct Finding {
  std::string question_id;
  std::string question;     // the question as asked
  std::string answer;       // "Niveau 1 — <what level 1 looks like>", "Je ne sais pas", "Sans réponse"
  int level = -1;           // 0..3; -1 for "je ne sais pas" or no answer
  std::string comment;      // the consultant's comment, may be empty
  std::string evidence;     // evidence note, may be empty
};

struct DomainSection {
  std::string id;
  std::string title;
  std::string summary;
  std::optional<double> score;  // 0..5; nullopt when nothing applied
  int level = 0;                // maturity level 1..5 (0 without score)
  std::string level_name;
  int asked = 0;
  int answered = 0;
  int coverage_gaps = 0;                 // "je ne sais pas" or no answer
  std::vector<Finding> strengths;        // level 3 answers
  std::vector<Finding> weaknesses;       // what pulled the score down, heaviest first
  std::vector<std::string> measure_ids;  // triggered measures of this domain, by rank
};

struct MeasureEntry {
  std::string id;
  std::string title;
  std::string domain_title;
  std::string why;
  std::string how;
  std::string who;       // "Direction, Prestataire informatique"
  std::string effort;    // XS..XL
  std::string cost;      // "Sans coût", "€", "€€", "€€€"
  int priority = 4;      // 1..4
  int rank = 0;          // 1-based
  std::string horizon;   // "3 mois"…
  bool quick_win = false;
  std::string reason;    // one sentence: why it is ranked there
  std::map<std::string, std::vector<std::string>> mappings;  // "anssi" -> {"H37"}, pgssi, care, has, nis2, recyf
};

// One row of the structure's action plan as it stands when the document is made.
struct PlanRow {
  std::string item_id;     // the stored action item's id (hidden column of the tracker)
  std::string measure_id;
  std::string domain_title;
  std::string title;
  std::string why;
  std::string how;
  int priority = 4;
  std::string horizon;
  std::string owner;
  std::string due_date;    // YYYY-MM-DD or empty
  std::string status;      // todo | doing | done | abandoned
  std::string abandon_reason;
  long long progress = 0;  // 0..100
  std::string comment;
  long long revision = 1;
};

struct GlossaryEntry {
  std::string term;
  std::string definition;
};

struct MaturityStep {
  int level = 1;
  std::string name;
  std::string description;
};

struct ReportModel {
  // Who and when.
  std::string diagnostic_id;
  std::string structure_id;
  std::string structure_name;
  std::string finess;
  std::string category;          // "EHPAD"…
  std::string centre_name;       // the CRRC, e.g. "Centre régional de ressources cyber Bourgogne-Franche-Comté"
  std::string consultant;        // display name
  std::string interview_date;    // "29/11/2026"
  std::string locked_date;       // "29/11/2026"
  std::string generated_at;      // "29/11/2026 à 14 h 05"
  std::string referential;       // "Vigie 1.0"
  std::vector<LabeledValue> context;  // the context sheet, labels and values in French

  // Results.
  std::optional<double> global;  // 0..100
  int asked = 0;
  int answered = 0;
  std::vector<MaturityStep> scale;       // levels 1..5 with their names
  std::vector<DomainSection> domains;    // referential order
  std::vector<std::string> strengths;    // the 3 best domains' titles, best first
  std::vector<MeasureEntry> measures;    // triggered measures by rank
  std::vector<PlanRow> plan;             // the structure's plan, by priority then rank

  // Words that are data (data/reports/documents.toml): method, next steps, glossary.
  std::vector<std::string> summary_intro;  // paragraphs opening the summary
  std::string confidentiality;             // footer mention of every page
  std::vector<std::string> method;       // paragraphs
  std::vector<std::string> next_steps;   // paragraphs
  std::vector<GlossaryEntry> glossary;
};

// The six "mesures prioritaires": the first six measures by rank.
std::vector<const MeasureEntry*> TopMeasures(const ReportModel& m, std::size_t count = 6);

}  // namespace vigie::report
