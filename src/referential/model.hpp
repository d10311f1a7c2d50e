#pragma once
// The maturity-diagnostic referential, as loaded from data/referentials/<id>/ (format:
// docs/referential-format.md). Plain data; immutable once loaded.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vigie::referential {

// Where an item was defined, for error messages ("domains/01-gouvernance.toml:42").
struct SourceLocation {
  std::string file;
  long line = 0;
  std::string ToString() const { return file + ":" + std::to_string(line); }
};

using Mappings = std::map<std::string, std::vector<std::string>>;  // "anssi" -> {"H3"}

// A display condition: on a context answer (one of `values`) or on another question
// (answered at least `min_level`).
struct Condition {
  std::string context;              // set for a context condition
  std::vector<std::string> values;
  std::string question;             // set for a question condition
  int min_level = 0;
};

struct ContextOption {
  std::string value;
  std::string label;
};

struct ContextItem {
  std::string id;
  std::string label;
  std::string help;
  std::string kind;  // choice | yesno | number | text
  std::vector<ContextOption> options;
  SourceLocation where;
};

struct Rule {
  std::string id;
  Condition when;
  std::vector<std::string> not_applicable;  // question ids or "tag:<tag>"
  SourceLocation where;
};

struct Question {
  std::string id;
  std::string domain_id;
  int weight = 1;
  std::vector<std::string> tags;
  std::string text;
  std::string help;
  std::string levels[4];
  std::optional<Condition> show_if;
  Mappings mappings;
  SourceLocation where;
};

struct Trigger {
  std::string question;
  int max_level = 1;
};

struct Measure {
  std::string id;
  std::string domain_id;
  std::string title;
  std::string why;
  std::string how;
  std::vector<std::string> who;
  std::string effort;   // XS | S | M | L | XL
  std::string cost;     // 0 | € | €€ | €€€
  int criticality = 1;  // 1..5
  std::string horizon;  // 3m | 6m | 12m | 24m
  std::vector<Trigger> triggers;
  Mappings mappings;
  SourceLocation where;
};

struct Domain {
  std::string id;
  int order = 0;
  std::string title;
  std::string summary;
  std::vector<std::string> question_ids;
  std::vector<std::string> measure_ids;
  SourceLocation where;
};

struct MaturityLevel {
  int level = 1;
  std::string name;
  std::string description;
  double min_score = 0;
};

struct Referential {
  std::string id;
  std::string version;
  std::string title;
  std::vector<MaturityLevel> maturity_levels;
  std::vector<ContextItem> context;
  std::vector<Rule> rules;
  std::vector<Domain> domains;  // by order
  std::vector<Question> questions;
  std::vector<Measure> measures;

  const Question* FindQuestion(const std::string& wanted) const;
  const Measure* FindMeasure(const std::string& wanted) const;
  const ContextItem* FindContext(const std::string& wanted) const;
};

}  // namespace vigie::referential
