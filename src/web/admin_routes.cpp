// Administration pages: regions, organismes gestionnaires, user accounts and
// invitations, and the audit log (with its CSV export).
//
// Every route declares its action so the dispatcher asks the policy first; pages
// that act on one account declare that account's tenant as the scope. Lists are
// limited to ctx.Tenant() by the repositories. Handlers never compare roles: what a
// page offers (buttons, roles in a select) is decided with tenancy::Allows/MayGrant.

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/audit_log.hpp"
#include "core/french_format.hpp"
#include "crypto/random.hpp"
#include "storage/audit_repository.hpp"
#include "storage/link_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/structure_validation.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using core::AppError;
using core::FieldError;
using tenancy::Action;
using tenancy::Role;

constexpr long long kUsersPerPage = 25;
constexpr long long kAuditPerPage = 50;
constexpr long long kAuditExportMax = 50000;

// ---------------------------------------------------------------------------------
// Small helpers
//

std::string Trim(const std::string& s) { return tenancy::TrimCopy(s); }

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Length in characters (UTF-8 code points), for limits stated to people.
std::size_t CharCount(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool IsInvalid(const AppError& e) { return e.kind() == core::ErrorKind::kInvalid && !e.fields().empty(); }

// ErrorsView plus the heading of the error summary.
View FormErrors(const std::vector<FieldError>& errors, const std::string& summary) {
  View view = ErrorsView(errors);
  view.set("summary", summary);
  return view;
}

long long PageParam(const Request& request) {
  const std::string v = request.Query("page");
  if (v.empty() || v.size() > 6 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 1;
  }
  return std::max(1LL, std::stoll(v));
}

// "a=1&b=2" from the non-empty pairs, for links that keep the filters.
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

// Names of tenants and targets, looked up once per request.
class Names {
 public:
  explicit Names(storage::Session& s) : s_(s) {}

  std::string StructureName(const std::string& id) {
    auto it = structures_.find(id);
    if (it == structures_.end()) {
      auto st = storage::FindStructure(s_, id);
      it = structures_.emplace(id, st ? st->name : "Structure supprimée").first;
    }
    return it->second;
  }
  const tenancy::Region* Region(const std::string& id) {
    auto it = regions_.find(id);
    if (it == regions_.end()) it = regions_.emplace(id, storage::FindRegion(s_, id)).first;
    return it->second ? &*it->second : nullptr;
  }
  std::string RegionName(const std::string& id) {
    const auto* r = Region(id);
    return r ? r->name : id;
  }
  std::string CentreName(const std::string& id) {
    const auto* r = Region(id);
    return r ? r->crrc_name : id;
  }
  // Where an account or an invitation belongs, in words.
  std::string Attachment(const std::string& region_id, const std::string& structure_id) {
    if (!structure_id.empty()) return StructureName(structure_id);
    if (!region_id.empty()) return CentreName(region_id);
    return "Toutes les régions";
  }
  std::string UserLabel(const std::string& id) {
    auto it = users_.find(id);
    if (it == users_.end()) {
      auto u = storage::FindUser(s_, id);
      it = users_.emplace(id, u ? u->display_name + " (" + u->email + ")" : "Compte supprimé").first;
    }
    return it->second;
  }
  std::string OrganizationName(const std::string& id) {
    auto o = storage::FindOrganization(s_, id);
    return o ? o->name : id;
  }
  std::string InvitationLabel(const std::string& id) {
    auto i = storage::FindInvitation(s_, id);
    return i ? i->display_name + " (" + i->email + ")" : id;
  }

 private:
  storage::Session& s_;
  std::map<std::string, std::string> structures_;
  std::map<std::string, std::optional<tenancy::Region>> regions_;
  std::map<std::string, std::string> users_;
};

// ---------------------------------------------------------------------------------
// Regions

struct RegionInput {
  std::string code, name, crrc_name;
};

bool ValidRegionCode(const std::string& code) {
  return code.size() >= 2 && code.size() <= 16 &&
         std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

Response RegionFormPage(Context& ctx, const RegionInput& in, const std::vector<FieldError>& errors,
                        int status) {
  View view = FormErrors(errors, "La région n’a pas été créée");
  view.set("code", in.code);
  view.set("name", in.name);
  view.set("crrc_name", in.crrc_name);
  return ctx.Page("region_form", "Créer une région", view, status);
}

Response RegionsPage(Context& ctx) {
  View rows = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& r : storage::ListRegions(s, ctx.Tenant())) {
      View row = Object();
      row.set("code", r.code);
      row.set("name", r.name);
      row.set("crrc_name", r.crrc_name);
      row.set("structures", core::FormatInteger(storage::CountStructures(s, {r.id, ""})));
      row.set("users", core::FormatInteger(storage::CountUsers(s, {r.id, ""})));
      row.set("created_at", core::FormatDate(r.created_at));
      rows.push_back(row);
    }
  });
  View view = Object();
  view.set("regions", rows);
  view.set("has_regions", !rows.is_empty_list());
  view.set("can_create", tenancy::Allows(ctx.Principal(), Action::kManageRegions, OwnScope(ctx)));
  return ctx.Page("regions", "Régions", view);
}

Response CreateRegion(Context& ctx) {
  RegionInput in{LowerAscii(Trim(ctx.request.FormValue("code"))), Trim(ctx.request.FormValue("name")),
                 Trim(ctx.request.FormValue("crrc_name"))};
  std::vector<FieldError> errors;
  if (in.name.empty() || CharCount(in.name) > 120) {
    errors.push_back({"name", "Indiquez le nom de la région (120 caractères au plus)."});
  }
  if (!ValidRegionCode(in.code)) {
    errors.push_back({"code", "Le code doit compter de 2 à 16 caractères : lettres sans accent, chiffres ou "
                              "tirets, par exemple « bfc »."});
  }
  if (in.crrc_name.empty() || CharCount(in.crrc_name) > 160) {
    errors.push_back({"crrc_name", "Indiquez le nom du centre régional tel qu’il doit apparaître dans les "
                                   "documents (160 caractères au plus)."});
  }
  try {
    ctx.services.db.Transact([&](storage::Session& s) {
      if (ValidRegionCode(in.code) && storage::FindRegionByCode(s, in.code)) {
        errors.push_back({"code", "Le code « " + in.code + " » est déjà utilisé par une autre région. "
                                  "Choisissez-en un autre."});
      }
      if (!errors.empty()) throw AppError::Invalid("La région n’a pas été créée.", errors);
      tenancy::Region region{crypto::NewId(), in.code, in.name, in.crrc_name, ctx.services.clock.Now()};
      storage::InsertRegion(s, region);
      const auto& who = ctx.Who().user;
      auth::RecordAudit(s, ctx.services.clock,
                        {who.id, who.email, "region.created", "region", region.id, region.id, "",
                         region.name + " (" + region.code + ")"});
    });
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return RegionFormPage(ctx, in, e.fields(), 422);
  }
  return ctx.RedirectWithFlash("/regions", "success", "La région " + in.name + " a été créée.");
}

// ---------------------------------------------------------------------------------
// Organismes gestionnaires

struct OrganizationInput {
  std::string name, region_id;
};

Response OrganizationFormPage(Context& ctx, const OrganizationInput& in,
                              const std::vector<FieldError>& errors, int status) {
  View view = FormErrors(errors, "L’organisme n’a pas été créé");
  view.set("name", in.name);
  const bool choose_region = ctx.Tenant().region_id.empty();
  view.set("choose_region", choose_region);
  View options = List();
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& r : storage::ListRegions(s, ctx.Tenant())) {
      options.push_back(Option(r.id, r.name, r.id == in.region_id));
      if (!choose_region) view.set("region_name", r.name);
    }
  });
  view.set("regions", options);
  return ctx.Page("organization_form", "Créer un organisme gestionnaire", view, status);
}

Response OrganizationsPage(Context& ctx) {
  View rows = List();
  const bool show_region = ctx.Tenant().region_id.empty();
  ctx.services.db.Run([&](storage::Session& s) {
    Names names(s);
    for (const auto& o : storage::ListOrganizations(s, ctx.Tenant())) {
      View row = Object();
      row.set("name", o.name);
      row.set("region", names.RegionName(o.region_id));
      row.set("created_at", core::FormatDate(o.created_at));
      rows.push_back(row);
    }
  });
  View view = Object();
  view.set("organizations", rows);
  view.set("has_organizations", !rows.is_empty_list());
  view.set("show_region", show_region);
  view.set("count", Plural(static_cast<long long>(rows.list_value().size()), "organisme", "organismes"));
  view.set("can_create", tenancy::Allows(ctx.Principal(), Action::kManageOrganizations, OwnScope(ctx)));
  return ctx.Page("organizations", "Organismes gestionnaires", view);
}

Response CreateOrganization(Context& ctx) {
  OrganizationInput in{Trim(ctx.request.FormValue("name")), ctx.request.FormValue("region_id")};
  // Only people who see every region choose one; the others create in their own.
  if (!ctx.Tenant().region_id.empty()) in.region_id = ctx.Tenant().region_id;
  std::vector<FieldError> errors;
  if (in.name.empty() || CharCount(in.name) > 160) {
    errors.push_back({"name", "Indiquez le nom de l’organisme gestionnaire (160 caractères au plus)."});
  }
  try {
    ctx.services.db.Transact([&](storage::Session& s) {
      if (in.region_id.empty() || !storage::FindRegion(s, in.region_id)) {
        errors.push_back({"region", "Choisissez la région de l’organisme."});
      } else {
        ctx.RequireAllowed(Action::kManageOrganizations, {in.region_id, ""});
        for (const auto& o : storage::ListOrganizations(s, {in.region_id, ""})) {
          if (LowerAscii(o.name) == LowerAscii(in.name)) {
            errors.push_back({"name", "Un organisme porte déjà ce nom dans cette région."});
            break;
          }
        }
      }
      if (!errors.empty()) throw AppError::Invalid("L’organisme n’a pas été créé.", errors);
      tenancy::Organization org{crypto::NewId(), in.region_id, in.name, ctx.services.clock.Now()};
      storage::InsertOrganization(s, org);
      const auto& who = ctx.Who().user;
      auth::RecordAudit(s, ctx.services.clock,
                        {who.id, who.email, "organization.created", "organization", org.id, org.region_id,
                         "", org.name});
    });
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return OrganizationFormPage(ctx, in, e.fields(), 422);
  }
  return ctx.RedirectWithFlash("/organismes", "success", "L’organisme « " + in.name + " » a été créé.");
}

// ---------------------------------------------------------------------------------
// Users

// The roles a filter offers: only structure roles when the list shows one structure.
View RoleFilterOptions(const Context& ctx, const std::string& selected) {
  View options = List();
  for (Role r : tenancy::AllRoles()) {
    if (!ctx.Tenant().structure_id.empty() && !tenancy::IsStructureRole(r)) continue;
    options.push_back(Option(std::string(tenancy::RoleCode(r)), std::string(tenancy::RoleLabel(r)),
                             selected == tenancy::RoleCode(r)));
  }
  return options;
}

View UserRow(const tenancy::User& u, Names& names) {
  View row = Object();
  row.set("id", u.id);
  row.set("name", u.display_name);
  row.set("email", u.email);
  row.set("role", std::string(tenancy::RoleLabel(u.role)));
  row.set("attachment", names.Attachment(u.region_id, u.structure_id));
  row.set("mfa", u.mfa_enabled);
  row.set("disabled", u.disabled);
  return row;
}

// What the invitation form may offer: the tenant's structures and regions, and the
// roles the policy lets this person grant on at least one of them.
struct InviteChoices {
  std::vector<tenancy::Structure> structures;
  std::vector<tenancy::Region> regions;
  std::vector<Role> roles;
};

InviteChoices LoadInviteChoices(Context& ctx) {
  InviteChoices c;
  ctx.services.db.Run([&](storage::Session& s) {
    storage::StructureQuery sq;
    sq.tenant = ctx.Tenant();
    sq.page = {1, 200};
    c.structures = storage::ListStructures(s, sq).items;
    c.regions = storage::ListRegions(s, ctx.Tenant());
  });
  const auto& p = ctx.Principal();
  for (Role r : tenancy::AllRoles()) {
    bool allowed = false;
    if (tenancy::IsStructureRole(r)) {
      for (const auto& st : c.structures) allowed = allowed || tenancy::MayGrant(p, r, {st.region_id, st.id});
    } else {
      allowed = tenancy::MayGrant(p, r, {"", ""});
      for (const auto& rg : c.regions) allowed = allowed || tenancy::MayGrant(p, r, {rg.id, ""});
    }
    if (allowed) c.roles.push_back(r);
  }
  return c;
}

Response UsersPage(Context& ctx) {
  const std::string search = Trim(ctx.request.Query("q"));
  std::string role = ctx.request.Query("role");
  if (!tenancy::ParseRole(role)) role.clear();
  storage::UserQuery query{ctx.Tenant(), search, role, {PageParam(ctx.request), kUsersPerPage}};
  View rows = List();
  View invitations = List();
  storage::Page<tenancy::User> page;
  ctx.services.db.Run([&](storage::Session& s) {
    page = storage::ListUsers(s, query);
    if (page.items.empty() && page.number > page.PageCount()) {
      query.page.number = page.PageCount();
      page = storage::ListUsers(s, query);
    }
    Names names(s);
    for (const auto& u : page.items) rows.push_back(UserRow(u, names));
    for (const auto& inv : storage::ListPendingInvitations(s, ctx.Tenant().region_id, ctx.Tenant().structure_id,
                                                           ctx.services.clock.Now())) {
      View row = Object();
      row.set("name", inv.display_name);
      row.set("email", inv.email);
      const auto parsed = tenancy::ParseRole(inv.role);
      row.set("role", parsed ? std::string(tenancy::RoleLabel(*parsed)) : inv.role);
      row.set("attachment", names.Attachment(inv.region_id, inv.structure_id));
      row.set("sent_at", core::FormatDate(inv.created_at));
      row.set("expires_at", core::FormatDateTime(inv.expires_at));
      invitations.push_back(row);
    }
  });
  View view = Object();
  view.set("users", rows);
  view.set("has_users", !rows.is_empty_list());
  view.set("filtered", !search.empty() || !role.empty());
  view.set("q", search);
  view.set("roles", RoleFilterOptions(ctx, role));
  view.set("count", Plural(page.total, "compte", "comptes"));
  view.set("invitations", invitations);
  view.set("has_invitations", !invitations.is_empty_list());
  view.set("pager", PaginationView(page.number, page.PageCount(), page.total,
                                        QueryOf({{"q", search}, {"role", role}}), "/utilisateurs"));
  // The invite button appears when the person may invite at least one role somewhere.
  const bool can_invite = !LoadInviteChoices(ctx).roles.empty();
  view.set("can_invite", can_invite);
  return ctx.Page("users", "Utilisateurs", view);
}

struct InviteInput {
  std::string email, display_name, role, structure_id, region_id;
};

Response InviteFormPage(Context& ctx, const InviteChoices& choices, const InviteInput& in,
                        const std::vector<FieldError>& errors, int status) {
  View view = FormErrors(errors, "L’invitation n’a pas été envoyée");
  view.set("email", in.email);
  view.set("display_name", in.display_name);
  View roles = List();
  bool offers_structure_roles = false;
  bool offers_crrc_roles = false;
  for (Role r : choices.roles) {
    roles.push_back(Option(std::string(tenancy::RoleCode(r)), std::string(tenancy::RoleLabel(r)),
                           in.role == tenancy::RoleCode(r)));
    (tenancy::IsStructureRole(r) ? offers_structure_roles : offers_crrc_roles) = true;
  }
  view.set("roles", roles);
  View structures = List();
  for (const auto& st : choices.structures) {
    structures.push_back(Option(st.id, st.name, st.id == in.structure_id ||
                                                    (choices.structures.size() == 1 && in.structure_id.empty())));
  }
  view.set("structures", structures);
  view.set("offers_structure_roles", offers_structure_roles);
  view.set("has_structures", !choices.structures.empty());
  const bool choose_region = ctx.Tenant().region_id.empty();
  view.set("offers_crrc_roles", offers_crrc_roles);
  view.set("choose_region", offers_crrc_roles && choose_region);
  View regions = List();
  for (const auto& rg : choices.regions) {
    regions.push_back(Option(rg.id, rg.crrc_name + " (" + rg.name + ")", rg.id == in.region_id));
    if (!choose_region) view.set("own_centre", rg.crrc_name);
  }
  view.set("regions", regions);
  return ctx.Page("user_invite", "Inviter une personne", view, status);
}

InviteInput InviteInputOf(const Context& ctx) {
  const Request& r = ctx.request;
  return {Trim(r.FormValue("email")), Trim(r.FormValue("display_name")), r.FormValue("role"),
          r.FormValue("structure_id"), r.FormValue("region_id")};
}

Response InviteUser(Context& ctx) {
  const InviteChoices choices = LoadInviteChoices(ctx);
  if (choices.roles.empty()) throw AppError::Forbidden();
  const InviteInput in = InviteInputOf(ctx);
  auth::InvitationRequest request;
  request.email = in.email;
  request.display_name = in.display_name;
  const auto role = tenancy::ParseRole(in.role);
  const bool offered = role && std::find(choices.roles.begin(), choices.roles.end(), *role) != choices.roles.end();
  if (!offered) {
    std::vector<FieldError> errors;
    if (!auth::NormalizeEmail(in.email)) errors.push_back({"email", "Indiquez une adresse électronique valide, par exemple prenom.nom@structure.fr."});
    if (in.display_name.empty()) errors.push_back({"display_name", "Indiquez le nom de la personne invitée."});
    errors.push_back({"role", "Choisissez le rôle de la personne dans la liste."});
    return InviteFormPage(ctx, choices, in, errors, 422);
  }
  request.role = *role;
  if (tenancy::IsStructureRole(*role)) {
    request.structure_id = in.structure_id;
  } else {
    request.region_id = ctx.Tenant().region_id.empty() ? in.region_id : ctx.Tenant().region_id;
  }
  std::string invitation_id;
  try {
    invitation_id = ctx.services.onboarding.Invite(ctx.Who(), request);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return InviteFormPage(ctx, choices, in, e.fields(), 422);
  }
  if (ctx.services.wake_workers) ctx.services.wake_workers();
  std::string expiry;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto inv = storage::FindInvitation(s, invitation_id)) {
      expiry = " Le lien qu’elle contient est valable jusqu’au " + core::FormatDateTime(inv->expires_at) + ".";
    }
  });
  return ctx.RedirectWithFlash("/utilisateurs", "success",
                               "Invitation envoyée à " + auth::NormalizeEmail(in.email).value_or(in.email) + "." +
                                   expiry);
}

// The tenant of the account named in the path; 404 when it does not exist or lies
// outside the lists this person sees.
tenancy::Scope TargetUserScope(Context& ctx) {
  std::optional<tenancy::User> user;
  ctx.services.db.Run([&](storage::Session& s) { user = storage::FindUser(s, ctx.request.Param("id")); });
  if (!user || !InTenant(ctx.Tenant(), user->region_id, user->structure_id)) {
    throw AppError::NotFound("Ce compte n’existe pas ou ne fait pas partie de votre périmètre.");
  }
  return {user->region_id, user->structure_id};
}

Response UserDetailPage(Context& ctx, const std::vector<FieldError>& errors = {},
                        const std::string& posted_role = "", int status = 200) {
  std::optional<tenancy::User> user;
  View view = FormErrors(errors, "Le rôle n’a pas été changé");
  ctx.services.db.Run([&](storage::Session& s) {
    user = storage::FindUser(s, ctx.request.Param("id"));
    if (!user) return;
    Names names(s);
    view.set("attachment", names.Attachment(user->region_id, user->structure_id));
    view.set("recovery_codes", core::FormatInteger(storage::CountUnusedRecoveryCodes(s, user->id)));
  });
  if (!user) throw AppError::NotFound("Ce compte n’existe pas.");
  const tenancy::Scope scope{user->region_id, user->structure_id};
  const bool self = user->id == ctx.Who().user.id;
  // Managing an account = being allowed to grant the role it has now, in its tenant.
  const bool can_manage = !self && tenancy::MayGrant(ctx.Principal(), user->role, scope);
  view.set("id", user->id);
  view.set("name", user->display_name);
  view.set("email", user->email);
  view.set("role", std::string(tenancy::RoleLabel(user->role)));
  view.set("mfa", user->mfa_enabled);
  view.set("mfa_required", tenancy::RequiresMfa(user->role));
  view.set("disabled", user->disabled);
  view.set("created_at", core::FormatDate(user->created_at));
  view.set("updated_at", core::FormatDateTime(user->updated_at));
  view.set("self", self);
  view.set("can_manage", can_manage);
  View roles = List();
  const std::string selected = posted_role.empty() ? std::string(tenancy::RoleCode(user->role)) : posted_role;
  for (Role r : tenancy::AllRoles()) {
    if (!tenancy::MayGrant(ctx.Principal(), r, scope)) continue;
    roles.push_back(Option(std::string(tenancy::RoleCode(r)), std::string(tenancy::RoleLabel(r)),
                           selected == tenancy::RoleCode(r)));
  }
  view.set("roles", roles);
  return ctx.Page("user_detail", user->display_name, view, status);
}

Response ChangeUserRole(Context& ctx) {
  const std::string id = ctx.request.Param("id");
  const std::string code = ctx.request.FormValue("role");
  const auto role = tenancy::ParseRole(code);
  if (!role) return UserDetailPage(ctx, {{"role", "Choisissez un rôle dans la liste."}}, code, 422);
  try {
    ctx.services.accounts.ChangeRole(ctx.Who(), id, *role);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return UserDetailPage(ctx, e.fields(), code, 422);
  }
  std::string name;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto u = storage::FindUser(s, id)) name = u->display_name;
  });
  return ctx.RedirectWithFlash("/utilisateurs/" + id, "success",
                               "Le rôle de " + name + " est maintenant « " +
                                   std::string(tenancy::RoleLabel(*role)) +
                                   " ». Cette personne devra se reconnecter.");
}

Response SetUserActivation(Context& ctx) {
  const std::string state = ctx.request.FormValue("etat");
  const std::string user_id = ctx.request.Param("id");
  if (state != "desactiver" && state != "activer") throw AppError::Invalid("Action inconnue sur ce compte.");
  const bool disable = state == "desactiver";
  ctx.services.accounts.SetDisabled(ctx.Who(), user_id, disable);
  std::string name;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto u = storage::FindUser(s, user_id)) name = u->display_name;
  });
  return ctx.RedirectWithFlash("/utilisateurs/" + user_id, "success",
                               disable ? "Le compte de " + name + " est désactivé : cette personne ne peut plus se connecter."
                                       : "Le compte de " + name + " est réactivé.");
}

// ---------------------------------------------------------------------------------
// Audit log

struct AuditFilterChoice {
  const char* prefix;
  const char* label;
};

const AuditFilterChoice kAuditFilters[] = {
    {"auth.", "Connexions"},
    {"user.", "Comptes"},
    {"mfa.", "Double authentification"},
    {"api_token.", "Jetons d’accès"},
    {"structure.", "Structures"},
};

std::string ActionLabel(const std::string& code) {
  static const std::map<std::string, std::string> kLabels = {
      {"auth.login", "Connexion"},
      {"auth.login_failed", "Échec de connexion"},
      {"auth.logout", "Déconnexion"},
      {"auth.logout_everywhere", "Déconnexion de tous les appareils"},
      {"auth.mfa_passed", "Code de vérification accepté"},
      {"auth.mfa_failed", "Code de vérification refusé"},
      {"auth.reset_requested", "Demande de nouveau mot de passe"},
      {"auth.password_reset", "Mot de passe réinitialisé"},
      {"mfa.enabled", "Double authentification activée"},
      {"mfa.disabled", "Double authentification désactivée"},
      {"user.created", "Compte créé"},
      {"user.invited", "Invitation envoyée"},
      {"user.role_changed", "Rôle changé"},
      {"user.disabled", "Compte désactivé"},
      {"user.enabled", "Compte réactivé"},
      {"user.password_changed", "Mot de passe changé"},
      {"api_token.created", "Jeton d’accès créé"},
      {"api_token.revoked", "Jeton d’accès révoqué"},
      {"api_token.used", "Jeton d’accès utilisé"},
      {"structure.created", "Structure créée"},
      {"structure.updated", "Structure modifiée"},
      {"structure.deleted", "Structure supprimée"},
      {"region.created", "Région créée"},
      {"organization.created", "Organisme gestionnaire créé"},
      {"audit.exported", "Journal d’audit exporté"},
  };
  auto it = kLabels.find(code);
  return it == kLabels.end() ? code : it->second;
}

std::string TargetTypeLabel(const std::string& type) {
  static const std::map<std::string, std::string> kLabels = {
      {"user", "Compte"},         {"invitation", "Invitation"}, {"api_token", "Jeton d’accès"},
      {"structure", "Structure"}, {"region", "Région"},         {"organization", "Organisme"},
      {"audit", "Journal d’audit"}, {"session", "Session"},
  };
  auto it = kLabels.find(type);
  return it == kLabels.end() ? type : it->second;
}

// What the event acted upon, in words (names looked up when they still exist).
std::string TargetLabel(const storage::AuditEvent& e, Names& names) {
  if (e.target_id.empty()) return TargetTypeLabel(e.target_type);
  std::string name = e.target_id;
  if (e.target_type == "user") name = names.UserLabel(e.target_id);
  else if (e.target_type == "structure") name = names.StructureName(e.target_id);
  else if (e.target_type == "region") name = names.RegionName(e.target_id);
  else if (e.target_type == "organization") name = names.OrganizationName(e.target_id);
  else if (e.target_type == "invitation") name = names.InvitationLabel(e.target_id);
  return TargetTypeLabel(e.target_type) + " : " + name;
}

// A day typed as YYYY-MM-DD (date field) or DD/MM/YYYY (text fallback); returns
// the date normalized to YYYY-MM-DD.
std::optional<std::chrono::year_month_day> ParseDay(const std::string& text, std::string& normalized) {
  int y = 0;
  unsigned m = 0, d = 0;
  auto digits = [&](std::size_t from, std::size_t n, auto& out) {
    if (from + n > text.size()) return false;
    unsigned long v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + static_cast<unsigned long>(text[i] - '0');
    }
    out = static_cast<std::remove_reference_t<decltype(out)>>(v);
    return true;
  };
  bool ok = false;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    ok = digits(0, 4, y) && digits(5, 2, m) && digits(8, 2, d);
  } else if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
    ok = digits(0, 2, d) && digits(3, 2, m) && digits(6, 4, y);
  }
  if (!ok) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok() || y < 2000 || y > 2200) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  normalized = buf;
  return ymd;
}

// UTC instant of midnight in Paris at the start of `day`. Summer time changes at
// 01:00 UTC, never around Paris midnight, so the offset an hour earlier is the one.
core::UnixSeconds ParisMidnight(std::chrono::year_month_day day) {
  const long long utc_midnight =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::sys_days{day}.time_since_epoch()).count();
  return utc_midnight - core::ParisUtcOffset(utc_midnight - 3600);
}

std::string ParisToday(core::UnixSeconds now) {
  using namespace std::chrono;
  const sys_days days{floor<std::chrono::days>(seconds{now + core::ParisUtcOffset(now)})};
  const year_month_day ymd{days};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

struct AuditFilters {
  std::string action;  // one of kAuditFilters' prefixes, or empty
  std::string actor;
  std::string from_text, to_text;  // as typed (normalized when valid)
  storage::AuditQuery query;
  std::vector<FieldError> errors;

  std::string QueryString() const {
    return QueryOf({{"action", action}, {"acteur", actor}, {"du", from_text}, {"au", to_text}});
  }
};

AuditFilters ReadAuditFilters(const Context& ctx) {
  AuditFilters f;
  const Request& r = ctx.request;
  for (const auto& choice : kAuditFilters) {
    if (r.Query("action") == choice.prefix) f.action = choice.prefix;
  }
  f.actor = Trim(r.Query("acteur"));
  if (CharCount(f.actor) > 120) f.actor.clear();
  f.from_text = Trim(r.Query("du"));
  f.to_text = Trim(r.Query("au"));
  f.query.tenant = ctx.Tenant();
  f.query.action_prefix = f.action;
  f.query.actor = f.actor;
  std::optional<std::chrono::year_month_day> from, to;
  if (!f.from_text.empty()) {
    from = ParseDay(f.from_text, f.from_text);
    if (!from) f.errors.push_back({"du", "Date de début incorrecte : écrivez-la sous la forme jj/mm/aaaa."});
  }
  if (!f.to_text.empty()) {
    to = ParseDay(f.to_text, f.to_text);
    if (!to) f.errors.push_back({"au", "Date de fin incorrecte : écrivez-la sous la forme jj/mm/aaaa."});
  }
  if (from && to && std::chrono::sys_days{*to} < std::chrono::sys_days{*from}) {
    f.errors.push_back({"au", "La date de fin est avant la date de début. Inversez les deux dates."});
    to.reset();
  }
  if (from) f.query.from = ParisMidnight(*from);
  if (to) f.query.to = ParisMidnight(std::chrono::year_month_day{std::chrono::sys_days{*to} + std::chrono::days{1}});
  return f;
}

Response AuditPage(Context& ctx) {
  AuditFilters f = ReadAuditFilters(ctx);
  f.query.page = {PageParam(ctx.request), kAuditPerPage};
  View rows = List();
  storage::Page<storage::AuditEvent> page;
  ctx.services.db.Run([&](storage::Session& s) {
    page = storage::ListAuditEvents(s, f.query);
    if (page.items.empty() && page.number > page.PageCount()) {
      f.query.page.number = page.PageCount();
      page = storage::ListAuditEvents(s, f.query);
    }
    Names names(s);
    for (const auto& e : page.items) {
      View row = Object();
      row.set("date", core::FormatDate(e.occurred_at));
      row.set("time", core::FormatTime(e.occurred_at));
      row.set("iso", core::FormatIsoUtc(e.occurred_at));
      row.set("actor", e.actor_label);
      row.set("action", ActionLabel(e.action));
      row.set("action_code", e.action);
      row.set("target", TargetLabel(e, names));
      row.set("details", e.details);
      rows.push_back(row);
    }
  });
  View view = FormErrors(f.errors, "Les filtres contiennent une erreur");
  view.set("events", rows);
  view.set("has_events", !rows.is_empty_list());
  view.set("filtered", !f.action.empty() || !f.actor.empty() || !f.from_text.empty() || !f.to_text.empty());
  View actions = List();
  for (const auto& choice : kAuditFilters) actions.push_back(Option(choice.prefix, choice.label, f.action == choice.prefix));
  view.set("actions", actions);
  view.set("acteur", f.actor);
  view.set("du", f.from_text);
  view.set("au", f.to_text);
  view.set("count", Plural(page.total, "événement", "événements"));
  view.set("can_export", tenancy::Allows(ctx.Principal(), Action::kExportAudit, OwnScope(ctx)));
  const std::string query = f.QueryString();
  view.set("export_href", "/audit.csv" + (query.empty() ? "" : "?" + query));
  view.set("pager", PaginationView(page.number, page.PageCount(), page.total, query, "/audit"));
  return ctx.Page("audit", "Journal d’audit", view, f.errors.empty() ? 200 : 422);
}

// One CSV field: always quoted; a value a spreadsheet would run as a formula gets a
// leading apostrophe.
std::string CsvField(std::string value) {
  if (!value.empty() && std::string("=+-@\t\r").find(value.front()) != std::string::npos) value.insert(0, "'");
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? ";" : "") + CsvField(fields[i]);
  return line + "\r\n";
}

Response AuditCsv(Context& ctx) {
  AuditFilters f = ReadAuditFilters(ctx);
  if (!f.errors.empty()) throw AppError::Invalid("L’export n’a pas été fait : corrigez les filtres.", f.errors);
  std::string csv = "\xEF\xBB\xBF";
  csv += CsvLine({"Date (UTC)", "Date", "Heure", "Acteur", "Code de l’action", "Action", "Cible",
                  "Identifiant de la cible", "Rattachement", "Détails"});
  long long written = 0;
  ctx.services.db.Run([&](storage::Session& s) {
    Names names(s);
    // Events written while the export runs would shift the pages: stop at "now".
    const long long end = ctx.services.clock.Now() + 1;
    if (f.query.to == 0 || f.query.to > end) f.query.to = end;
    f.query.page = {1, 200};
    while (written < kAuditExportMax) {
      const auto page = storage::ListAuditEvents(s, f.query);
      for (const auto& e : page.items) {
        if (written >= kAuditExportMax) break;
        csv += CsvLine({core::FormatIsoUtc(e.occurred_at), core::FormatDate(e.occurred_at),
                        core::FormatTime(e.occurred_at), e.actor_label, e.action, ActionLabel(e.action),
                        TargetLabel(e, names), e.target_id,
                        e.region_id.empty() && e.structure_id.empty() ? ""
                                                                       : names.Attachment(e.region_id, e.structure_id),
                        e.details});
        ++written;
      }
      if (static_cast<long long>(page.items.size()) < f.query.page.size) break;
      ++f.query.page.number;
    }
  });
  std::string details = Plural(written, "ligne", "lignes");
  if (!f.action.empty()) details += ", actions " + f.action + "*";
  if (!f.actor.empty()) details += ", acteur « " + f.actor + " »";
  if (!f.from_text.empty()) details += ", du " + f.from_text;
  if (!f.to_text.empty()) details += ", au " + f.to_text;
  ctx.services.db.Transact([&](storage::Session& s) {
    const auto& who = ctx.Who().user;
    auth::RecordAudit(s, ctx.services.clock,
                      {who.id, who.email, "audit.exported", "audit", "", f.query.tenant.region_id,
                       f.query.tenant.structure_id, details});
  });
  Response r;
  r.body = std::move(csv);
  r.SetHeader("Content-Type", "text/csv; charset=utf-8");
  r.SetHeader("Content-Disposition",
              "attachment; filename=\"journal-audit-" + ParisToday(ctx.services.clock.Now()) + ".csv\"");
  return r;
}

}  // namespace

void AddAdminRoutes(WebApp& app) {
  // Regions
  app.Add("GET", "/regions", {Guard::kSignedIn, Action::kViewRegions, nullptr, RegionsPage});
  app.Add("GET", "/regions/nouvelle", {Guard::kSignedIn, Action::kManageRegions, nullptr, [](Context& ctx) {
            return RegionFormPage(ctx, {}, {}, 200);
          }});
  app.Add("POST", "/regions/nouvelle", {Guard::kSignedIn, Action::kManageRegions, nullptr, CreateRegion});

  // Organismes gestionnaires
  app.Add("GET", "/organismes", {Guard::kSignedIn, Action::kViewOrganizations, nullptr, OrganizationsPage});
  app.Add("GET", "/organismes/nouveau", {Guard::kSignedIn, Action::kManageOrganizations, nullptr, [](Context& ctx) {
            return OrganizationFormPage(ctx, {}, {}, 200);
          }});
  app.Add("POST", "/organismes/nouveau",
          {Guard::kSignedIn, Action::kManageOrganizations, nullptr, CreateOrganization});

  // Users. "/utilisateurs/inviter" comes before "/utilisateurs/{id:id}", which it
  // would match too.
  app.Add("GET", "/utilisateurs", {Guard::kSignedIn, Action::kViewUsers, nullptr, UsersPage});
  app.Add("GET", "/utilisateurs/inviter", {Guard::kSignedIn, Action::kViewUsers, nullptr, [](Context& ctx) {
            const InviteChoices choices = LoadInviteChoices(ctx);
            if (choices.roles.empty()) throw AppError::Forbidden("Vous ne pouvez pas inviter de personne.");
            return InviteFormPage(ctx, choices, {}, {}, 200);
          }});
  // The policy check on the chosen role and tenant (MayGrant) is done by
  // OnboardingService::Invite, which knows the target.
  app.Add("POST", "/utilisateurs/inviter", {Guard::kSignedIn, Action::kViewUsers, nullptr, InviteUser});
  app.Add("GET", "/utilisateurs/{id:id}", {Guard::kSignedIn, Action::kViewUsers, TargetUserScope, [](Context& ctx) {
            return UserDetailPage(ctx);
          }});
  app.Add("POST", "/utilisateurs/{id:id}/role",
          {Guard::kSignedIn, Action::kManageUsers, TargetUserScope, ChangeUserRole});
  app.Add("POST", "/utilisateurs/{id:id}/activation",
          {Guard::kSignedIn, Action::kManageUsers, TargetUserScope, SetUserActivation});

  // Audit log
  app.Add("GET", "/audit", {Guard::kSignedIn, Action::kViewAudit, nullptr, AuditPage});
  app.Add("GET", "/audit.csv", {Guard::kSignedIn, Action::kExportAudit, nullptr, AuditCsv});
}

}  // namespace vigie::web
