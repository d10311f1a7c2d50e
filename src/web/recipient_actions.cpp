#include "web/recipient_actions.hpp"

#include "auth/audit_log.hpp"
#include "crypto/random.hpp"
#include "storage/tenancy_repository.hpp"
#include "tenancy/structure_validation.hpp"

namespace vigie::web {
namespace {

void Audit(Context& ctx, storage::Session& s, const std::string& action, const std::string& type,
           const std::string& id, const std::string& structure_id, const std::string& details) {
  const auto& who = ctx.Who().user;
  std::string region;
  if (auto st = storage::FindStructure(s, structure_id)) region = st->region_id;
  auth::RecordAudit(s, ctx.services.clock, {who.id, who.email, action, type, id, region, structure_id, details});
}

core::AppError GroupNameError(const std::string& message) {
  return core::AppError::Invalid("Le groupe n'a pas été enregistré.", {{"name", message}});
}

std::string CheckedGroupName(const std::string& raw) {
  const std::string name = tenancy::TrimCopy(raw);
  if (name.empty()) throw GroupNameError("Donnez un nom au groupe, par exemple « Équipe de nuit ».");
  if (name.size() > 120) throw GroupNameError("120 caractères au plus.");
  return name;
}

}  // namespace

storage::GroupRecord GroupOfPath(Context& ctx) {
  std::optional<storage::GroupRecord> g;
  ctx.services.db.Run([&](storage::Session& s) { g = storage::FindGroup(s, ctx.request.Param("id")); });
  if (!g) throw core::AppError::NotFound("Ce groupe n'existe pas.");
  return *g;
}

tenancy::Scope GroupScopeOfPath(Context& ctx) {
  const auto g = GroupOfPath(ctx);
  return {g.region_id, g.structure_id};
}

storage::RecipientRecord RecipientOfPath(Context& ctx) {
  std::optional<storage::RecipientRecord> r;
  ctx.services.db.Run([&](storage::Session& s) { r = storage::FindRecipient(s, ctx.request.Param("id")); });
  if (!r) throw core::AppError::NotFound("Cette personne n'existe pas.");
  return *r;
}

tenancy::Scope RecipientScopeOfPath(Context& ctx) {
  const auto r = RecipientOfPath(ctx);
  std::optional<storage::GroupRecord> g;
  ctx.services.db.Run([&](storage::Session& s) { g = storage::FindGroup(s, r.group_id); });
  return {g ? g->region_id : "", r.structure_id};
}

storage::GroupRecord CreateGroup(Context& ctx, const tenancy::Structure& structure, const std::string& raw_name) {
  const auto now = ctx.services.clock.Now();
  storage::GroupRecord g{crypto::NewId(), structure.id, structure.region_id, CheckedGroupName(raw_name), 0, now, now, 0};
  ctx.services.db.Transact([&](storage::Session& s) {
    if (!storage::InsertGroup(s, g)) throw GroupNameError("La structure a déjà un groupe de ce nom.");
    Audit(ctx, s, "recipient_group.created", "recipient_group", g.id, g.structure_id, "Groupe « " + g.name + " » créé");
  });
  return g;
}

void RenameGroup(Context& ctx, const storage::GroupRecord& group, const std::string& raw_name) {
  const std::string name = CheckedGroupName(raw_name);
  ctx.services.db.Transact([&](storage::Session& s) {
    if (!storage::RenameGroup(s, group.id, name, ctx.services.clock.Now())) {
      throw GroupNameError("La structure a déjà un groupe de ce nom.");
    }
    Audit(ctx, s, "recipient_group.renamed", "recipient_group", group.id, group.structure_id, "Groupe renommé « " + name + " »");
  });
}

void ArchiveGroup(Context& ctx, const storage::GroupRecord& group, bool archived) {
  ctx.services.db.Transact([&](storage::Session& s) {
    storage::SetGroupArchived(s, group.id, archived, ctx.services.clock.Now());
    Audit(ctx, s, archived ? "recipient_group.archived" : "recipient_group.restored", "recipient_group", group.id,
          group.structure_id, "Groupe « " + group.name + (archived ? " » archivé" : " » rétabli"));
  });
}

std::vector<core::FieldError> NormalizeRecipient(Context& ctx, const std::string& structure_id, RecipientFields& f) {
  std::vector<std::string> sites;
  ctx.services.db.Run([&](storage::Session& s) {
    for (const auto& site : storage::ListSites(s, structure_id)) sites.push_back(site.name);
  });
  return awareness::NormalizeRecipientInput(f, sites);
}

storage::RecipientRecord AddRecipient(Context& ctx, const storage::GroupRecord& group, RecipientFields f) {
  auto errors = NormalizeRecipient(ctx, group.structure_id, f);
  if (!errors.empty()) throw core::AppError::Invalid("La personne n'a pas été ajoutée.", errors);
  const auto now = ctx.services.clock.Now();
  storage::RecipientRecord r{crypto::NewId(), group.id, group.structure_id, f.email, f.first_name, f.last_name,
                             f.site, f.department, f.job_family, crypto::NewId(), 0, now, now};
  ctx.services.db.Transact([&](storage::Session& s) {
    if (storage::FindRecipientByEmail(s, group.id, f.email)) {
      throw core::AppError::Invalid("La personne n'a pas été ajoutée.",
                                    {{"email", "Cette adresse est déjà dans le groupe."}});
    }
    storage::UpsertRecipient(s, r);
    Audit(ctx, s, "recipient.added", "recipient", r.id, r.structure_id, "Une personne ajoutée au groupe « " + group.name + " »");
  });
  return r;
}

storage::RecipientRecord EditRecipient(Context& ctx, const storage::RecipientRecord& recipient, RecipientFields f) {
  auto errors = NormalizeRecipient(ctx, recipient.structure_id, f);
  if (!errors.empty()) throw core::AppError::Invalid("La fiche n'a pas été enregistrée.", errors);
  storage::RecipientRecord r = recipient;
  r.email = f.email;
  r.first_name = f.first_name;
  r.last_name = f.last_name;
  r.site = f.site;
  r.department = f.department;
  r.job_family = f.job_family;
  r.updated_at = ctx.services.clock.Now();
  ctx.services.db.Transact([&](storage::Session& s) {
    auto other = storage::FindRecipientByEmail(s, r.group_id, r.email);
    if (other && other->id != r.id) {
      throw core::AppError::Invalid("La fiche n'a pas été enregistrée.", {{"email", "Cette adresse est déjà dans le groupe."}});
    }
    storage::UpdateRecipient(s, r);
    Audit(ctx, s, "recipient.updated", "recipient", r.id, r.structure_id, "Fiche d'une personne modifiée");
  });
  return r;
}

void ArchiveRecipient(Context& ctx, const storage::RecipientRecord& recipient, bool archived) {
  ctx.services.db.Transact([&](storage::Session& s) {
    storage::SetRecipientArchived(s, recipient.id, archived, ctx.services.clock.Now());
    Audit(ctx, s, archived ? "recipient.archived" : "recipient.restored", "recipient", recipient.id,
          recipient.structure_id, archived ? "Une personne archivée" : "Une personne rétablie");
  });
}

namespace {

awareness::RecipientImport Check(storage::Session& s, const storage::GroupRecord& group, std::string_view bytes,
                                 std::string_view file_name) {
  awareness::ImportContext context;
  for (const auto& site : storage::ListSites(s, group.structure_id)) context.known_sites.push_back(site.name);
  context.existing_emails = storage::ListRecipientEmails(s, group.id);
  return awareness::ParseRecipients(bytes, file_name, context);
}

}  // namespace

awareness::RecipientImport CheckRecipientImport(Context& ctx, const storage::GroupRecord& group, std::string_view bytes,
                                                std::string_view file_name) {
  awareness::RecipientImport result;
  ctx.services.db.Run([&](storage::Session& s) { result = Check(s, group, bytes, file_name); });
  return result;
}

ImportApplied ApplyRecipientImport(Context& ctx, const storage::GroupRecord& group, std::string_view bytes,
                                   std::string_view file_name) {
  ImportApplied applied;
  ctx.services.db.Transact([&](storage::Session& s) {
    const auto result = Check(s, group, bytes, file_name);
    if (!result.ok()) {
      throw core::AppError::Invalid("La liste n'a pas été importée : corrigez les lignes signalées.",
                                    {{"file", std::to_string(result.error_count) + " erreur(s)"}});
    }
    const auto now = ctx.services.clock.Now();
    for (const auto& row : result.rows) {
      const auto& f = row.fields;
      const bool inserted = storage::UpsertRecipient(
          s, {crypto::NewId(), group.id, group.structure_id, f.email, f.first_name, f.last_name, f.site, f.department,
              f.job_family, crypto::NewId(), 0, now, now});
      ++(inserted ? applied.added : applied.updated);
    }
    Audit(ctx, s, "recipients.imported", "recipient_group", group.id, group.structure_id,
          "Liste importée dans « " + group.name + " » : " + std::to_string(applied.added) + " ajout(s), " +
              std::to_string(applied.updated) + " mise(s) à jour");
  });
  return applied;
}

}  // namespace vigie::web
