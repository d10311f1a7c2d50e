// The dashboard: what the signed-in person can act on, by role.

#include "core/french_format.hpp"
#include "storage/link_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "web/action_plan_actions.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {

void AddDashboardRoutes(WebApp& app) {
  app.Add("GET", "/", {Guard::kSignedIn, tenancy::Action::kViewDashboard, nullptr, [](Context& ctx) {
            const auto& p = ctx.Principal();
            const auto tenant = ctx.Tenant();
            View view = Object();
            view.set("name", ctx.Who().user.display_name);
            view.set("role_label", std::string(tenancy::RoleLabel(p.role)));
            std::optional<tenancy::Scope> plan_scope;
            ctx.services.db.Run([&](storage::Session& s) {
              if (!p.structure_id.empty()) {
                if (auto st = storage::FindStructure(s, p.structure_id)) {
                  view.set("structure", StructureView(*st));
                  view.set("can_edit_structure", tenancy::Allows(p, tenancy::Action::kEditStructure,
                                                                 {st->region_id, st->id}));
                  plan_scope = tenancy::Scope{st->region_id, st->id};
                }
                view.set("user_count", core::FormatInteger(storage::CountUsers(s, tenant)));
                view.set("can_view_users", tenancy::Allows(p, tenancy::Action::kViewUsers, {p.region_id, p.structure_id}));
                return;
              }
              view.set("crrc", true);
              view.set("structure_count", core::FormatInteger(storage::CountStructures(s, tenant)));
              view.set("user_count", core::FormatInteger(storage::CountUsers(s, tenant)));
              const auto pending = static_cast<long long>(
                  storage::ListPendingInvitations(s, tenant.region_id, "", ctx.services.clock.Now()).size());
              view.set("invitations_note", pending == 0   ? std::string("Aucune invitation en attente")
                                           : pending == 1 ? std::string("1 invitation en attente")
                                                          : core::FormatInteger(pending) + " invitations en attente");
              storage::StructureQuery recent;
              recent.tenant = tenant;
              recent.sort = "created";
              recent.descending = true;
              recent.page = {1, 5};
              View items = List();
              for (const auto& st : storage::ListStructures(s, recent).items) items.push_back(StructureView(st));
              view.set("recent", items);
              view.set("has_recent", !storage::ListStructures(s, recent).items.empty());
              view.set("can_create", tenancy::Allows(p, tenancy::Action::kCreateStructure, {p.region_id, ""}));
              view.set("can_view_users", tenancy::Allows(p, tenancy::Action::kViewUsers, {p.region_id, ""}));
            });
            if (plan_scope) view.set("plan", ActionPlanDigest(ctx, *plan_scope));
            return ctx.Page("dashboard", "Tableau de bord", view);
          }});
}

}  // namespace vigie::web
