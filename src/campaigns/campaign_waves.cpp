#include "campaigns/campaign_waves.hpp"

#include "campaigns/campaign_drafts.hpp"
#include "campaigns/campaign_lifecycle.hpp"
#include "core/error.hpp"
#include "crypto/random.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage/tenancy_repository.hpp"

namespace vigie::campaigns {
namespace {

// The error's message with its fields' messages: one sentence for the outcome list.
std::string Explain(const core::AppError& e) {
  std::string text = e.what();
  for (const auto& f : e.fields()) text += " " + f.message;
  return text;
}

std::string StructureName(storage::Session& s, const std::string& id) {
  const auto st = storage::FindStructure(s, id);
  return st ? st->name : id;
}

// The structure's own means for a wave: its first profile and its active groups.
std::string Prepare(storage::Session& s, const std::string& structure_id, DraftInput& draft) {
  const auto profiles = storage::ListSendingProfiles(s, structure_id);
  if (profiles.empty()) return "Aucun profil d'envoi : la structure doit d'abord en créer un.";
  draft.sending_profile_id = profiles.front().id;
  draft.group_ids.clear();
  for (const auto& g : storage::ListGroups(s, structure_id, false)) {
    if (g.member_count > 0) draft.group_ids.push_back(g.id);
  }
  if (draft.group_ids.empty()) return "Aucun destinataire : importez la liste du personnel.";
  return "";
}

}  // namespace

WaveResult CreateWave(storage::Database& db, const core::Clock& clock, const CampaignEnvironment& env,
                      const std::string& region_id, const WaveInput& input, const std::string& actor_id) {
  if (input.structure_ids.empty()) {
    throw core::AppError::Invalid("La vague n'a pas été créée.",
                                  {{"structure_ids", "Choisissez au moins une structure."}});
  }
  {
    DraftInput shared{input.name, input.template_id, "", {}, input.scheduled_at};
    auto errors = CheckSharedFields(db, region_id, shared, clock.Now());
    if (!errors.empty()) throw core::AppError::Invalid("La vague n'a pas été créée.", std::move(errors));
  }
  // Every structure is checked to be the centre's before anything is created.
  db.Run([&](storage::Session& s) {
    for (const std::string& structure_id : input.structure_ids) {
      const auto st = storage::FindStructure(s, structure_id);
      if (!st || st->region_id != region_id) {
        throw core::AppError::Invalid("La vague n'a pas été créée.",
                                      {{"structure_ids", "Une des structures n'est pas suivie par ce centre."}});
      }
    }
  });
  WaveResult result;
  result.wave_id = crypto::NewId();
  for (const std::string& structure_id : input.structure_ids) {
    WaveOutcome outcome;
    outcome.structure_id = structure_id;
    DraftInput draft{input.name, input.template_id, "", {}, input.scheduled_at};
    db.Run([&](storage::Session& s) {
      outcome.structure_name = StructureName(s, structure_id);
      outcome.problem = Prepare(s, structure_id, draft);
    });
    if (outcome.problem.empty()) {
      try {
        auto c = CreateDraft(db, clock, structure_id, awareness::CampaignMode::kOperated, draft, actor_id,
                             result.wave_id);
        outcome.campaign_id = c.id;
        outcome.status = c.status;
        if (c.scheduled_at > 0) {
          c = ApplyCampaignAction(db, clock, env, c.id, awareness::CampaignAction::kSchedule, c.revision, actor_id);
          outcome.status = c.status;
        }
      } catch (const core::AppError& e) {
        // The shared fields were checked above: what fails here is this structure's
        // (its information page, most often). Its draft, if made, stays for later.
        if (e.kind() != core::ErrorKind::kInvalid && e.kind() != core::ErrorKind::kConflict) throw;
        outcome.problem = Explain(e);
      }
    }
    result.outcomes.push_back(std::move(outcome));
  }
  return result;
}

WaveResult LoadWave(storage::Database& db, const std::string& region_id, const std::string& wave_id) {
  WaveResult result;
  result.wave_id = wave_id;
  db.Run([&](storage::Session& s) {
    for (const auto& c : storage::ListWaveCampaigns(s, region_id, wave_id)) {
      result.outcomes.push_back({c.structure_id, StructureName(s, c.structure_id), c.id, c.status, ""});
    }
  });
  if (result.outcomes.empty()) throw core::AppError::NotFound("Cette vague de campagnes n'existe pas.");
  return result;
}

WaveResult ActOnWave(storage::Database& db, const core::Clock& clock, const CampaignEnvironment& env,
                     const std::string& region_id, const std::string& wave_id, awareness::CampaignAction action,
                     const std::string& actor_id) {
  WaveResult result = LoadWave(db, region_id, wave_id);
  for (auto& outcome : result.outcomes) {
    std::optional<storage::CampaignRecord> c;
    db.Run([&](storage::Session& s) { c = storage::FindCampaign(s, outcome.campaign_id); });
    try {
      const auto after = ApplyCampaignAction(db, clock, env, c->id, action, c->revision, actor_id);
      outcome.status = after.status;
    } catch (const core::AppError& e) {
      if (e.kind() != core::ErrorKind::kInvalid && e.kind() != core::ErrorKind::kConflict) throw;
      outcome.problem = Explain(e);
    }
  }
  return result;
}

}  // namespace vigie::campaigns
