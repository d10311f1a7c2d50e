#pragma once
// The six roles of Vigie. CRRC staff (platform admin, CRRC admin, consultant) work
// across structures and must use a second factor; structure roles see one structure.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::tenancy {

enum class Role {
  kPlatformAdmin,
  kCrrcAdmin,
  kCrrcConsultant,
  kStructureDirector,
  kStructureItReferent,
  kStructureReader,
};

const std::vector<Role>& AllRoles();
std::string_view RoleCode(Role role);   // "crrc_consultant": stored, API, CLI
std::string_view RoleLabel(Role role);  // "Consultant du centre": UI
std::optional<Role> ParseRole(std::string_view code);

bool IsCrrcStaff(Role role);      // platform admin, CRRC admin, consultant
bool IsStructureRole(Role role);  // director, IT referent, reader
bool RequiresMfa(Role role);      // CRRC staff roles

// Partial order of powers used when a user grants a role (an invitation, an API
// token): a role may only grant roles it dominates.
bool Dominates(Role granter, Role granted);

}  // namespace vigie::tenancy
