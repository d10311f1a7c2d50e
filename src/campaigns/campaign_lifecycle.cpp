#include "campaigns/campaign_lifecycle.hpp"

#include <algorithm>
#include <random>
#include <set>

#include <spdlog/spdlog.h>

#include "awareness/send_schedule.hpp"
#include "campaigns/campaign_drafts.hpp"
#include "campaigns/campaign_profile.hpp"
#include "campaigns/campaign_tokens.hpp"
#include "core/error.hpp"
#include "crypto/random.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/sending_profile_repository.hpp"

namespace vigie::campaigns {
namespace {

using awareness::CampaignAction;
using awareness::CampaignStatus;

std::string Code(CampaignStatus s) { return std::string(awareness::StatusCode(s)); }

awareness::SendingProfile RequireProfile(storage::Session& s, const storage::CampaignRecord& c) {
  const auto record = storage::FindSendingProfile(s, c.sending_profile_id);
  auto profile = record ? ProfileOf(*record) : std::nullopt;
  if (!profile) {
    throw core::AppError::Invalid("Le profil d'envoi de la campagne n'existe plus ou n'est plus valide.",
                                  {{"sending_profile_id", "Choisissez un profil d'envoi valide."}});
  }
  return *profile;
}

void RequireInformationPage(storage::Session& s, const storage::CampaignRecord& c) {
  if (storage::LoadAwarenessSettings(s, c.structure_id).info_published_at == 0) {
    throw core::AppError::Invalid(
        "La page d'information du personnel doit être publiée avant la première campagne.",
        {{"information", "Publiez la page d'information (Sensibilisation → Information du personnel)."}});
  }
}

// One target per active address of the campaign's groups, in a random order so that
// colleagues do not all receive the message at the same minute.
long long CreateTargets(storage::Session& s, const CampaignEnvironment& env, const storage::CampaignRecord& c,
                        const awareness::SendingProfile& profile, long long now) {
  std::vector<storage::NewTarget> targets;
  std::set<std::string> emails;
  for (const std::string& group_id : SplitIds(c.group_ids)) {
    for (const auto& r : storage::ListActiveRecipients(s, group_id)) {
      if (!emails.insert(r.email).second) continue;
      storage::NewTarget t;
      t.id = crypto::NewId();
      t.recipient_id = r.id;
      t.pseudonym = r.pseudonym;
      t.token_hash = TokenHash(TargetToken(env.secret_key, t.id));
      t.group_id = group_id;
      t.site = r.site;
      t.department = r.department;
      t.job_family = r.job_family;
      targets.push_back(std::move(t));
    }
  }
  if (targets.empty()) {
    throw core::AppError::Invalid("Les groupes de la campagne n'ont plus aucun destinataire actif.",
                                  {{"group_ids", "Ajoutez des destinataires ou choisissez d'autres groupes."}});
  }
  std::shuffle(targets.begin(), targets.end(), std::mt19937_64(std::random_device{}()));
  const auto planned = awareness::PlanSendTimes(profile, now, targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) targets[i].planned_at = planned[i];
  storage::InsertTargets(s, c.id, targets);
  return static_cast<long long>(targets.size());
}

void Replan(storage::Session& s, const awareness::SendingProfile& profile, const std::string& campaign_id,
            long long now) {
  const auto ids = storage::ListPendingTargetIds(s, campaign_id);
  const auto planned = awareness::PlanSendTimes(profile, now, ids.size());
  storage::SetPlannedTimes(s, ids, std::vector<long long>(planned.begin(), planned.end()));
}

// What entering `next` does besides the status; fills the change's timestamps.
void Enter(storage::Session& s, const CampaignEnvironment& env, const storage::CampaignRecord& c, CampaignStatus next,
           CampaignAction action, long long now, storage::CampaignStatusChange& change) {
  switch (next) {
    case CampaignStatus::kAwaitingApproval:
    case CampaignStatus::kScheduled:
      RequireInformationPage(s, c);
      RequireProfile(s, c);
      if (next == CampaignStatus::kScheduled && action == CampaignAction::kSchedule && c.scheduled_at == 0) {
        throw core::AppError::Invalid("Indiquez la date et l'heure d'envoi avant de programmer.",
                                      {{"scheduled_at", "Date et heure d'envoi à renseigner."}});
      }
      break;
    case CampaignStatus::kSending: {
      RequireInformationPage(s, c);
      const auto profile = RequireProfile(s, c);
      if (c.started_at == 0) {
        CreateTargets(s, env, c, profile, now);
        change.started_at = now;
      } else {
        Replan(s, profile, c.id, now);
      }
      break;
    }
    case CampaignStatus::kCancelled:
    case CampaignStatus::kCompleted:
      storage::CancelPendingTargets(s, c.id);
      change.completed_at = now;
      break;
    default: break;
  }
}

}  // namespace

storage::CampaignRecord ApplyCampaignAction(storage::Database& db, const core::Clock& clock,
                                            const CampaignEnvironment& env, const std::string& campaign_id,
                                            CampaignAction action, long long expected_revision,
                                            const std::string& actor_id) {
  storage::CampaignRecord result;
  db.Transact([&](storage::Session& s) {
    const auto found = storage::FindCampaign(s, campaign_id);
    if (!found) throw core::AppError::NotFound();
    const auto mode = awareness::ParseMode(found->mode);
    const auto from = awareness::ParseStatus(found->status);
    if (found->revision != expected_revision) {
      throw core::AppError::Conflict("La campagne a changé entre-temps (par une autre personne ou par l'envoi) ; "
                                     "rechargez la page.");
    }
    const auto next = mode && from ? awareness::NextStatus(*mode, *from, action) : std::nullopt;
    if (!next) {
      throw core::AppError::Conflict("Cette action n'est pas possible pour une campagne « " +
                                     std::string(awareness::StatusLabel(from.value_or(CampaignStatus::kDraft))) +
                                     " ».");
    }
    const long long now = clock.Now();
    storage::CampaignStatusChange change;
    change.status = Code(*next);
    change.expected_revision = expected_revision;
    change.now = now;
    if (action == CampaignAction::kApprove) change.approved_by = actor_id;
    if (action == CampaignAction::kLaunch) change.scheduled_at = 0;
    Enter(s, env, *found, *next, action, now, change);
    if (!storage::UpdateCampaignStatus(s, campaign_id, change)) {
      throw core::AppError::Conflict("La campagne a changé entre-temps ; rechargez la page.");
    }
    result = *storage::FindCampaign(s, campaign_id);
  });
  return result;
}

Housekeeping RunHousekeeping(storage::Database& db, const core::Clock& clock, const CampaignEnvironment& env) {
  Housekeeping h;
  const long long now = clock.Now();
  std::vector<storage::CampaignRecord> due;
  db.Run([&](storage::Session& s) {
    h.uncertain = storage::MarkExpiredClaimsUncertain(s, now, env.claim_lease_seconds);
    due = storage::ListDueScheduledCampaigns(s, now);
  });
  for (const auto& c : due) {
    try {
      ApplyCampaignAction(db, clock, env, c.id, CampaignAction::kStartSending, c.revision, "system");
      ++h.started;
    } catch (const core::AppError& e) {
      ++h.not_started;
      spdlog::warn("campaign {} not started at its scheduled time: {}", c.id, core::LoggableError(e.what()));
    }
  }
  db.Transact([&](storage::Session& s) {
    for (const auto& c : storage::ListCampaignsInStatus(s, Code(CampaignStatus::kSending))) {
      if (!storage::CountSendStates(s, c.id).Finished()) continue;
      storage::CampaignStatusChange change;
      change.status = Code(CampaignStatus::kCompleted);
      change.expected_revision = c.revision;
      change.now = now;
      change.completed_at = now;
      if (storage::UpdateCampaignStatus(s, c.id, change)) ++h.completed;
    }
  });
  return h;
}

}  // namespace vigie::campaigns
