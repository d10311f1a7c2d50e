// Loading and checking the quarterly report's texts (data/awareness/
// quarterly_report.toml), with the typed field readers of the template loader.

#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "awareness/quarterly_recommendations.hpp"
#include "awareness/toml_fields.hpp"
#include "core/embedded.hpp"
#include "core/utf8.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& AwarenessQuarterlyReportFiles();  // by vigie_embed
}

namespace vigie::awareness {
namespace {

using detail::TomlFields;

constexpr std::size_t kMaxFileBytes = std::size_t{64} * 1024;
constexpr std::size_t kMaxTextBytes = 600;
constexpr std::size_t kMaxParagraphBytes = 1200;
constexpr std::size_t kMinAlways = 3;
constexpr const char* kEmbeddedName = "quarterly_report.toml";

const std::vector<std::string_view> kRootKeys = {"version", "method", "recommendation"};
const std::vector<std::string_view> kRecommendationKeys = {"id", "condition", "text"};

const RecommendationCondition* FindCondition(std::string_view name) {
  for (const auto& condition : RecommendationConditions()) {
    if (condition.name == name) return &condition;
  }
  return nullptr;
}

std::vector<std::string_view> ConditionNames() {
  std::vector<std::string_view> names;
  for (const auto& condition : RecommendationConditions()) names.push_back(condition.name);
  return names;
}

std::string BraceList(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view name : names) {
    if (!out.empty()) out += ", ";
    out += "{";
    out += name;
    out += "}";
  }
  return out;
}

void CheckBraces(const TomlFields& f, std::string_view key, const std::string& text,
                 const RecommendationCondition& condition) {
  for (const BraceUse& use : FindBraces(text)) {
    const long line = f.LineIn(key, use.offset);
    if (use.stray) {
      f.ErrorAt(line, "« } » sans « { » ; écrivez les espaces réservés ainsi : {click_rate}");
    } else if (!use.closed) {
      f.ErrorAt(line, "« { » sans « } » sur la même ligne");
    } else if (std::find(condition.placeholders.begin(), condition.placeholders.end(), use.name) ==
               condition.placeholders.end()) {
      f.ErrorAt(line, "espace réservé « {" + std::string(use.name) +
                          "} » non permis pour la condition « " + std::string(condition.name) +
                          " » ; permis : " + BraceList(condition.placeholders));
    }
  }
}

void ReadRecommendations(const TomlFields& root, QuarterlyTexts& out) {
  const toml::array* entries = root.Tables("recommendation");
  if (entries == nullptr) {
    root.ErrorAt(root.Line(), "aucune recommandation ([[recommendation]])");
    return;
  }
  std::map<std::string, long> seen_ids;
  std::map<std::string, int> per_condition;
  for (const toml::node& node : *entries) {
    TomlFields f(*node.as_table(), root.file(), root.errors());
    f.RejectUnknownKeys(kRecommendationKeys);
    RecommendationText rec;
    rec.id = f.Id("id", 60);
    if (!rec.id.empty()) {
      auto [it, inserted] = seen_ids.emplace(rec.id, f.Line("id"));
      if (!inserted) {
        f.Error("id", "recommandation « " + rec.id + " » déjà définie ligne " +
                          std::to_string(it->second));
      }
    }
    rec.condition = f.OneOf("condition", ConditionNames());
    rec.text = f.Text("text", detail::OneLine(kMaxTextBytes));
    const RecommendationCondition* condition = FindCondition(rec.condition);
    if (condition != nullptr) {
      ++per_condition[rec.condition];
      CheckBraces(f, "text", rec.text, *condition);
    }
    out.recommendations.push_back(std::move(rec));
  }
  for (const auto& condition : RecommendationConditions()) {
    const int count = per_condition[std::string(condition.name)];
    if (count == 0) {
      root.ErrorAt(root.Line("recommendation"), "aucune recommandation pour la condition « " +
                                                    std::string(condition.name) + " »");
    }
  }
  if (per_condition["always"] < static_cast<int>(kMinAlways)) {
    root.ErrorAt(
        root.Line("recommendation"),
        "au moins " + std::to_string(kMinAlways) +
            " recommandations « always » sont nécessaires pour en proposer toujours trois");
  }
}

void ReadMethod(const TomlFields& root, QuarterlyTexts& out) {
  out.method = root.TextList("method", 2, 8, kMaxParagraphBytes);
  for (const std::string& paragraph : out.method) {
    if (paragraph.find_first_of("{}") != std::string::npos) {
      root.Error("method", "« method » n'accepte aucun espace réservé ni accolade");
    }
  }
}

long FirstInvalidUtf8Line(std::string_view text) {
  long line = 1;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (!core::IsValidUtf8(text.substr(start, end - start))) return line;
    start = end + 1;
  }
  return 0;
}

}  // namespace

QuarterlyTextsLoad ParseQuarterlyTexts(const std::string& toml_text, const std::string& file_name) {
  QuarterlyTextsLoad out;
  if (toml_text.size() > kMaxFileBytes) {
    out.errors.push_back(file_name + ":1: le fichier dépasse " + std::to_string(kMaxFileBytes) +
                         " octets");
    return out;
  }
  if (const long line = FirstInvalidUtf8Line(toml_text)) {
    out.errors.push_back(file_name + ":" + std::to_string(line) +
                         ": le fichier n'est pas en UTF-8 valide");
    return out;
  }
  toml::table table;
  try {
    table = toml::parse(toml_text, std::string(file_name));
  } catch (const toml::parse_error& e) {
    out.errors.push_back(file_name + ":" + std::to_string(e.source().begin.line) + ": " +
                         std::string(e.description()));
    return out;
  }
  const TomlFields root(table, file_name, out.errors);
  root.RejectUnknownKeys(kRootKeys);
  root.Integer("version", 1, 9999);
  ReadMethod(root, out.texts);
  ReadRecommendations(root, out.texts);
  if (!out.errors.empty()) out.texts = {};
  return out;
}

const QuarterlyTexts& EmbeddedQuarterlyTexts() {
  static const QuarterlyTexts kTexts = [] {
    const auto data = core::FindEmbedded(AwarenessQuarterlyReportFiles(), kEmbeddedName);
    if (!data) throw std::runtime_error("data/awareness/quarterly_report.toml is not embedded");
    QuarterlyTextsLoad load =
        ParseQuarterlyTexts(std::string(*data), "data/awareness/quarterly_report.toml");
    if (!load.ok()) {
      std::string message = "the embedded quarterly report texts do not validate:";
      for (const auto& e : load.errors) message += "\n  " + e;
      throw std::runtime_error(message);
    }
    return std::move(load.texts);
  }();
  return kTexts;
}

}  // namespace vigie::awareness
