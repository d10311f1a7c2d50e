// CSV export of the structures list, with the filters of the page (search,
// category), limited to the signed-in person's tenant.

#include <map>

#include "auth/audit_log.hpp"
#include "core/french_format.hpp"
#include "storage/tenancy_repository.hpp"
#include "tenancy/reference_data.hpp"
#include "web/csv.hpp"
#include "web/web_app.hpp"

namespace vigie::web {

void AddStructureExportRoutes(WebApp& app) {
  app.Add("GET", "/structures.csv", {Guard::kSignedIn, tenancy::Action::kViewDashboard, nullptr, [](Context& ctx) {
            storage::StructureQuery q;
            q.tenant = ctx.Tenant();
            q.search = ctx.request.Query("q");
            q.category_code = ctx.request.Query("categorie");
            q.page = {1, 200};
            std::string csv = kCsvBom;
            csv += CsvLine({"Nom", "FINESS", "Catégorie", "Département", "Organisme gestionnaire", "Capacité",
                            "Salariés", "Postes informatiques", "Organisation informatique", "Prestataire",
                            "Mode d'accès", "Adhérente du groupement e-santé", "Créée le"});
            long long rows = 0;
            ctx.services.db.Run([&](storage::Session& s) {
              std::map<std::string, std::string> organizations;
              for (const auto& o : storage::ListOrganizations(s, {q.tenant.region_id, ""})) organizations[o.id] = o.name;
              while (true) {
                const auto page = storage::ListStructures(s, q);
                for (const auto& st : page.items) {
                  const auto* category = tenancy::FindCategory(st.category_code);
                  const auto* department = tenancy::FindDepartment(st.department);
                  csv += CsvLine({st.name, st.finess, category ? category->label : st.category_code,
                                  department ? department->code + " " + department->name : st.department,
                                  organizations[st.organization_id], std::to_string(st.capacity),
                                  std::to_string(st.staff_count), std::to_string(st.workstation_count),
                                  std::string(tenancy::ItOrganisationLabel(st.it_organisation)), st.it_provider_name,
                                  std::string(tenancy::AccessModeLabel(st.access_mode)),
                                  st.ehealth_group_member ? "oui" : "non", core::FormatDate(st.created_at)});
                  ++rows;
                }
                if (static_cast<long long>(page.items.size()) < q.page.Limit()) break;
                ++q.page.number;
              }
            });
            ctx.services.db.Transact([&](storage::Session& s) {
              const auto& who = ctx.Who().user;
              auth::RecordAudit(s, ctx.services.clock, {who.id, who.email, "structure.exported", "structure", "",
                                                        q.tenant.region_id, q.tenant.structure_id,
                                                        std::to_string(rows) + " structure(s)"});
            });
            return CsvDownload(std::move(csv), "structures", ctx.services.clock.Now());
          }});
}

}  // namespace vigie::web
