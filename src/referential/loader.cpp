#include "referential/loader.hpp"

#include <toml++/toml.h>

#include <regex>
#include <set>
#include <sstream>

#include "core/embedded.hpp"
#include "referential/validation.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& ReferentialFiles();
}

namespace vigie::referential {
namespace {

// Reads typed fields of one TOML table, recording errors with file and line.
class Fields {
 public:
  Fields(const toml::table& table, std::string file, std::vector<std::string>& errors)
      : table_(table), file_(std::move(file)), errors_(errors) {}

  long Line(const std::string& key = "") const {
    const toml::node* node = key.empty() ? nullptr : table_.get(key);
    return static_cast<long>((node ? node->source() : table_.source()).begin.line);
  }
  // An item is located by its "id" line (toml++ places a table's start imprecisely).
  SourceLocation Where() const { return {file_, Line(table_.contains("id") ? "id" : "")}; }
  void Error(const std::string& key, const std::string& message) const {
    errors_.push_back(file_ + ":" + std::to_string(Line(key)) + ": " + message);
  }

  std::string String(const std::string& key, bool required = true) const {
    const toml::node* node = table_.get(key);
    if (!node) {
      if (required) Error("", "champ « " + key + " » manquant");
      return {};
    }
    auto value = node->value_exact<std::string>();
    if (!value) {
      Error(key, "« " + key + " » doit être un texte");
      return {};
    }
    if (required && value->find_first_not_of(" \t\r\n") == std::string::npos) {
      Error(key, "« " + key + " » est vide");
    }
    return *value;
  }

  long long Integer(const std::string& key, long long min, long long max) const {
    const toml::node* node = table_.get(key);
    if (!node) {
      Error("", "champ « " + key + " » manquant");
      return min;
    }
    auto value = node->value_exact<int64_t>();
    if (!value || *value < min || *value > max) {
      Error(key, "« " + key + " » doit être un entier de " + std::to_string(min) + " à " + std::to_string(max));
      return min;
    }
    return *value;
  }

  double Number(const std::string& key) const {
    const toml::node* node = table_.get(key);
    auto value = node ? node->value<double>() : std::nullopt;
    if (!value) Error(node ? key : "", "« " + key + " » doit être un nombre");
    return value.value_or(0);
  }

  std::vector<std::string> Strings(const std::string& key, bool required) const {
    std::vector<std::string> out;
    const toml::node* node = table_.get(key);
    if (!node) {
      if (required) Error("", "champ « " + key + " » manquant");
      return out;
    }
    const toml::array* array = node->as_array();
    if (!array) {
      Error(key, "« " + key + " » doit être une liste de textes");
      return out;
    }
    for (const auto& item : *array) {
      auto value = item.value_exact<std::string>();
      if (!value) {
        Error(key, "« " + key + " » doit être une liste de textes");
        continue;
      }
      out.push_back(*value);
    }
    return out;
  }

  std::string OneOf(const std::string& key, const std::set<std::string>& allowed) const {
    std::string value = String(key);
    if (!value.empty() && !allowed.count(value)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      Error(key, "« " + key + " » vaut « " + value + " » ; valeurs possibles : " + list);
    }
    return value;
  }

  // The shape of each referential's codes (docs/referential-format.md): a typo such
  // as "H 37" or "P7-4" would otherwise land silently in the reports' annex.
  static bool IsMappingCode(const std::string& kind, const std::string& code) {
    static const std::map<std::string, std::regex> kShapes = {
        {"anssi", std::regex("H([1-9]|[1-3][0-9]|4[0-2])")},
        {"pgssi", std::regex("P[1-7](\\.[1-9])?")},
        {"care", std::regex("D1|D2-[OP][1-9](\\.[a-z])?")},
        {"has", std::regex("[1-3]\\.[0-9]{1,2}-[0-9]{2}")},
        {"nis2", std::regex("[a-j]")},
        {"recyf", std::regex("R([1-9]|1[0-9]|20)")}};
    auto it = kShapes.find(kind);
    return it != kShapes.end() && std::regex_match(code, it->second);
  }

  static std::string MappingShape(const std::string& kind) {
    if (kind == "anssi") return "H1 à H42";
    if (kind == "pgssi") return "chapitre P1 à P7, ou section comme P7.4";
    if (kind == "care") return "D1, ou objectif D2 comme D2-O1.a";
    if (kind == "has") return "critère comme 3.14-01";
    if (kind == "nis2") return "lettre a à j";
    return "R1 à R20";
  }

  Mappings MappingTable(const std::string& key) const {
    Mappings out;
    const toml::node* node = table_.get(key);
    if (!node) return out;
    const toml::table* mappings = node->as_table();
    if (!mappings) {
      Error(key, "« " + key + " » doit être une table");
      return out;
    }
    static const std::set<std::string> kKeys = {"anssi", "pgssi", "care", "has", "nis2", "recyf"};
    for (const auto& [name, value] : *mappings) {
      const std::string k(name.str());
      if (!kKeys.count(k)) Error(key, "référentiel de correspondance inconnu « " + k + " »");
      Fields inner(*mappings, file_, errors_);
      out[k] = inner.Strings(k, true);
      for (const auto& code : out[k]) {
        if (kKeys.count(k) && !IsMappingCode(k, code)) {
          std::string message = "code « " + code;
          message += " » invalide pour « " + k;
          message += " » (" + MappingShape(k) + ")";
          Error(key, message);
        }
      }
    }
    return out;
  }

  std::optional<Condition> ConditionOf(const std::string& key) const {
    const toml::node* node = table_.get(key);
    if (!node) return std::nullopt;
    const toml::table* t = node->as_table();
    if (!t) {
      Error(key, "« " + key + " » doit être une table { context = …, in = […] } ou { question = …, min_level = … }");
      return std::nullopt;
    }
    Fields c(*t, file_, errors_);
    Condition condition;
    if (t->contains("context")) {
      condition.context = c.String("context");
      condition.values = c.Strings("in", true);
    } else if (t->contains("question")) {
      condition.question = c.String("question");
      condition.min_level = static_cast<int>(c.Integer("min_level", 0, 3));
    } else {
      Error(key, "« " + key + " » doit porter sur « context » ou sur « question »");
      return std::nullopt;
    }
    return condition;
  }

  const toml::array* Tables(const std::string& key) const {
    const toml::node* node = table_.get(key);
    if (!node) return nullptr;
    const toml::array* array = node->as_array();
    if (!array || !array->is_array_of_tables()) {
      Error(key, "« " + key + " » doit être une liste de tables ([[" + key + "]])");
      return nullptr;
    }
    return array;
  }

  const std::string& file() const { return file_; }
  std::vector<std::string>& errors() const { return errors_; }

 private:
  const toml::table& table_;
  std::string file_;
  std::vector<std::string>& errors_;
};

std::optional<toml::table> Parse(const FileReader& read, const std::string& relative, const std::string& display,
                                 std::vector<std::string>& errors) {
  auto text = read(relative);
  if (!text) {
    errors.push_back(display + ": fichier introuvable");
    return std::nullopt;
  }
  try {
    return toml::parse(*text, display);
  } catch (const toml::parse_error& e) {
    errors.push_back(display + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
    return std::nullopt;
  }
}

void ReadContext(const Fields& file, Referential& r) {
  if (const auto* items = file.Tables("context")) {
    for (const auto& node : *items) {
      Fields f(*node.as_table(), file.file(), file.errors());
      ContextItem item{f.String("id"), f.String("label"), f.String("help", false),
                       f.OneOf("kind", {"choice", "yesno", "number", "text"}), {}, f.Where()};
      if (const auto* options = f.Tables("options")) {
        for (const auto& o : *options) {
          Fields of(*o.as_table(), file.file(), file.errors());
          item.options.push_back({of.String("value"), of.String("label")});
        }
      }
      if (item.kind == "choice" && item.options.size() < 2) f.Error("options", "un choix demande au moins deux options");
      if (item.kind == "yesno") item.options = {{"yes", "Oui"}, {"no", "Non"}};
      r.context.push_back(std::move(item));
    }
  }
  if (const auto* rules = file.Tables("rule")) {
    for (const auto& node : *rules) {
      Fields f(*node.as_table(), file.file(), file.errors());
      Rule rule{f.String("id"), {}, f.Strings("not_applicable", true), f.Where()};
      auto when = f.ConditionOf("when");
      if (when) {
        rule.when = *when;
      } else {
        f.Error("", "une règle demande « when »");
      }
      r.rules.push_back(std::move(rule));
    }
  }
}

void ReadDomain(const Fields& file, const toml::table& root, Referential& r) {
  const toml::node* domain_node = root.get("domain");
  if (!domain_node || !domain_node->as_table()) {
    file.Error("", "table [domain] manquante");
    return;
  }
  Fields d(*domain_node->as_table(), file.file(), file.errors());
  Domain domain{d.String("id"), static_cast<int>(d.Integer("order", 1, 99)), d.String("title"),
                d.String("summary"), {}, {}, d.Where()};
  if (const auto* questions = file.Tables("question")) {
    for (const auto& node : *questions) {
      Fields f(*node.as_table(), file.file(), file.errors());
      Question q;
      q.id = f.String("id");
      q.domain_id = domain.id;
      q.weight = static_cast<int>(f.Integer("weight", 1, 5));
      q.tags = f.Strings("tags", false);
      q.text = f.String("question");
      q.help = f.String("help");
      for (int level = 0; level < 4; ++level) q.levels[level] = f.String("level_" + std::to_string(level));
      q.show_if = f.ConditionOf("show_if");
      q.mappings = f.MappingTable("mappings");
      q.where = f.Where();
      domain.question_ids.push_back(q.id);
      r.questions.push_back(std::move(q));
    }
  }
  if (const auto* measures = file.Tables("measure")) {
    for (const auto& node : *measures) {
      Fields f(*node.as_table(), file.file(), file.errors());
      Measure m;
      m.id = f.String("id");
      m.domain_id = domain.id;
      m.title = f.String("title");
      m.why = f.String("why");
      m.how = f.String("how");
      m.who = f.Strings("who", true);
      m.effort = f.OneOf("effort", {"XS", "S", "M", "L", "XL"});
      m.cost = f.OneOf("cost", {"0", "€", "€€", "€€€"});
      m.criticality = static_cast<int>(f.Integer("criticality", 1, 5));
      m.horizon = f.OneOf("horizon", {"3m", "6m", "12m", "24m"});
      if (const auto* triggers = f.Tables("triggers")) {
        for (const auto& t : *triggers) {
          Fields tf(*t.as_table(), file.file(), file.errors());
          m.triggers.push_back({tf.String("question"), static_cast<int>(tf.Integer("max_level", 0, 2))});
        }
      } else {
        f.Error("", "une mesure demande au moins un déclencheur (« triggers »)");
      }
      m.mappings = f.MappingTable("mappings");
      m.where = f.Where();
      domain.measure_ids.push_back(m.id);
      r.measures.push_back(std::move(m));
    }
  }
  r.domains.push_back(std::move(domain));
}

}  // namespace

LoadResult LoadReferential(const FileReader& read, const std::string& display_dir) {
  LoadResult result;
  auto& errors = result.errors;
  const std::string root_display = display_dir + "/referential.toml";
  auto root = Parse(read, "referential.toml", root_display, errors);
  if (!root) return result;
  Referential r;
  Fields top(*root, root_display, errors);
  r.id = top.String("id");
  r.version = top.String("version");
  r.title = top.String("title");
  if (const auto* levels = top.Tables("maturity_level")) {
    for (const auto& node : *levels) {
      Fields f(*node.as_table(), root_display, errors);
      r.maturity_levels.push_back({static_cast<int>(f.Integer("level", 1, 5)), f.String("name"),
                                   f.String("description"), f.Number("min_score")});
    }
  }
  for (const std::string& relative : top.Strings("files", true)) {
    std::string display = display_dir;
    display += "/";
    display += relative;
    auto table = Parse(read, relative, display, errors);
    if (!table) continue;
    Fields file(*table, display, errors);
    if (table->contains("domain")) {
      ReadDomain(file, *table, r);
    } else {
      ReadContext(file, r);
    }
  }
  Validate(r, root_display, errors);
  if (errors.empty()) result.referential = std::move(r);
  return result;
}

LoadResult LoadReferentialFromDirectory(const std::string& directory) {
  return LoadReferential([&](const std::string& relative) { return core::ReadFile(directory + "/" + relative); },
                         directory);
}

const Referential& EmbeddedReferential() {
  static const Referential kReferential = [] {
    auto result = LoadReferential(
        [](const std::string& relative) -> std::optional<std::string> {
          auto data = core::FindEmbedded(ReferentialFiles(), relative);
          if (!data) return std::nullopt;
          return std::string(*data);
        },
        "data/referentials/vigie");
    if (!result.referential) {
      std::string message = "the embedded referential does not validate:";
      for (const auto& e : result.errors) message += "\n  " + e;
      throw std::runtime_error(message);
    }
    return *result.referential;
  }();
  return kReferential;
}

}  // namespace vigie::referential
