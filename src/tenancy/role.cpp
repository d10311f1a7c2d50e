#include "tenancy/role.hpp"

namespace vigie::tenancy {

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> kRoles = {
      Role::kPlatformAdmin,      Role::kCrrcAdmin,           Role::kCrrcConsultant,
      Role::kStructureDirector, Role::kStructureItReferent, Role::kStructureReader};
  return kRoles;
}

std::string_view RoleCode(Role role) {
  switch (role) {
    case Role::kPlatformAdmin: return "platform_admin";
    case Role::kCrrcAdmin: return "crrc_admin";
    case Role::kCrrcConsultant: return "crrc_consultant";
    case Role::kStructureDirector: return "structure_director";
    case Role::kStructureItReferent: return "it_referent";
    case Role::kStructureReader: return "structure_reader";
  }
  return "structure_reader";
}

std::string_view RoleLabel(Role role) {
  switch (role) {
    case Role::kPlatformAdmin: return "Administrateur de la plateforme";
    case Role::kCrrcAdmin: return "Administrateur du centre";
    case Role::kCrrcConsultant: return "Consultant du centre";
    case Role::kStructureDirector: return "Direction de la structure";
    case Role::kStructureItReferent: return "Référent informatique";
    case Role::kStructureReader: return "Lecteur de la structure";
  }
  return "";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (Role role : AllRoles()) {
    if (RoleCode(role) == code) return role;
  }
  return std::nullopt;
}

bool IsCrrcStaff(Role role) {
  return role == Role::kPlatformAdmin || role == Role::kCrrcAdmin ||
         role == Role::kCrrcConsultant;
}

bool IsStructureRole(Role role) { return !IsCrrcStaff(role); }

bool RequiresMfa(Role role) { return IsCrrcStaff(role); }

bool Dominates(Role granter, Role granted) {
  switch (granter) {
    case Role::kPlatformAdmin: return true;
    case Role::kCrrcAdmin: return granted != Role::kPlatformAdmin;
    case Role::kCrrcConsultant:
    case Role::kStructureDirector: return IsStructureRole(granted);
    case Role::kStructureItReferent:
      return granted == Role::kStructureItReferent || granted == Role::kStructureReader;
    case Role::kStructureReader: return granted == Role::kStructureReader;
  }
  return false;
}

}  // namespace vigie::tenancy
