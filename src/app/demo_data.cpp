// Demo data: two regions (to show tenant isolation), an organisme gestionnaire,
// structures of different categories, and one account of every role. Idempotent.

#include <iterator>
#include <map>
#include <ostream>

#include "app/demo_awareness.hpp"
#include "auth/account_service.hpp"
#include "awareness/recipient_fields.hpp"
#include "core/french_format.hpp"
#include "crypto/random.hpp"
#include "referential/loader.hpp"
#include "storage/action_plan_repository.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/diagnostic_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/finess.hpp"
#include "web/action_plan_actions.hpp"
#include "web/diagnostic_actions.hpp"

namespace vigie::app {

// Shown by `vigie demo` and the README; the demo is for local evaluation only.
constexpr const char* kDemoPassword = "Vigie-demo-2026!";

namespace {

tenancy::Structure MakeStructure(const std::string& region, const std::string& org, const std::string& name,
                                 const std::string& finess8, const std::string& category, long long capacity,
                                 long long staff, long long workstations, tenancy::ItOrganisation it,
                                 const std::string& provider, const std::string& department,
                                 tenancy::AccessMode mode, long long now) {
  tenancy::Structure s;
  s.id = crypto::NewId();
  s.region_id = region;
  s.organization_id = org;
  s.name = name;
  s.finess = tenancy::WithFinessCheckDigit(finess8);
  s.category_code = category;
  s.capacity = capacity;
  s.staff_count = staff;
  s.workstation_count = workstations;
  s.it_organisation = it;
  s.it_provider_name = provider;
  s.department = department;
  s.ehealth_group_member = true;
  s.access_mode = mode;
  s.created_at = s.updated_at = now;
  return s;
}

// A diagnostic whose answers cycle through `pattern` over the referential's questions
// (only the first `limit` when an interview is still under way).
void AddDemoDiagnostic(storage::Session& s, storage::Backend backend, const std::string& region_id,
                       const std::string& structure_id, const std::vector<int>& pattern, bool locked, long long when,
                       const std::map<std::string, std::string>& context, std::size_t limit = 100000) {
  const auto& r = referential::EmbeddedReferential();
  storage::DiagnosticRecord d{crypto::NewId(), structure_id, region_id, r.id, r.version, "interview", "", "", when,
                              when, 0, ""};
  storage::InsertDiagnostic(s, d);
  for (const auto& [key, value] : context) storage::SaveContextValue(s, d.id, key, value, when, "demo");
  for (std::size_t i = 0; i < r.questions.size() && i < limit; ++i) {
    storage::SaveAnswer(s, backend, d.id,
                        {r.questions[i].id, std::to_string(pattern[i % pattern.size()]), "", "", 0, 0, ""}, 0,
                        when, "demo");
  }
  if (!locked) return;
  storage::SetDiagnosticStatus(s, d.id, "locked", when + 3600, "demo");
  web::DiagnosticData data{d, storage::LoadContext(s, d.id), storage::LoadAnswers(s, d.id)};
  web::AddDiagnosticToPlan(s, r, d, web::AnswerSetOf(data), when + 3600, "Julien Bernard");
}

// Some follow-up on a plan, so that its views have something to show: the first
// items under way or done, one abandoned, one late.
void AddDemoFollowUp(storage::Session& s, const std::string& structure_id, long long now) {
  auto items = storage::ListActionItems(s, structure_id);
  struct Step {
    const char* status;
    long long progress;
    const char* comment;
  };
  const Step steps[] = {
      {"done", 100, "Copie hors ligne hebdomadaire en place, vérifiée par le prestataire."},
      {"doing", 60, "Devis du prestataire reçu, intervention prévue le mois prochain."},
      {"doing", 30, ""},
      {"abandoned", 0, ""},
      {"todo", 0, "À inscrire à l'ordre du jour du prochain comité de direction."},
  };
  for (std::size_t i = 0; i < items.size() && i < std::size(steps); ++i) {
    auto item = items[i];
    item.status = steps[i].status;
    item.progress = steps[i].progress;
    item.comment = steps[i].comment;
    if (item.status == "abandoned") item.abandon_reason = "Le logiciel concerné sera remplacé au prochain semestre.";
    if (i == 4) item.due_date = core::FormatIsoDateParis(now - 14 * 86400);  // late
    storage::UpdateActionItem(s, item, item.revision, now - static_cast<long long>(10 - i) * 86400, "Anne Lefèvre",
                              crypto::NewId());
  }
}

// Awareness recipients of the EHPAD: a care team and the administration, all at
// reserved .example addresses (nothing can be sent to a real person).
void AddDemoRecipients(storage::Session& s, const std::string& region_id, const std::string& structure_id, long long now) {
  struct Person {
    const char* first;
    const char* last;
    const char* department;
    const char* job;
  };
  const std::pair<const char*, std::vector<Person>> groups[] = {
      {"Équipe soignante",
       {{"Claire", "Bonnet", "Soins", "Aide-soignante"},
        {"Karim", "Haddad", "Soins", "Infirmier"},
        {"Lucie", "Faure", "Soins", "Aide-soignante"},
        {"Thomas", "Roche", "Soins de nuit", "Aide-soignant"},
        {"Inès", "Mercier", "Soins", "Infirmière coordinatrice"},
        {"Paul", "Lambert", "Soins de nuit", "Agent de service"}}},
      {"Administration", {{"Sophie", "Moreau", "Accueil", "Secrétaire"}, {"Marc", "Petit", "Direction", "Référent informatique"},
                          {"Anne", "Lefèvre", "Direction", "Directrice"}}}};
  for (const auto& [name, people] : groups) {
    const std::string group_id = crypto::NewId();
    storage::InsertGroup(s, {group_id, structure_id, region_id, name, 0, now, now, 0});
    for (const auto& p : people) {
      const std::string email = awareness::MatchKey(p.first) + "." + awareness::MatchKey(p.last) + "@tilleuls.example";
      storage::UpsertRecipient(s, {crypto::NewId(), group_id, structure_id, email, p.first, p.last, "Bâtiment principal",
                                   p.department, p.job, crypto::NewId(), 0, now, now});
    }
  }
}

}  // namespace

void LoadDemoData(storage::Database& db, auth::AccountService& accounts, const core::Clock& clock,
                  std::ostream& out) {
  bool exists = false;
  db.Run([&](storage::Session& s) { exists = storage::FindRegionByCode(s, "bfc").has_value(); });
  const long long now = clock.Now();
  std::string region_id, other_region_id, ehpad_id, ime_id, mas_id, other_structure_id;
  if (!exists) {
    db.Transact([&](storage::Session& s) {
      region_id = crypto::NewId();
      other_region_id = crypto::NewId();
      storage::InsertRegion(s, {region_id, "bfc", "Bourgogne-Franche-Comté",
                                "Centre régional de ressources cyber BFC", now});
      storage::InsertRegion(s, {other_region_id, "ara", "Auvergne-Rhône-Alpes",
                                "Centre régional de ressources cyber ARA", now});
      const std::string org = crypto::NewId();
      storage::InsertOrganization(s, {org, region_id, "Association Les Glycines", now});
      using IT = tenancy::ItOrganisation;
      using Mode = tenancy::AccessMode;
      auto ehpad = MakeStructure(region_id, org, "EHPAD Les Tilleuls", "21000123", "ehpad", 84, 62, 28,
                                 IT::kProvider, "Bourgogne Info Services", "21", Mode::kOperated, now);
      auto ime = MakeStructure(region_id, org, "IME Le Chêne", "25000456", "ime", 60, 48, 22, IT::kInHouse,
                               "", "25", Mode::kAutonomous, now);
      auto ssiad = MakeStructure(region_id, "", "SSIAD du Val de Saône", "71000789", "ssiad", 45, 30, 12,
                                 IT::kProvider, "Saône Numérique", "71", Mode::kOperated, now);
      auto mas = MakeStructure(region_id, "", "MAS Horizon", "39000321", "mas", 40, 70, 18, IT::kNone, "",
                               "39", Mode::kOperated, now);
      auto other = MakeStructure(other_region_id, "", "EHPAD Les Volcans", "63000654", "ehpad", 90, 75, 35,
                                 IT::kProvider, "Auvergne Infogérance", "63", Mode::kOperated, now);
      for (const auto& st : {ehpad, ime, ssiad, mas, other}) storage::InsertStructure(s, st);
      storage::InsertSite(s, {crypto::NewId(), ehpad.id, "Bâtiment principal", "12 rue des Tilleuls, 21000 Dijon", now});
      ehpad_id = ehpad.id;
      ime_id = ime.id;
      mas_id = mas.id;
      other_structure_id = other.id;
    });
    using R = tenancy::Role;
    const std::vector<auth::NewUser> users = {
        {"admin@vigie.example", "Administratrice plateforme", R::kPlatformAdmin, "", "", kDemoPassword},
        {"admin.crrc@vigie.example", "Claire Martin", R::kCrrcAdmin, region_id, "", kDemoPassword},
        {"consultant@vigie.example", "Julien Bernard", R::kCrrcConsultant, region_id, "", kDemoPassword},
        {"direction@tilleuls.example", "Anne Lefèvre", R::kStructureDirector, region_id, ehpad_id, kDemoPassword},
        {"referent@tilleuls.example", "Marc Petit", R::kStructureItReferent, region_id, ehpad_id, kDemoPassword},
        {"lecteur@tilleuls.example", "Sophie Moreau", R::kStructureReader, region_id, ehpad_id, kDemoPassword},
        {"direction@chene.example", "Paul Girard", R::kStructureDirector, region_id, ime_id, kDemoPassword},
        {"consultant@ara.example", "Nadia Roux", R::kCrrcConsultant, other_region_id, "", kDemoPassword},
        {"direction@volcans.example", "Louis Fabre", R::kStructureDirector, other_region_id, other_structure_id, kDemoPassword},
    };
    for (const auto& u : users) accounts.CreateUser(u, "données de démonstration");
    // Diagnostics: a weak EHPAD and a medium IME, both validated, and one interview
    // under way at the MAS.
    db.Transact([&](storage::Session& s) {
      AddDemoDiagnostic(s, db.backend(), region_id, ehpad_id, {0, 1, 0, 2, 1, 0, 3, 1, 0}, true, now - 90 * 86400,
                        {{"care", "medical"}, {"wifi_guests", "shared"}, {"directory", "ad"}, {"servers", "few"},
                         {"mail_service", "hosted"}, {"sites", "1"}, {"category", "ehpad"}});
      AddDemoFollowUp(s, ehpad_id, now);
      AddDemoRecipients(s, region_id, ehpad_id, now);
      AddDemoAwareness(s, region_id, ehpad_id, now);
      AddDemoDiagnostic(s, db.backend(), region_id, ime_id, {2, 3, 1, 2, 2, 3, 1, 2}, true, now - 30 * 86400,
                        {{"care", "nursing"}, {"wifi_guests", "separate"}, {"directory", "cloud"}, {"servers", "none"},
                         {"mail_service", "office365"}, {"sites", "2"}, {"category", "ime"}});
      AddDemoDiagnostic(s, db.backend(), region_id, mas_id, {1, 2, 0, 1}, false, now - 2 * 86400,
                        {{"care", "medical"}, {"wifi_guests", "none"}, {"directory", "none"}, {"servers", "none"},
                         {"mail_service", "hosted"}, {"sites", "1"}, {"category", "mas"}},
                        40);
    });
    out << "Données de démonstration chargées.\n";
  } else {
    out << "Données de démonstration déjà présentes.\n";
  }
  out << "\nComptes de démonstration (mot de passe commun : " << kDemoPassword << ")\n"
      << "  admin@vigie.example          administrateur de la plateforme (double authentification à activer)\n"
      << "  admin.crrc@vigie.example     administrateur du centre BFC (double authentification à activer)\n"
      << "  consultant@vigie.example     consultant du centre BFC (double authentification à activer)\n"
      << "  direction@tilleuls.example   direction de l'EHPAD Les Tilleuls\n"
      << "  referent@tilleuls.example    référent informatique de l'EHPAD Les Tilleuls\n"
      << "  lecteur@tilleuls.example     lecteur de l'EHPAD Les Tilleuls\n"
      << "  direction@chene.example      direction de l'IME Le Chêne\n"
      << "  consultant@ara.example       consultant d'une autre région (ARA)\n"
      << "  direction@volcans.example    direction d'une structure de l'autre région\n";
}

}  // namespace vigie::app
