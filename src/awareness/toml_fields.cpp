#include "awareness/toml_fields.hpp"

#include <algorithm>

#include "awareness/placeholders.hpp"

namespace vigie::awareness::detail {
namespace {

std::string Quoted(std::string_view key) {
  std::string out = "« ";
  out += key;
  out += " »";
  return out;
}

bool IsLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool IsAddressLocalChar(char c) {
  return IsLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '+' || c == '-';
}

// local@domain.tld: ASCII, at least two domain labels of [a-z0-9-], no leading or
// trailing dot or hyphen. Enough to catch typos; the mail module checks again.
bool IsPlausibleAddress(std::string_view address) {
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view local = address.substr(0, at);
  if (!std::all_of(local.begin(), local.end(), IsAddressLocalChar) || local.front() == '.' || local.back() == '.') {
    return false;
  }
  std::string_view domain = address.substr(at + 1);
  int labels = 0;
  while (true) {
    const std::size_t dot = domain.find('.');
    const std::string_view label = domain.substr(0, dot);
    if (label.empty() || label.front() == '-' || label.back() == '-') return false;
    if (!std::all_of(label.begin(), label.end(), [](char c) { return IsLowerAlnum(c) || c == '-'; })) return false;
    ++labels;
    if (dot == std::string_view::npos) break;
    domain.remove_prefix(dot + 1);
  }
  return labels >= 2;
}

bool HasControlCharacter(const std::string& value, bool multiline) {
  return std::any_of(value.begin(), value.end(), [&](char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\t' || (multiline && (c == '\n' || c == '\r'))) return false;
    return byte < 0x20 || byte == 0x7F;
  });
}

}  // namespace

TextRule OneLine(std::size_t max_bytes, const std::vector<std::string_view>* placeholders) {
  TextRule rule;
  rule.max_bytes = max_bytes;
  rule.placeholders = placeholders;
  return rule;
}

TextRule Paragraphs(std::size_t max_bytes, const std::vector<std::string_view>* placeholders) {
  TextRule rule = OneLine(max_bytes, placeholders);
  rule.multiline = true;
  return rule;
}

TextRule Optional(TextRule rule) {
  rule.required = false;
  return rule;
}

std::string PlaceholderList(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view name : names) {
    if (!out.empty()) out += ", ";
    out += "{{";
    out += name;
    out += "}}";
  }
  return out;
}

long TomlFields::Line(std::string_view key) const {
  const toml::node* node = key.empty() ? nullptr : table_.get(key);
  return static_cast<long>((node ? node->source() : table_.source()).begin.line);
}

long TomlFields::LineIn(std::string_view key, std::size_t offset) const {
  const toml::node* node = table_.get(key);
  const auto* value = node ? node->as_string() : nullptr;
  if (!value) return Line(key);
  const std::string& text = value->get();
  const long begin = static_cast<long>(node->source().begin.line);
  const long span = static_cast<long>(node->source().end.line) - begin;
  const long newlines = static_cast<long>(std::count(text.begin(), text.end(), '\n'));
  // A multi-line string drops the line break right after its opening quotes: the
  // span then has exactly one more line than the value. Otherwise (escaped "\n",
  // line-ending backslashes) the value's lines cannot be mapped: use the key's line.
  const long skipped = span - newlines;
  if (skipped < 0 || skipped > 1) return begin;
  const auto before = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
  return begin + skipped + static_cast<long>(std::count(text.begin(), before, '\n'));
}

void TomlFields::ErrorAt(long line, const std::string& message) const {
  errors_.push_back(file_ + ":" + std::to_string(line) + ": " + message);
}

void TomlFields::RejectUnknownKeys(const std::vector<std::string_view>& known) const {
  for (const auto& [key, node] : table_) {
    if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
      ErrorAt(static_cast<long>(node.source().begin.line), "clé inconnue " + Quoted(key.str()));
    }
  }
}

std::string TomlFields::Text(std::string_view key, const TextRule& rule) const {
  const toml::node* node = table_.get(key);
  if (!node) {
    if (rule.required) ErrorAt(Line(), "champ " + Quoted(key) + " manquant");
    return {};
  }
  const auto* value = node->as_string();
  if (!value) {
    Error(key, Quoted(key) + " doit être un texte");
    return {};
  }
  const std::string& text = value->get();
  bool ok = true;
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    Error(key, Quoted(key) + " est vide");
    ok = false;
  }
  if (text.size() > rule.max_bytes) {
    Error(key, Quoted(key) + " dépasse " + std::to_string(rule.max_bytes) + " octets");
    ok = false;
  }
  if (!rule.multiline && text.find_first_of("\r\n") != std::string::npos) {
    Error(key, Quoted(key) + " doit tenir sur une ligne");
    ok = false;
  } else if (HasControlCharacter(text, rule.multiline)) {
    Error(key, Quoted(key) + " contient un caractère de contrôle");
    ok = false;
  }
  CheckPlaceholders(key, text, rule);
  return ok ? text : std::string();
}

void TomlFields::CheckPlaceholders(std::string_view key, const std::string& value, const TextRule& rule) const {
  static const std::vector<std::string_view> kNone;
  const auto& allowed = rule.placeholders ? *rule.placeholders : kNone;
  const std::string accepted =
      allowed.empty() ? " (aucun n'est permis ici)" : " ; permis ici : " + PlaceholderList(allowed);
  for (const PlaceholderUse& use : FindPlaceholders(value)) {
    const long line = LineIn(key, use.offset);
    if (!use.closed) {
      ErrorAt(line, Quoted(key) + " : « {{ » sans « }} » sur la même ligne");
      continue;
    }
    std::string message = Quoted(key);
    const bool known = IsPlaceholderName(use.name);
    if (known && std::find(allowed.begin(), allowed.end(), use.name) != allowed.end()) continue;
    message += known ? " : espace réservé « {{" : " : espace réservé inconnu « {{";
    message += use.name;
    message += known ? "}} » non permis" : "}} »";
    message += accepted;
    ErrorAt(line, message);
  }
}

std::string TomlFields::Id(std::string_view key, std::size_t max_bytes) const {
  std::string id = Text(key, OneLine(max_bytes));
  if (id.empty()) return id;
  bool ok = IsLowerAlnum(id.front()) && IsLowerAlnum(id.back()) && id.find("--") == std::string::npos &&
            std::all_of(id.begin(), id.end(), [](char c) { return IsLowerAlnum(c) || c == '-'; });
  if (!ok) Error(key, Quoted(key) + " « " + id + " » : lettres minuscules sans accent et chiffres, mots séparés par « - »");
  return id;
}

std::string TomlFields::Address(std::string_view key, bool required) const {
  TextRule rule = OneLine(254);
  rule.required = required;
  std::string address = Text(key, rule);
  if (!address.empty() && !IsPlausibleAddress(address)) {
    Error(key, Quoted(key) + " « " + address + " » n'est pas une adresse électronique valable (nom@domaine.ext, en ASCII)");
  }
  return address;
}

int TomlFields::Integer(std::string_view key, int min, int max) const {
  const toml::node* node = table_.get(key);
  if (!node) {
    ErrorAt(Line(), "champ " + Quoted(key) + " manquant");
    return min;
  }
  auto value = node->value_exact<int64_t>();
  if (!value || *value < min || *value > max) {
    Error(key, Quoted(key) + " doit être un entier de " + std::to_string(min) + " à " + std::to_string(max));
    return min;
  }
  return static_cast<int>(*value);
}

std::string TomlFields::OneOf(std::string_view key, const std::vector<std::string_view>& allowed) const {
  std::string value = Text(key, OneLine(40));
  if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
    std::string list;
    for (std::string_view a : allowed) {
      if (!list.empty()) list += ", ";
      list += a;
    }
    Error(key, Quoted(key) + " vaut « " + value + " » ; valeurs possibles : " + list);
    return {};
  }
  return value;
}

std::vector<std::string> TomlFields::TextList(std::string_view key, std::size_t min_count, std::size_t max_count,
                                              std::size_t max_bytes) const {
  std::vector<std::string> out;
  const toml::node* node = table_.get(key);
  const toml::array* array = node ? node->as_array() : nullptr;
  if (!node) {
    ErrorAt(Line(), "champ " + Quoted(key) + " manquant");
    return out;
  }
  if (!array) {
    Error(key, Quoted(key) + " doit être une liste de textes");
    return out;
  }
  for (const toml::node& item : *array) {
    const long line = static_cast<long>(item.source().begin.line);
    const auto* text = item.as_string();
    if (!text) {
      ErrorAt(line, Quoted(key) + " doit être une liste de textes");
    } else if (text->get().find_first_not_of(" \t") == std::string::npos) {
      ErrorAt(line, Quoted(key) + " contient un texte vide");
    } else if (text->get().size() > max_bytes) {
      ErrorAt(line, Quoted(key) + " : un texte dépasse " + std::to_string(max_bytes) + " octets");
    } else if (HasControlCharacter(text->get(), false)) {
      ErrorAt(line, Quoted(key) + " : un texte contient un saut de ligne ou un caractère de contrôle");
    } else if (text->get().find("{{") != std::string::npos) {
      ErrorAt(line, Quoted(key) + " n'accepte aucun espace réservé");
    } else {
      out.push_back(text->get());
    }
  }
  if (array->size() < min_count || array->size() > max_count) {
    Error(key, Quoted(key) + " : de " + std::to_string(min_count) + " à " + std::to_string(max_count) +
                   " textes attendus, " + std::to_string(array->size()) + " trouvé(s)");
  }
  return out;
}

const toml::table* TomlFields::Table(std::string_view key) const {
  const toml::node* node = table_.get(key);
  if (!node) return nullptr;
  if (!node->is_table()) Error(key, Quoted(key) + " doit être une table ([" + std::string(key) + "])");
  return node->as_table();
}

const toml::array* TomlFields::Tables(std::string_view key) const {
  const toml::node* node = table_.get(key);
  if (!node) return nullptr;
  const toml::array* array = node->as_array();
  if (!array || !array->is_array_of_tables()) {
    Error(key, Quoted(key) + " doit être une liste de tables ([[" + std::string(key) + "]])");
    return nullptr;
  }
  return array;
}

}  // namespace vigie::awareness::detail
