#include "documents/tracker_import.hpp"

#include "auth/audit_log.hpp"
#include "core/error.hpp"
#include "crypto/random.hpp"
#include "documents/diagnostic_documents.hpp"
#include "referential/loader.hpp"
#include "storage/action_plan_repository.hpp"
#include "storage/tenancy_repository.hpp"
#include "tracker/tracker_reader.hpp"

namespace vigie::documents {
namespace {

std::vector<report::PlanRow> CurrentPlan(storage::Session& s, const std::string& structure_id) {
  const auto& r = referential::EmbeddedReferential();
  std::vector<report::PlanRow> rows;
  for (const auto& item : storage::ListActionItems(s, structure_id)) {
    auto row = PlanRowOf(item);
    if (const auto* m = r.FindMeasure(item.measure_id)) row.title = m->title;
    rows.push_back(std::move(row));
  }
  return rows;
}

tracker::TrackerReconciliation Check(storage::Session& s, const std::string& structure_id, std::string_view bytes) {
  const auto upload = tracker::ReadTracker(bytes, kMaxTrackerBytes);
  return tracker::Reconcile(CurrentPlan(s, structure_id), upload, PlanKey(structure_id));
}

}  // namespace

tracker::TrackerReconciliation CheckTracker(storage::Database& db, const std::string& structure_id,
                                            std::string_view bytes) {
  tracker::TrackerReconciliation result;
  db.Run([&](storage::Session& s) { result = Check(s, structure_id, bytes); });
  return result;
}

Applied ApplyTracker(storage::Database& db, const core::Clock& clock, const std::string& structure_id,
                     std::string_view bytes, const Actor& actor) {
  Applied applied;
  db.Transact([&](storage::Session& s) {
    const auto result = Check(s, structure_id, bytes);
    if (!result.ok()) {
      std::vector<core::FieldError> fields;
      for (const auto& e : result.errors) fields.push_back({"file", tracker::FormatError(e)});
      throw core::AppError::Invalid("Le fichier de suivi n'a pas été appliqué : corrigez les cellules indiquées.", fields);
    }
    const std::string by = actor.display_name.empty() ? actor.email : actor.display_name;
    for (const auto& change : result.items) {
      auto item = storage::FindActionItem(s, change.item_id);
      if (!item || item->structure_id != structure_id) throw core::AppError::NotFound("Une action du fichier n'existe plus.");
      item->owner = change.follow_up.owner;
      item->due_date = change.follow_up.due_date;
      item->status = change.follow_up.status;
      item->abandon_reason = change.follow_up.abandon_reason;
      item->progress = change.follow_up.progress;
      item->comment = change.follow_up.comment;
      const auto outcome =
          storage::UpdateActionItem(s, *item, change.revision, clock.Now(), by, crypto::NewId());
      if (outcome != storage::UpdateOutcome::kUpdated) {
        throw core::AppError::Conflict("L'action « " + change.title +
                                       " » a été modifiée dans Vigie pendant l'import : rien n'a été appliqué. "
                                       "Importez le fichier à nouveau pour revoir les changements.");
      }
      ++applied.items;
      applied.fields += change.changes.size();
    }
    if (applied.items > 0) {
      std::string region;
      if (auto st = storage::FindStructure(s, structure_id)) region = st->region_id;
      auth::RecordAudit(s, clock,
                        {actor.user_id, actor.email, "action_plan.imported", "structure", structure_id, region,
                         structure_id,
                         "Fichier de suivi importé : " + std::to_string(applied.items) + " action(s), " +
                             std::to_string(applied.fields) + " champ(s) modifié(s)"});
    }
  });
  return applied;
}

}  // namespace vigie::documents
