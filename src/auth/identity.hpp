#pragma once
// Who is making a request, once a session cookie or an API token was checked.

#include <string>

#include "tenancy/entities.hpp"
#include "tenancy/policy.hpp"

namespace vigie::auth {

struct Identity {
  tenancy::User user;
  tenancy::Principal principal;  // role may be narrower than the user's for API tokens
  bool via_api_token = false;
  std::string session_hash;      // browser sessions only
  std::string csrf_token;        // browser sessions only
  bool mfa_verified = false;     // second factor passed in this session
  // A session that must not reach the application yet: the second factor is
  // pending, or the role requires MFA and the user has not enrolled.
  bool NeedsSecondFactor() const { return !via_api_token && user.mfa_enabled && !mfa_verified; }
  bool MustEnrolMfa() const {
    return !via_api_token && tenancy::RequiresMfa(user.role) && !user.mfa_enabled;
  }
  bool FullyAuthenticated() const { return !NeedsSecondFactor() && !MustEnrolMfa(); }
};

tenancy::Principal PrincipalOf(const tenancy::User& user);

}  // namespace vigie::auth
