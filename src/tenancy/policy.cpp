#include "tenancy/policy.hpp"

namespace vigie::tenancy {
namespace {

// True when the target lies inside the principal's tenant.
bool InRegion(const Principal& who, const Scope& target) {
  return !who.region_id.empty() && (target.region_id.empty() || target.region_id == who.region_id);
}

bool InStructure(const Principal& who, const Scope& target) {
  if (who.structure_id.empty()) return false;
  if (!target.region_id.empty() && target.region_id != who.region_id) return false;
  return target.structure_id.empty() || target.structure_id == who.structure_id;
}

// Structure roles only act on their structure; a target that names no structure
// (a region-wide object) is outside their reach except for list pages, which the
// repositories filter.
bool OnOwnStructure(const Principal& who, const Scope& target) {
  return InStructure(who, target) && !target.structure_id.empty();
}

bool CrrcAllows(const Principal& who, Action action, const Scope& target) {
  if (!InRegion(who, target)) return false;
  const bool admin = who.role == Role::kCrrcAdmin;
  switch (action) {
    case Action::kViewDashboard:
    case Action::kViewRegions:
    case Action::kViewOrganizations:
    case Action::kViewStructure:
    case Action::kViewUsers:
    case Action::kCreateStructure:
    case Action::kEditStructure:
    case Action::kManageOrganizations:
    case Action::kViewDiagnostic:
    case Action::kRunDiagnostic:
    case Action::kViewActionPlan:
    case Action::kEditActionPlan:  // consultants update the plan during follow-up meetings
    case Action::kManageRecipients:  // operated mode: the centre runs campaigns for the structure
    case Action::kViewPhishingTemplates:
    case Action::kManageSendingProfiles:
    case Action::kManageCampaigns:      // operated mode
    case Action::kViewCampaignResults:  // pseudonymous; individuals need the structure's consent
      return true;
    case Action::kApproveCampaigns:        // the structure approves its own campaigns
    case Action::kManageAwarenessPrivacy:  // the structure decides who sees its staff's results
      return false;
    case Action::kManageUsers:
      // Consultants onboard the people of the structures they accompany.
      return admin || !target.structure_id.empty();
    case Action::kDeleteStructure:
    case Action::kViewAudit:
    case Action::kExportAudit:
      return admin;
    case Action::kManageRegions:
      return false;
    case Action::kManageOwnAccount:
      return true;
  }
  return false;
}

bool StructureAllows(const Principal& who, Action action, const Scope& target) {
  const bool director = who.role == Role::kStructureDirector;
  switch (action) {
    case Action::kViewDashboard:
    case Action::kManageOwnAccount:
      return true;
    case Action::kViewStructure:
      return InStructure(who, target);
    case Action::kEditStructure:
      return director && OnOwnStructure(who, target);
    case Action::kViewUsers:
    case Action::kViewDiagnostic:  // the director and the IT referent read their diagnostics
      return who.role != Role::kStructureReader && InStructure(who, target);
    case Action::kRunDiagnostic:
      return false;
    case Action::kViewActionPlan:  // the plan is meant to be shared: readers see it too
      return InStructure(who, target);
    case Action::kEditActionPlan:  // the director and the IT referent carry the plan
    case Action::kManageRecipients:  // staff lists are personal data: not for readers
    case Action::kManageSendingProfiles:  // autonomous mode: the structure runs its own campaigns
    case Action::kManageCampaigns:
    case Action::kViewCampaignResults:  // readers may be recipients themselves
      return who.role != Role::kStructureReader && OnOwnStructure(who, target);
    case Action::kApproveCampaigns:  // the director answers for simulations sent to the staff
    case Action::kManageAwarenessPrivacy:
      return director && OnOwnStructure(who, target);
    case Action::kViewPhishingTemplates:  // those who run campaigns; readers may be recipients
      return who.role != Role::kStructureReader;
    case Action::kManageUsers:
    case Action::kViewAudit:
      return director && OnOwnStructure(who, target);
    case Action::kViewRegions:
    case Action::kManageRegions:
    case Action::kViewOrganizations:
    case Action::kManageOrganizations:
    case Action::kCreateStructure:
    case Action::kDeleteStructure:
    case Action::kExportAudit:
      return false;
  }
  return false;
}

}  // namespace

std::string_view ActionCode(Action action) {
  switch (action) {
    case Action::kViewDashboard: return "view_dashboard";
    case Action::kViewRegions: return "view_regions";
    case Action::kManageRegions: return "manage_regions";
    case Action::kViewOrganizations: return "view_organizations";
    case Action::kManageOrganizations: return "manage_organizations";
    case Action::kViewStructure: return "view_structure";
    case Action::kCreateStructure: return "create_structure";
    case Action::kEditStructure: return "edit_structure";
    case Action::kDeleteStructure: return "delete_structure";
    case Action::kViewUsers: return "view_users";
    case Action::kManageUsers: return "manage_users";
    case Action::kViewAudit: return "view_audit";
    case Action::kExportAudit: return "export_audit";
    case Action::kManageOwnAccount: return "manage_own_account";
    case Action::kViewDiagnostic: return "view_diagnostic";
    case Action::kRunDiagnostic: return "run_diagnostic";
    case Action::kViewActionPlan: return "view_action_plan";
    case Action::kEditActionPlan: return "edit_action_plan";
    case Action::kManageRecipients: return "manage_recipients";
    case Action::kViewPhishingTemplates: return "view_phishing_templates";
    case Action::kManageSendingProfiles: return "manage_sending_profiles";
    case Action::kManageCampaigns: return "manage_campaigns";
    case Action::kApproveCampaigns: return "approve_campaigns";
    case Action::kViewCampaignResults: return "view_campaign_results";
    case Action::kManageAwarenessPrivacy: return "manage_awareness_privacy";
  }
  return "";
}

bool Allows(const Principal& who, Action action, const Scope& target) {
  if (who.user_id.empty()) return false;
  // The instance's operator may do anything, except the decisions that belong to a
  // structure alone: approving its campaigns and who sees its staff's results.
  if (who.role == Role::kPlatformAdmin) {
    return action != Action::kApproveCampaigns && action != Action::kManageAwarenessPrivacy;
  }
  if (IsCrrcStaff(who.role)) return CrrcAllows(who, action, target);
  return StructureAllows(who, action, target);
}

bool MayGrant(const Principal& who, Role role, const Scope& target) {
  if (!Allows(who, Action::kManageUsers, target)) return false;
  if (!Dominates(who.role, role)) return false;
  // Structure roles need a structure; CRRC roles must not have one.
  if (IsStructureRole(role)) return !target.structure_id.empty();
  return target.structure_id.empty() && (role == Role::kPlatformAdmin || !target.region_id.empty());
}

}  // namespace vigie::tenancy
