#pragma once
// Small helpers shared by the administration pages (region_routes.cpp,
// user_routes.cpp, audit_routes.cpp): text limits, page and query parameters, and
// the names of tenants and targets shown in lists.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "storage/database.hpp"
#include "storage/list_query.hpp"
#include "tenancy/entities.hpp"
#include "tenancy/policy.hpp"
#include "web/templates.hpp"
#include "web/web_context.hpp"

namespace vigie::web::detail {

std::string Trim(const std::string& s);
std::string LowerAscii(std::string s);
// Length in characters (UTF-8 code points), for limits stated to people.
std::size_t CharCount(const std::string& s);
// A validation error naming fields, which a form shows next to them.
bool IsInvalid(const core::AppError& e);
// ErrorsView plus the heading of the error summary.
View FormErrors(const std::vector<core::FieldError>& errors, const std::string& summary);
// ?page=N of a page list (1 when absent or malformed).
long long PageParam(const Request& request);
// "a=1&b=2" from the non-empty pairs, for links that keep the filters.
std::string QueryOf(const std::vector<std::pair<std::string, std::string>>& pairs);
// "3 comptes", "1 compte".
std::string Plural(long long n, const std::string& one, const std::string& many);
// Whether an object of (region_id, structure_id) lies within a list filter.
bool InTenant(const storage::TenantFilter& tenant, const std::string& region_id,
              const std::string& structure_id);
// The caller's own tenant, as a policy scope.
tenancy::Scope OwnScope(const Context& ctx);

// Names of tenants and targets, looked up once per request.
class Names {
 public:
  explicit Names(storage::Session& s) : s_(s) {}

  std::string StructureName(const std::string& id);
  const tenancy::Region* Region(const std::string& id);
  std::string RegionName(const std::string& id);
  std::string CentreName(const std::string& id);
  // Where an account or an invitation belongs, in words.
  std::string Attachment(const std::string& region_id, const std::string& structure_id);
  std::string UserLabel(const std::string& id);
  std::string OrganizationName(const std::string& id);
  std::string InvitationLabel(const std::string& id);

 private:
  storage::Session& s_;
  std::map<std::string, std::string> structures_;
  std::map<std::string, std::optional<tenancy::Region>> regions_;
  std::map<std::string, std::string> users_;
};

}  // namespace vigie::web::detail
