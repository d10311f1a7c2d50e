// Administration pages for user accounts: the list (with pending invitations), the
// invitation form, an account's detail, role change and activation. The writes are
// the account services' (src/auth), which check the policy against the target; the
// API (api_admin_routes.cpp) calls the same services, and SendInvitation.
//
// Pages that act on one account declare that account's tenant as the scope
// (TargetUserScope). Handlers never compare roles: what a page offers (buttons,
// roles in a select) is decided with tenancy::Allows/MayGrant.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/french_format.hpp"
#include "storage/link_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "web/admin_helpers.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using core::AppError;
using core::FieldError;
using tenancy::Action;
using tenancy::Role;
using namespace detail;

constexpr long long kUsersPerPage = 25;

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
      for (const auto& st : c.structures)
        allowed = allowed || tenancy::MayGrant(p, r, {st.region_id, st.id});
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
    for (const auto& inv : storage::ListPendingInvitations(
             s, ctx.Tenant().region_id, ctx.Tenant().structure_id, ctx.services.clock.Now())) {
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
    structures.push_back(Option(
        st.id, st.name,
        st.id == in.structure_id || (choices.structures.size() == 1 && in.structure_id.empty())));
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
  const auto role = tenancy::ParseRole(in.role);
  const bool offered =
      role && std::find(choices.roles.begin(), choices.roles.end(), *role) != choices.roles.end();
  if (!offered) {
    std::vector<FieldError> errors;
    if (!auth::NormalizeEmail(in.email))
      errors.push_back(
          {"email",
           "Indiquez une adresse électronique valide, par exemple prenom.nom@structure.fr."});
    if (in.display_name.empty())
      errors.push_back({"display_name", "Indiquez le nom de la personne invitée."});
    errors.push_back({"role", "Choisissez le rôle de la personne dans la liste."});
    return InviteFormPage(ctx, choices, in, errors, 422);
  }
  storage::InvitationRecord invitation;
  try {
    invitation = SendInvitation(ctx, in, *role);
  } catch (const AppError& e) {
    if (!IsInvalid(e)) throw;
    return InviteFormPage(ctx, choices, in, e.fields(), 422);
  }
  return ctx.RedirectWithFlash("/utilisateurs", "success",
                               "Invitation envoyée à " + invitation.email +
                                   ". Le lien qu’elle contient est valable jusqu’au " +
                                   core::FormatDateTime(invitation.expires_at) + ".");
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
  const std::string selected =
      posted_role.empty() ? std::string(tenancy::RoleCode(user->role)) : posted_role;
  for (Role r : tenancy::AllRoles()) {
    if (!tenancy::MayGrant(ctx.Principal(), r, scope)) continue;
    roles.push_back(Option(std::string(tenancy::RoleCode(r)), std::string(tenancy::RoleLabel(r)),
                           selected == tenancy::RoleCode(r)));
  }
  view.set("roles", roles);
  return ctx.Page("user_detail", user->display_name, view, status);
}

std::string DisplayNameOf(Context& ctx, const std::string& user_id) {
  std::string name;
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto u = storage::FindUser(s, user_id)) name = u->display_name;
  });
  return name;
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
  return ctx.RedirectWithFlash("/utilisateurs/" + id, "success",
                               "Le rôle de " + DisplayNameOf(ctx, id) + " est maintenant « " +
                                   std::string(tenancy::RoleLabel(*role)) +
                                   " ». Cette personne devra se reconnecter.");
}

Response SetUserActivation(Context& ctx) {
  const std::string state = ctx.request.FormValue("etat");
  const std::string user_id = ctx.request.Param("id");
  if (state != "desactiver" && state != "activer")
    throw AppError::Invalid("Action inconnue sur ce compte.");
  const bool disable = state == "desactiver";
  ctx.services.accounts.SetDisabled(ctx.Who(), user_id, disable);
  const std::string name = DisplayNameOf(ctx, user_id);
  return ctx.RedirectWithFlash(
      "/utilisateurs/" + user_id, "success",
      disable
          ? "Le compte de " + name + " est désactivé : cette personne ne peut plus se connecter."
          : "Le compte de " + name + " est réactivé.");
}

}  // namespace

tenancy::Scope TargetUserScope(Context& ctx) {
  std::optional<tenancy::User> user;
  ctx.services.db.Run(
      [&](storage::Session& s) { user = storage::FindUser(s, ctx.request.Param("id")); });
  if (!user || !InTenant(ctx.Tenant(), user->region_id, user->structure_id)) {
    throw AppError::NotFound("Ce compte n’existe pas ou ne fait pas partie de votre périmètre.");
  }
  return {user->region_id, user->structure_id};
}

storage::InvitationRecord SendInvitation(Context& ctx, const InviteInput& in, tenancy::Role role) {
  auth::InvitationRequest request;
  request.email = in.email;
  request.display_name = in.display_name;
  request.role = role;
  if (tenancy::IsStructureRole(role)) {
    request.structure_id = in.structure_id;
  } else {
    request.region_id = ctx.Tenant().region_id.empty() ? in.region_id : ctx.Tenant().region_id;
  }
  const std::string id = ctx.services.onboarding.Invite(ctx.Who(), request);
  if (ctx.services.wake_workers) ctx.services.wake_workers();
  std::optional<storage::InvitationRecord> invitation;
  ctx.services.db.Run([&](storage::Session& s) { invitation = storage::FindInvitation(s, id); });
  if (!invitation)
    throw AppError(core::ErrorKind::kInternal, "L’invitation enregistrée est introuvable.");
  return *invitation;
}

void AddUserRoutes(WebApp& app) {
  // "/utilisateurs/inviter" comes before "/utilisateurs/{id:id}", which it would
  // match too.
  app.Add("GET", "/utilisateurs", {Guard::kSignedIn, Action::kViewUsers, nullptr, UsersPage});
  app.Add("GET", "/utilisateurs/inviter",
          {Guard::kSignedIn, Action::kViewUsers, nullptr, [](Context& ctx) {
             const InviteChoices choices = LoadInviteChoices(ctx);
             if (choices.roles.empty())
               throw AppError::Forbidden("Vous ne pouvez pas inviter de personne.");
             return InviteFormPage(ctx, choices, {}, {}, 200);
           }});
  // The policy check on the chosen role and tenant (MayGrant) is done by
  // OnboardingService::Invite, which knows the target.
  app.Add("POST", "/utilisateurs/inviter",
          {Guard::kSignedIn, Action::kViewUsers, nullptr, InviteUser});
  app.Add("GET", "/utilisateurs/{id:id}",
          {Guard::kSignedIn, Action::kViewUsers, TargetUserScope,
           [](Context& ctx) { return UserDetailPage(ctx); }});
  app.Add("POST", "/utilisateurs/{id:id}/role",
          {Guard::kSignedIn, Action::kManageUsers, TargetUserScope, ChangeUserRole});
  app.Add("POST", "/utilisateurs/{id:id}/activation",
          {Guard::kSignedIn, Action::kManageUsers, TargetUserScope, SetUserActivation});
}

}  // namespace vigie::web
