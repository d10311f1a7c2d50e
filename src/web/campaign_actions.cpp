#include "web/campaign_actions.hpp"

#include "auth/audit_log.hpp"
#include "campaigns/campaign_results.hpp"
#include "campaigns/campaign_lifecycle.hpp"
#include "core/text.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/policy.hpp"

namespace vigie::web {
namespace {

void Audit(storage::Session& s, Context& ctx, const std::string& action, const std::string& type,
           const std::string& id, const std::string& region_id, const std::string& structure_id,
           const std::string& details) {
  const auto& who = ctx.Who().user;
  auth::RecordAudit(s, ctx.services.clock, {who.id, who.email, action, type, id, region_id, structure_id, details});
}

void AuditCampaign(Context& ctx, const storage::CampaignRecord& c, const std::string& action,
                   const std::string& details) {
  ctx.services.db.Transact(
      [&](storage::Session& s) { Audit(s, ctx, action, "campaign", c.id, c.region_id, c.structure_id, details); });
}

}  // namespace

campaigns::CampaignEnvironment CampaignEnv(const Context& ctx) {
  campaigns::CampaignEnvironment env;
  env.base_url = ctx.services.settings.base_url;
  env.secret_key = ctx.services.settings.secret_key;
  env.claim_lease_seconds = ctx.services.settings.campaign_claim_lease_seconds;
  env.smtp_timeout_seconds = ctx.services.settings.campaign_smtp_timeout_seconds;
  return env;
}

storage::CampaignRecord CampaignOfPath(Context& ctx) {
  std::optional<storage::CampaignRecord> c;
  ctx.services.db.Run([&](storage::Session& s) { c = storage::FindCampaign(s, ctx.request.Param("id")); });
  if (!c) throw core::AppError::NotFound("Cette campagne n'existe pas.");
  return *c;
}

std::string CampaignStatusLabel(const std::string& code) {
  const auto status = awareness::ParseStatus(code);
  return status ? std::string(awareness::StatusLabel(*status)) : code;
}

void RequireIndividualResults(Context& ctx, const storage::CampaignRecord& campaign) {
  bool allowed = false;
  ctx.services.db.Run([&](storage::Session& s) {
    allowed = campaigns::MaySeeIndividuals(s, ctx.Principal(), campaign.structure_id);
  });
  if (!allowed) {
    throw core::AppError::Forbidden(
        "Les résultats individuels ne sont visibles que des personnes désignées par la direction de la structure.");
  }
}

tenancy::Scope CampaignScopeOfPath(Context& ctx) {
  const auto c = CampaignOfPath(ctx);
  return {c.region_id, c.structure_id};
}

storage::CampaignRecord CreateCampaign(Context& ctx, const tenancy::Structure& structure,
                                       const campaigns::DraftInput& input) {
  const auto mode = tenancy::IsCrrcStaff(ctx.Principal().role) ? awareness::CampaignMode::kOperated
                                                                : awareness::CampaignMode::kAutonomous;
  const auto c = campaigns::CreateDraft(ctx.services.db, ctx.services.clock, structure.id, mode, input,
                                        ctx.Who().user.id);
  AuditCampaign(ctx, c, "campaign.create", "Campagne « " + c.name + " » créée (" + c.mode + ")");
  return c;
}

storage::CampaignRecord EditCampaign(Context& ctx, const storage::CampaignRecord& campaign,
                                     const campaigns::DraftInput& input, long long revision) {
  const auto c = campaigns::UpdateDraft(ctx.services.db, ctx.services.clock, campaign.id, input, revision);
  AuditCampaign(ctx, c, "campaign.edit", "Campagne « " + c.name + " » modifiée");
  return c;
}

storage::CampaignRecord ActOnCampaign(Context& ctx, const storage::CampaignRecord& campaign,
                                      const std::string& action_code, long long revision) {
  const auto action = awareness::ParseAction(action_code);
  if (!action || *action == awareness::CampaignAction::kStartSending) {
    throw core::AppError::Invalid("Action inconnue.", {{"action", "Action inconnue : " + action_code}});
  }
  const bool approval = *action == awareness::CampaignAction::kApprove ||
                        *action == awareness::CampaignAction::kRejectApproval;
  if (approval && !tenancy::Allows(ctx.Principal(), tenancy::Action::kApproveCampaigns,
                                   {campaign.region_id, campaign.structure_id})) {
    throw core::AppError::Forbidden("Seul le directeur ou la directrice de la structure approuve ses campagnes.");
  }
  const auto c = campaigns::ApplyCampaignAction(ctx.services.db, ctx.services.clock, CampaignEnv(ctx), campaign.id,
                                                *action, revision, ctx.Who().user.id);
  AuditCampaign(ctx, c, "campaign." + action_code,
                "Campagne « " + c.name + " » : " + CampaignStatusLabel(c.status) +
                    (c.target_count > 0 ? " (" + std::to_string(c.target_count) + " destinataires)" : ""));
  if (ctx.services.wake_workers) ctx.services.wake_workers();
  return c;
}

void DecideUncertain(Context& ctx, const storage::CampaignRecord& campaign, const std::string& target_id,
                     const std::string& decision) {
  if (decision != "resend" && decision != "delivered") {
    throw core::AppError::Invalid("Décision inconnue.", {{"decision", "Choisissez « renvoyer » ou « considérer comme reçu »."}});
  }
  bool done = false;
  ctx.services.db.Transact([&](storage::Session& s) {
    done = storage::ResolveUncertainTarget(s, campaign.id, target_id, decision == "resend", ctx.services.clock.Now());
    if (done) {
      Audit(s, ctx, "campaign.uncertain_" + decision, "campaign", campaign.id, campaign.region_id,
            campaign.structure_id, "Envoi incertain tranché : " + std::string(decision == "resend" ? "renvoyer" : "considéré comme reçu"));
    }
  });
  if (!done) throw core::AppError::Conflict("Cet envoi n'est plus en attente de décision.");
  if (ctx.services.wake_workers) ctx.services.wake_workers();
}

storage::AwarenessSettingsRecord SavePrivacy(Context& ctx, const tenancy::Structure& structure,
                                             const PrivacyInput& input) {
  long long months = 0;
  const std::string typed = core::Trim(input.retention_months);
  try {
    std::size_t used = 0;
    months = std::stoll(typed, &used);
    if (used != typed.size()) months = 0;
  } catch (const std::exception&) {
    months = 0;
  }
  if (months < 1 || months > 36) {
    throw core::AppError::Invalid("Les réglages n'ont pas été enregistrés.",
                                  {{"retention_months", "Une durée entre 1 et 36 mois."}});
  }
  storage::AwarenessSettingsRecord a;
  ctx.services.db.Transact([&](storage::Session& s) {
    a = storage::LoadAwarenessSettings(s, structure.id);
    a.retention_months = months;
    a.centre_sees_individuals = input.centre_sees_individuals;
    a.updated_at = ctx.services.clock.Now();
    storage::SaveAwarenessSettings(s, a);
    Audit(s, ctx, "awareness.privacy", "structure", structure.id, structure.region_id, structure.id,
          "Conservation " + std::to_string(months) + " mois ; centre : " +
              (input.centre_sees_individuals ? "résultats individuels visibles" : "résultats pseudonymes seulement"));
  });
  return a;
}

storage::AwarenessSettingsRecord PublishInformationPage(Context& ctx, const tenancy::Structure& structure) {
  storage::AwarenessSettingsRecord a;
  ctx.services.db.Transact([&](storage::Session& s) {
    a = storage::LoadAwarenessSettings(s, structure.id);
    a.info_published_at = a.updated_at = ctx.services.clock.Now();
    a.info_published_by = ctx.Who().user.id;
    storage::SaveAwarenessSettings(s, a);
    Audit(s, ctx, "awareness.information_published", "structure", structure.id, structure.region_id, structure.id,
          "Page d'information du personnel publiée");
  });
  return a;
}

void GrantViewer(Context& ctx, const tenancy::Structure& structure, const std::string& email) {
  std::string lower = core::Trim(email);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  ctx.services.db.Transact([&](storage::Session& s) {
    const auto user = storage::FindUserByEmail(s, lower);
    if (!user || user->structure_id != structure.id) {
      throw core::AppError::Invalid("L'accès n'a pas été donné.",
                                    {{"email", "Indiquez l'adresse d'un compte de la structure."}});
    }
    storage::GrantResultViewer(s, structure.id, user->id, ctx.Who().user.id, ctx.services.clock.Now());
    Audit(s, ctx, "awareness.viewer_granted", "user", user->id, structure.region_id, structure.id,
          "Accès aux résultats individuels donné");
  });
}

void RevokeViewer(Context& ctx, const tenancy::Structure& structure, const std::string& user_id) {
  ctx.services.db.Transact([&](storage::Session& s) {
    if (storage::RevokeResultViewer(s, structure.id, user_id)) {
      Audit(s, ctx, "awareness.viewer_revoked", "user", user_id, structure.region_id, structure.id,
            "Accès aux résultats individuels retiré");
    }
  });
}

}  // namespace vigie::web
