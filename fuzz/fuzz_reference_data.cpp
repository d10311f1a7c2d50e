// tenancy::ParseCategories and tenancy::ParseDepartments: the TSV reference lists of
// data/ (embedded at build time, but edited by hand and by scripts).
// Properties:
// - a list is returned only if every row has its columns, none empty, none holding a
//   tab or a line break, and no code twice;
// - otherwise the error is a std::runtime_error "FILE:LINE: message" whose LINE is a
//   line of the input that holds data (not blank, not a '#' comment);
// - a file with LF line endings and the same file saved with CRLF give the same result
//   or the same error.

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "tenancy/reference_data.hpp"

namespace {

constexpr std::string_view kFile = "data/fuzz.tsv";

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

void CheckField(const std::string& field) {
  FUZZ_CHECK(!field.empty());
  FUZZ_CHECK(field.find_first_of("\t\n") == std::string::npos);
}

// Checks the error message; returns it so that two parses can be compared.
std::string CheckError(const std::runtime_error& error, std::string_view text) {
  const std::string message = error.what();
  const std::string prefix = std::string(kFile) + ":";
  FUZZ_CHECK(message.starts_with(prefix));
  std::size_t at = prefix.size();
  std::size_t line = 0;
  while (at < message.size() && message[at] >= '0' && message[at] <= '9' && line < 100000000) {
    line = line * 10 + static_cast<std::size_t>(message[at++] - '0');
  }
  FUZZ_CHECK(at > prefix.size() && message.compare(at, 2, ": ") == 0);
  const auto lines = Lines(text);
  FUZZ_CHECK(line >= 1 && line <= lines.size());
  std::string_view bad = lines[line - 1];
  if (!bad.empty() && bad.back() == '\r') bad.remove_suffix(1);
  FUZZ_CHECK(!bad.empty() && bad.front() != '#');
  return message;
}

// One parse, flattened to text for comparison: rows joined, or "error: " + message.
template <typename Parse, typename Flatten>
std::string Run(std::string_view text, Parse parse, Flatten flatten) {
  try {
    const auto rows = parse(text, kFile);
    std::set<std::string> codes;
    std::string out;
    for (const auto& row : rows) {
      FUZZ_CHECK(codes.insert(row.code).second);
      out += flatten(row) + "\n";
    }
    FUZZ_CHECK(rows.size() <= Lines(text).size());
    return out;
  } catch (const std::runtime_error& error) {
    return "error: " + CheckError(error, text);
  }
  // Any other exception escapes and fails the run.
}

std::string CategoryRow(const vigie::tenancy::Category& c) {
  CheckField(c.code);
  CheckField(c.label);
  CheckField(c.audience);
  return c.code + "|" + c.label + "|" + c.audience;
}

std::string DepartmentRow(const vigie::tenancy::Department& d) {
  CheckField(d.code);
  CheckField(d.name);
  return d.code + "|" + d.name;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = vigie::fuzz::AsText(data, size);
  const auto categories = Run(text, vigie::tenancy::ParseCategories, CategoryRow);
  const auto departments = Run(text, vigie::tenancy::ParseDepartments, DepartmentRow);

  if (text.find('\r') == std::string_view::npos) {
    std::string crlf;
    for (const char c : text) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    FUZZ_CHECK(Run(crlf, vigie::tenancy::ParseCategories, CategoryRow) == categories);
    FUZZ_CHECK(Run(crlf, vigie::tenancy::ParseDepartments, DepartmentRow) == departments);
  }
  return 0;
}
