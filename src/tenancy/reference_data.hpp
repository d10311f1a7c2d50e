#pragma once
// Reference lists shipped as data files under data/ (embedded at build time):
// ESMS categories and French departments. Validated at load; an error names the file
// and the line.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::tenancy {

struct Category {
  std::string code;
  std::string label;
  std::string audience;
};

struct Department {
  std::string code;
  std::string name;
};

// Parses "code<TAB>label<TAB>audience" lines ('#' comments, blank lines skipped).
// Throws std::runtime_error "FILE:LINE: message" on a malformed line or a duplicate.
std::vector<Category> ParseCategories(std::string_view text, std::string_view file_name);
std::vector<Department> ParseDepartments(std::string_view text, std::string_view file_name);

// The embedded lists, parsed once.
const std::vector<Category>& Categories();
const std::vector<Department>& Departments();
const Category* FindCategory(std::string_view code);
const Department* FindDepartment(std::string_view code);

}  // namespace vigie::tenancy
