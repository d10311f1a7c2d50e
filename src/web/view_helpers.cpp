#include "web/view_helpers.hpp"

#include "core/french_format.hpp"
#include "tenancy/reference_data.hpp"

namespace vigie::web {

View Option(const std::string& value, const std::string& label, bool selected) {
  View o = Object();
  o.set("value", value);
  o.set("label", label);
  o.set("selected", selected);
  return o;
}

View StructureView(const tenancy::Structure& s) {
  View v = Object();
  v.set("id", s.id);
  v.set("name", s.name);
  v.set("finess", s.finess);
  const auto* category = tenancy::FindCategory(s.category_code);
  v.set("category", category ? category->label : s.category_code);
  v.set("category_code", s.category_code);
  v.set("capacity", core::FormatInteger(s.capacity));
  v.set("capacity_raw", std::to_string(s.capacity));
  v.set("staff_count", core::FormatInteger(s.staff_count));
  v.set("staff_count_raw", std::to_string(s.staff_count));
  v.set("workstation_count", core::FormatInteger(s.workstation_count));
  v.set("workstation_count_raw", std::to_string(s.workstation_count));
  v.set("it_organisation", std::string(tenancy::ItOrganisationLabel(s.it_organisation)));
  v.set("it_organisation_code", std::string(tenancy::ItOrganisationCode(s.it_organisation)));
  // Mustache treats every string as true: absent values are not set at all.
  if (!s.it_provider_name.empty()) v.set("it_provider_name", s.it_provider_name);
  const auto* dep = tenancy::FindDepartment(s.department);
  v.set("department", dep ? dep->code + " — " + dep->name : s.department);
  v.set("department_code", s.department);
  v.set("ehealth_group_member", s.ehealth_group_member);
  v.set("access_mode", std::string(tenancy::AccessModeLabel(s.access_mode)));
  v.set("access_mode_code", std::string(tenancy::AccessModeCode(s.access_mode)));
  v.set("created_at", core::FormatDate(s.created_at));
  v.set("updated_at", core::FormatDateTime(s.updated_at));
  return v;
}

View PaginationView(long long number, long long page_count, long long total,
                    const std::string& base_query, const std::string& path) {
  View v = Object();
  auto href = [&](long long n) {
    return path + "?" + base_query + (base_query.empty() ? "" : "&") + "page=" + std::to_string(n);
  };
  View pages = List();
  for (long long n = 1; n <= page_count; ++n) {
    if (page_count > 9 && n != 1 && n != page_count && (n < number - 2 || n > number + 2)) continue;
    View p = Object();
    p.set("number", std::to_string(n));
    p.set("href", href(n));
    p.set("current", n == number);
    pages.push_back(p);
  }
  v.set("pages", pages);
  v.set("has_pages", page_count > 1);
  if (number > 1) v.set("previous_href", href(number - 1));
  if (number < page_count) v.set("next_href", href(number + 1));
  v.set("summary", core::FormatInteger(total) + (total > 1 ? " résultats" : " résultat") +
                       " · page " + std::to_string(number) + " sur " + std::to_string(page_count));
  return v;
}

View CategoryOptions(const std::string& selected) {
  View list = List();
  for (const auto& c : tenancy::Categories()) list.push_back(Option(c.code, c.label, c.code == selected));
  return list;
}

View DepartmentOptions(const std::string& selected) {
  View list = List();
  for (const auto& d : tenancy::Departments()) {
    list.push_back(Option(d.code, d.code + " — " + d.name, d.code == selected));
  }
  return list;
}

}  // namespace vigie::web
