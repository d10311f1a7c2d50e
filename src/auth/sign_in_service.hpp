#pragma once
// Sign-in, the second factor, browser sessions and API-token authentication.
//
// Session tokens and API tokens are random 256-bit values; only their SHA-256 is
// stored. A new session token is issued at sign-in and again when the second factor
// is passed (privilege change). Failed attempts are throttled per account and per
// client address; every outcome is written to the audit log.
//
// Thread-safe: holds only references to thread-safe collaborators.

#include <optional>
#include <string>

#include "auth/auth_settings.hpp"
#include "auth/identity.hpp"
#include "core/clock.hpp"
#include "storage/database.hpp"

namespace vigie::auth {

struct SignInResult {
  enum class Outcome { kSignedIn, kInvalid, kThrottled };
  Outcome outcome = Outcome::kInvalid;
  std::string session_token;        // kSignedIn: set as the session cookie
  long long retry_after_seconds = 0;  // kThrottled
};

class SignInService {
 public:
  SignInService(storage::Database& db, const core::Clock& clock, const AuthSettings& settings);

  // Checks the password. On success the session may still need the second factor
  // (see Identity::NeedsSecondFactor / MustEnrolMfa).
  SignInResult SignIn(const std::string& email, const std::string& password,
                      const std::string& client_address);

  // Checks a TOTP code or a recovery code for the session's user. On success returns
  // the new session token (the old one is deleted); nullopt otherwise. Throttled like
  // passwords (SignInResult::kThrottled is reported as an AppError kTooManyRequests).
  std::optional<std::string> PassSecondFactor(const Identity& identity, const std::string& code,
                                              const std::string& client_address);

  // The identity behind a session cookie, or nullopt when unknown, idle too long,
  // past its absolute expiry, or its user is disabled.
  std::optional<Identity> ResolveSession(const std::string& session_token);

  // The identity behind "Authorization: Bearer <token>", or nullopt.
  std::optional<Identity> ResolveApiToken(const std::string& bearer_token);

  void SignOut(const Identity& identity);
  void SignOutEverywhere(const Identity& identity);

  // Replaces the session after the user enrolled MFA (privilege change): returns the
  // new token with the second factor marked as passed.
  std::string RotateSessionAfterEnrolment(const Identity& identity);

 private:
  std::string CreateSession(storage::Session& s, const std::string& user_id, bool mfa_verified);
  long long ThrottledFor(storage::Session& s, const std::string& key, long long max_failures);

  storage::Database& db_;
  const core::Clock& clock_;
  const AuthSettings& settings_;
};

std::string HashToken(const std::string& token);

}  // namespace vigie::auth
