#include "web/admin_helpers.hpp"

#include <algorithm>

#include "core/french_format.hpp"
#include "storage/link_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/structure_validation.hpp"

namespace vigie::web::detail {

std::string Trim(const std::string& s) { return tenancy::TrimCopy(s); }

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::size_t CharCount(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool IsInvalid(const core::AppError& e) {
  return e.kind() == core::ErrorKind::kInvalid && !e.fields().empty();
}

View FormErrors(const std::vector<core::FieldError>& errors, const std::string& summary) {
  View view = ErrorsView(errors);
  view.set("summary", summary);
  return view;
}

long long PageParam(const Request& request) {
  const std::string v = request.Query("page");
  if (v.empty() || v.size() > 6 ||
      !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 1;
  }
  return std::max(1LL, std::stoll(v));
}

std::string QueryOf(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out;
  for (const auto& [k, v] : pairs) {
    if (v.empty()) continue;
    if (!out.empty()) out += '&';
    out += k + "=" + UrlEncode(v);
  }
  return out;
}

std::string Plural(long long n, const std::string& one, const std::string& many) {
  return core::FormatInteger(n) + " " + (n > 1 ? many : one);
}

bool InTenant(const storage::TenantFilter& tenant, const std::string& region_id,
              const std::string& structure_id) {
  return (tenant.region_id.empty() || tenant.region_id == region_id) &&
         (tenant.structure_id.empty() || tenant.structure_id == structure_id);
}

tenancy::Scope OwnScope(const Context& ctx) {
  return {ctx.Principal().region_id, ctx.Principal().structure_id};
}

// ---------------------------------------------------------------------------------
// Names

std::string Names::StructureName(const std::string& id) {
  auto it = structures_.find(id);
  if (it == structures_.end()) {
    auto st = storage::FindStructure(s_, id);
    it = structures_.emplace(id, st ? st->name : "Structure supprimée").first;
  }
  return it->second;
}

const tenancy::Region* Names::Region(const std::string& id) {
  auto it = regions_.find(id);
  if (it == regions_.end()) it = regions_.emplace(id, storage::FindRegion(s_, id)).first;
  return it->second ? &*it->second : nullptr;
}

std::string Names::RegionName(const std::string& id) {
  const auto* r = Region(id);
  return r ? r->name : id;
}

std::string Names::CentreName(const std::string& id) {
  const auto* r = Region(id);
  return r ? r->crrc_name : id;
}

std::string Names::Attachment(const std::string& region_id, const std::string& structure_id) {
  if (!structure_id.empty()) return StructureName(structure_id);
  if (!region_id.empty()) return CentreName(region_id);
  return "Toutes les régions";
}

std::string Names::UserLabel(const std::string& id) {
  auto it = users_.find(id);
  if (it == users_.end()) {
    auto u = storage::FindUser(s_, id);
    it = users_.emplace(id, u ? u->display_name + " (" + u->email + ")" : "Compte supprimé").first;
  }
  return it->second;
}

std::string Names::OrganizationName(const std::string& id) {
  auto o = storage::FindOrganization(s_, id);
  return o ? o->name : id;
}

std::string Names::InvitationLabel(const std::string& id) {
  auto i = storage::FindInvitation(s_, id);
  return i ? i->display_name + " (" + i->email + ")" : id;
}

}  // namespace vigie::web::detail
