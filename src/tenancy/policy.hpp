#pragma once
// The one policy function of Vigie: every access decision, for every route of the
// web UI and the API, goes through Allows(). Handlers never compare roles themselves.

#include <string>
#include <string_view>

#include "tenancy/role.hpp"

namespace vigie::tenancy {

// Who acts. For an API token, `role` is the token's role (never above the owner's).
struct Principal {
  std::string user_id;
  Role role = Role::kStructureReader;
  std::string region_id;     // empty for platform admins
  std::string structure_id;  // set for structure roles only
};

// What is acted upon: the tenant the target object belongs to. Empty fields mean
// "not tied to that level" (a list page, a region-wide object).
struct Scope {
  std::string region_id;
  std::string structure_id;
};

enum class Action {
  kViewDashboard,
  kViewRegions,         // list and see regions
  kManageRegions,       // create or rename a region (platform only)
  kViewOrganizations,
  kManageOrganizations,
  kViewStructure,
  kCreateStructure,
  kEditStructure,
  kDeleteStructure,
  kViewUsers,
  kManageUsers,         // invite, change role, disable, delete
  kViewAudit,
  kExportAudit,
  kManageOwnAccount,    // profile, password, MFA, personal API tokens
  kViewDiagnostic,      // read a structure's maturity diagnostics and their results
  kRunDiagnostic,       // create, fill in (context, interview) and lock a diagnostic
  kViewActionPlan,      // read a structure's action plan and its history
  kEditActionPlan,      // follow the plan up: owner, due date, status, progress, comment
  kManageRecipients,    // see and edit the people awareness campaigns are sent to
  kManageSendingProfiles,  // SMTP relays of the structure's campaigns (hold a sealed secret)
  kViewPhishingTemplates,  // the catalogue of simulation e-mails (kept from would-be recipients)
  kManageCampaigns,        // prepare, launch, pause, resume, cancel phishing simulations
  kApproveCampaigns,       // a structure's director approves its own (autonomous) campaigns
  kViewCampaignResults,    // pseudonymous results: funnel, segments, timeline, repeat clickers
  kManageAwarenessPrivacy, // the structure's staff information page, retention, who sees individuals
};

std::string_view ActionCode(Action action);

bool Allows(const Principal& who, Action action, const Scope& target);

// May `who` give `role` to an account in `target` (invitation, role change)?
bool MayGrant(const Principal& who, Role role, const Scope& target);

}  // namespace vigie::tenancy
