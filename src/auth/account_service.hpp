#pragma once
// Account operations: creating users (CLI, demo, invitations), password changes,
// MFA enrolment, personal API tokens, role changes and deactivation by an
// administrator. Each operation validates its input, checks the policy where an
// actor is involved, writes in one transaction and records an audit event.

#include <optional>
#include <string>
#include <vector>

#include "auth/auth_settings.hpp"
#include "auth/identity.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"
#include "storage/session_repository.hpp"

namespace vigie::auth {

struct NewUser {
  std::string email;
  std::string display_name;
  tenancy::Role role = tenancy::Role::kStructureReader;
  std::string region_id;
  std::string structure_id;
  std::string password;
};

struct MfaEnrolment {
  std::string secret_base32;  // shown for manual entry
  std::string otpauth_uri;    // for authenticator apps
};

struct CreatedApiToken {
  std::string id;
  std::string token;  // shown once, never stored in clear
};

class AccountService {
 public:
  AccountService(storage::Database& db, const core::Clock& clock, const AuthSettings& settings);

  // Validates email, name, password policy, role/tenant coherence and that the
  // tenant exists; throws AppError kInvalid naming fields. Returns the new user id.
  std::string CreateUser(const NewUser& input, const std::string& actor_label);
  // Same checks, inside the caller's transaction (invitation acceptance).
  std::string CreateUserIn(storage::Session& s, const NewUser& input, const std::string& actor_label);

  // Requires the current password. Other sessions of the user are closed.
  void ChangePassword(const Identity& who, const std::string& current, const std::string& next);

  MfaEnrolment StartMfaEnrolment(const Identity& who);
  // The enrolment started by StartMfaEnrolment and not confirmed yet (same secret),
  // so a page can be shown again after a wrong code without replacing the secret;
  // nullopt when MFA is already enabled or no enrolment was started.
  std::optional<MfaEnrolment> PendingMfaEnrolment(const Identity& who);
  // Returns the recovery codes (shown once) when the code matches.
  std::optional<std::vector<std::string>> ConfirmMfaEnrolment(const Identity& who, const std::string& code);
  // Optional roles only, with the password; CRRC staff cannot disable MFA.
  void DisableMfa(const Identity& who, const std::string& password);

  CreatedApiToken CreateApiToken(const Identity& who, const std::string& name, tenancy::Role role);
  std::vector<storage::ApiTokenRecord> ListApiTokens(const Identity& who);
  void RevokeApiToken(const Identity& who, const std::string& token_id);

  // Administration of another account; policy-checked against the target's tenant.
  void ChangeRole(const Identity& actor, const std::string& user_id, tenancy::Role role);
  void SetDisabled(const Identity& actor, const std::string& user_id, bool disabled);

 private:
  storage::Database& db_;
  const core::Clock& clock_;
  const AuthSettings& settings_;
};

// Lower-cased, trimmed; nullopt when it does not look like an email address.
std::optional<std::string> NormalizeEmail(const std::string& input);

}  // namespace vigie::auth
