#pragma once
// Phishing-simulation campaigns as the pages and the API use them (awareness, issue 5):
// the campaign of a path and its policy scope, and every write with its audit entry
// (ids and counts, never an address). The rules themselves live in src/campaigns.

#include <string>

#include "awareness/campaign_state.hpp"
#include "campaigns/campaign_drafts.hpp"
#include "campaigns/campaign_environment.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "storage/campaign_repository.hpp"
#include "web/web_context.hpp"

namespace vigie::web {

campaigns::CampaignEnvironment CampaignEnv(const Context& ctx);

storage::CampaignRecord CampaignOfPath(Context& ctx);
// The French label of a stored status code ("Programmée"…); the code itself if unknown.
std::string CampaignStatusLabel(const std::string& code);
// Forbidden unless the structure named this person to see its staff's names
// (campaigns::MaySeeIndividuals): the one check of the individual results' page and API.
void RequireIndividualResults(Context& ctx, const storage::CampaignRecord& campaign);
tenancy::Scope CampaignScopeOfPath(Context& ctx);

// Operated when a centre member creates it, autonomous when the structure does.
storage::CampaignRecord CreateCampaign(Context& ctx, const tenancy::Structure& structure,
                                       const campaigns::DraftInput& input);
storage::CampaignRecord EditCampaign(Context& ctx, const storage::CampaignRecord& campaign,
                                     const campaigns::DraftInput& input, long long revision);
// Approve and reject need kApproveCampaigns on the campaign's structure (the director);
// an operated campaign is never submitted for approval. Throws AppError.
storage::CampaignRecord ActOnCampaign(Context& ctx, const storage::CampaignRecord& campaign,
                                      const std::string& action_code, long long revision);
// decision: "resend" | "delivered".
void DecideUncertain(Context& ctx, const storage::CampaignRecord& campaign, const std::string& target_id,
                     const std::string& decision);

// Privacy settings typed in a form or JSON: retention in months (1..36).
struct PrivacyInput {
  std::string retention_months;
  bool centre_sees_individuals = false;
};
storage::AwarenessSettingsRecord SavePrivacy(Context& ctx, const tenancy::Structure& structure,
                                             const PrivacyInput& input);
storage::AwarenessSettingsRecord PublishInformationPage(Context& ctx, const tenancy::Structure& structure);
// email: an account of the structure. AppError kInvalid when it is not one.
void GrantViewer(Context& ctx, const tenancy::Structure& structure, const std::string& email);
void RevokeViewer(Context& ctx, const tenancy::Structure& structure, const std::string& user_id);

}  // namespace vigie::web
