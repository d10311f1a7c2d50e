#pragma once
// Internal to the template loader: typed reading of one TOML table, each problem
// recorded as "FILE:LINE: message" (the style of referential/loader.cpp). Lines point
// at the key, and inside a multi-line text at the line of the offending placeholder.

#include <toml++/toml.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::awareness::detail {

// How a text field is checked. Placeholders: those the field accepts (null = none).
struct TextRule {
  std::size_t max_bytes = 200;
  bool multiline = false;
  bool required = true;
  const std::vector<std::string_view>* placeholders = nullptr;
};

TextRule OneLine(std::size_t max_bytes, const std::vector<std::string_view>* placeholders = nullptr);
TextRule Paragraphs(std::size_t max_bytes, const std::vector<std::string_view>* placeholders = nullptr);
TextRule Optional(TextRule rule);

class TomlFields {
 public:
  TomlFields(const toml::table& table, const std::string& file, std::vector<std::string>& errors)
      : table_(table), file_(file), errors_(errors) {}

  // The line of `key` (of the table itself when empty or absent).
  long Line(std::string_view key = {}) const;
  // The line of byte `offset` within the string value of `key`.
  long LineIn(std::string_view key, std::size_t offset) const;

  void ErrorAt(long line, const std::string& message) const;
  void Error(std::string_view key, const std::string& message) const { ErrorAt(Line(key), message); }

  bool Has(std::string_view key) const { return table_.contains(key); }
  void RejectUnknownKeys(const std::vector<std::string_view>& known) const;

  // Missing, wrong type, blank, too long, line breaks, control characters, and
  // placeholders (closed, known, accepted here) are reported; returns "" on error.
  std::string Text(std::string_view key, const TextRule& rule) const;
  // A text made of [a-z0-9] words joined by '-'.
  std::string Id(std::string_view key, std::size_t max_bytes) const;
  // An ASCII address local@domain.tld; `required` false allows absence.
  std::string Address(std::string_view key, bool required) const;
  int Integer(std::string_view key, int min, int max) const;
  std::string OneOf(std::string_view key, const std::vector<std::string_view>& allowed) const;
  // A list of one-line texts without placeholders, of min_count..max_count items.
  std::vector<std::string> TextList(std::string_view key, std::size_t min_count, std::size_t max_count,
                                    std::size_t max_bytes) const;
  // A sub-table, or nullptr (with an error when the key holds something else).
  const toml::table* Table(std::string_view key) const;
  // An array of tables ([[key]]), or nullptr (with an error when not such an array).
  const toml::array* Tables(std::string_view key) const;

  const std::string& file() const { return file_; }
  std::vector<std::string>& errors() const { return errors_; }

 private:
  void CheckPlaceholders(std::string_view key, const std::string& value, const TextRule& rule) const;

  const toml::table& table_;
  const std::string& file_;
  std::vector<std::string>& errors_;
};

// "« {{a}} », « {{b}} »" for messages.
std::string PlaceholderList(const std::vector<std::string_view>& names);

}  // namespace vigie::awareness::detail
