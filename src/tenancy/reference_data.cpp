#include "tenancy/reference_data.hpp"

#include <set>
#include <stdexcept>

#include "core/embedded.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& TenancyData();
}

namespace vigie::tenancy {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Calls on_row(fields, line_number) for each data line.
template <typename OnRow>
void ForEachRow(std::string_view text, std::string_view file_name, std::size_t columns,
                OnRow on_row) {
  std::size_t line_number = 0;
  std::size_t start = 0;
  std::set<std::string> codes;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    ++line_number;
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto where = std::string(file_name) + ":" + std::to_string(line_number) + ": ";
    auto fields = SplitTabs(line);
    if (fields.size() != columns) {
      throw std::runtime_error(where + std::to_string(columns) + " colonnes attendues, " +
                               std::to_string(fields.size()) + " trouvées");
    }
    for (const auto& f : fields) {
      if (f.empty()) throw std::runtime_error(where + "colonne vide");
    }
    if (!codes.insert(fields[0]).second) {
      throw std::runtime_error(where + "code en double « " + fields[0] + " »");
    }
    on_row(std::move(fields));
  }
}

std::string_view EmbeddedText(std::string_view path) {
  auto data = core::FindEmbedded(TenancyData(), path);
  if (!data) throw std::logic_error("embedded data file missing: " + std::string(path));
  return *data;
}

}  // namespace

std::vector<Category> ParseCategories(std::string_view text, std::string_view file_name) {
  std::vector<Category> out;
  ForEachRow(text, file_name, 3, [&](std::vector<std::string> f) {
    out.push_back({std::move(f[0]), std::move(f[1]), std::move(f[2])});
  });
  return out;
}

std::vector<Department> ParseDepartments(std::string_view text, std::string_view file_name) {
  std::vector<Department> out;
  ForEachRow(text, file_name, 2, [&](std::vector<std::string> f) {
    out.push_back({std::move(f[0]), std::move(f[1])});
  });
  return out;
}

const std::vector<Category>& Categories() {
  static const auto kList =
      ParseCategories(EmbeddedText("esms_categories.tsv"), "data/esms_categories.tsv");
  return kList;
}

const std::vector<Department>& Departments() {
  static const auto kList = ParseDepartments(EmbeddedText("departments.tsv"), "data/departments.tsv");
  return kList;
}

const Category* FindCategory(std::string_view code) {
  for (const auto& c : Categories()) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

const Department* FindDepartment(std::string_view code) {
  for (const auto& d : Departments()) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

}  // namespace vigie::tenancy
