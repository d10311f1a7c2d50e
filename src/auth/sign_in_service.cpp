#include "auth/sign_in_service.hpp"

#include "auth/audit_log.hpp"
#include "auth/password_policy.hpp"
#include "core/error.hpp"
#include "crypto/hash.hpp"
#include "crypto/password_hash.hpp"
#include "crypto/random.hpp"
#include "crypto/secret_box.hpp"
#include "crypto/totp.hpp"
#include "storage/audit_repository.hpp"
#include "storage/session_repository.hpp"
#include "storage/user_repository.hpp"

namespace vigie::auth {
namespace {

// Verifying against this hash when the email is unknown keeps the response time the
// same, so timing does not reveal which emails have accounts.
const std::string& DummyHash() {
  static const std::string kHash = crypto::HashPassword("vigie-dummy-password-for-timing");
  return kHash;
}

std::string AccountKey(const std::string& email) { return "account:" + email; }
std::string AddressKey(const std::string& address) { return "address:" + address; }
std::string SecondFactorKey(const std::string& user_id) { return "mfa:" + user_id; }

}  // namespace

tenancy::Principal PrincipalOf(const tenancy::User& user) {
  return {user.id, user.role, user.region_id, user.structure_id};
}

std::string HashToken(const std::string& token) { return crypto::Sha256Hex(token); }

SignInService::SignInService(storage::Database& db, const core::Clock& clock,
                             const AuthSettings& settings)
    : db_(db), clock_(clock), settings_(settings) {}

long long SignInService::ThrottledFor(storage::Session& s, const std::string& key,
                                      long long max_failures) {
  const long long now = clock_.Now();
  const long long since = now - settings_.throttle_window_seconds;
  if (storage::CountLoginFailures(s, key, since) < max_failures) return 0;
  const long long oldest = storage::OldestLoginFailure(s, key, since);
  return std::max<long long>(1, oldest + settings_.throttle_window_seconds - now);
}

std::string SignInService::CreateSession(storage::Session& s, const std::string& user_id,
                                         bool mfa_verified) {
  const long long now = clock_.Now();
  std::string token = crypto::NewToken();
  storage::InsertSession(s, {HashToken(token), user_id, crypto::NewToken(), mfa_verified, now, now,
                             now + settings_.session_absolute_seconds});
  return token;
}

SignInResult SignInService::SignIn(const std::string& email_input, const std::string& password,
                                   const std::string& client_address) {
  const std::string email = ToLowerAscii(email_input);
  SignInResult result;
  db_.Transact([&](storage::Session& s) {
    const long long wait = std::max(ThrottledFor(s, AccountKey(email), settings_.max_failures_per_account),
                                    ThrottledFor(s, AddressKey(client_address), settings_.max_failures_per_address));
    if (wait > 0) {
      result = {SignInResult::Outcome::kThrottled, "", wait};
      return;
    }
    auto user = storage::FindUserByEmail(s, email);
    const bool password_ok =
        crypto::VerifyPassword(user ? user->password_hash : DummyHash(), password) && user;
    const long long now = clock_.Now();
    if (!password_ok || user->disabled) {
      storage::RecordLoginFailure(s, AccountKey(email), now);
      storage::RecordLoginFailure(s, AddressKey(client_address), now);
      // What was typed as an email is not stored unless it names an account: it may
      // be a password typed in the wrong field.
      RecordAudit(s, clock_,
                  {user ? user->id : "", user ? user->email : "", "auth.login_failed", "user",
                   user ? user->id : "", user ? user->region_id : "", user ? user->structure_id : "",
                   user ? (user->disabled ? "Compte désactivé" : "Mot de passe incorrect")
                        : "Adresse inconnue"});
      result.outcome = SignInResult::Outcome::kInvalid;
      return;
    }
    storage::ClearLoginFailures(s, AccountKey(email));
    result = {SignInResult::Outcome::kSignedIn, CreateSession(s, user->id, false), 0};
    RecordAudit(s, clock_, {user->id, user->email, "auth.login", "user", user->id, user->region_id,
                            user->structure_id, user->mfa_enabled ? "Second facteur demandé" : ""});
  });
  return result;
}

std::optional<std::string> SignInService::PassSecondFactor(const Identity& identity,
                                                           const std::string& code,
                                                           const std::string& client_address) {
  std::optional<std::string> new_token;
  db_.Transact([&](storage::Session& s) {
    const std::string key = SecondFactorKey(identity.user.id);
    const long long wait = ThrottledFor(s, key, settings_.max_failures_per_account);
    if (wait > 0) {
      throw core::AppError(core::ErrorKind::kTooManyRequests,
                           "Trop de codes erronés. Réessayez dans " + std::to_string((wait + 59) / 60) +
                               " minute(s).");
    }
    auto user = storage::FindUser(s, identity.user.id);
    if (!user || !user->mfa_enabled) return;
    const long long now = clock_.Now();
    bool ok = false;
    std::string how = "code TOTP";
    const crypto::SecretBox box(settings_.secret_key);
    if (auto secret = box.Open(user->totp_secret_sealed)) {
      auto step = crypto::VerifyTotp(*secret, code, now);
      if (step && *step > user->totp_last_step) {
        user->totp_last_step = *step;
        user->updated_at = now;
        storage::UpdateUser(s, *user);
        ok = true;
      }
    }
    if (!ok) {
      if (auto normalized = crypto::NormalizeRecoveryCode(code)) {
        ok = storage::UseRecoveryCode(s, user->id, crypto::Sha256Hex(*normalized), now);
        how = "code de secours";
      }
    }
    if (!ok) {
      storage::RecordLoginFailure(s, key, now);
      storage::RecordLoginFailure(s, AddressKey(client_address), now);
      RecordAudit(s, clock_, {user->id, user->email, "auth.mfa_failed", "user", user->id,
                              user->region_id, user->structure_id, ""});
      return;
    }
    storage::ClearLoginFailures(s, key);
    storage::DeleteSession(s, identity.session_hash);
    new_token = CreateSession(s, user->id, true);
    RecordAudit(s, clock_, {user->id, user->email, "auth.mfa_passed", "user", user->id,
                            user->region_id, user->structure_id, "Second facteur validé (" + how + ")"});
  });
  return new_token;
}

std::optional<Identity> SignInService::ResolveSession(const std::string& session_token) {
  if (session_token.empty() || session_token.size() > 128) return std::nullopt;
  std::optional<Identity> identity;
  const std::string hash = HashToken(session_token);
  db_.Run([&](storage::Session& s) {
    auto record = storage::FindSession(s, hash);
    if (!record) return;
    const long long now = clock_.Now();
    if (record->expires_at <= now || record->last_seen_at + settings_.session_idle_seconds <= now) {
      storage::DeleteSession(s, hash);
      return;
    }
    auto user = storage::FindUser(s, record->user_id);
    if (!user || user->disabled) return;
    // Writing on every request would serialize SQLite readers: a minute is precise
    // enough for a 30-minute idle limit.
    if (now - record->last_seen_at >= 60) storage::TouchSession(s, hash, now);
    Identity id;
    id.principal = PrincipalOf(*user);
    id.user = std::move(*user);
    id.session_hash = hash;
    id.csrf_token = record->csrf_token;
    id.mfa_verified = record->mfa_verified;
    identity = std::move(id);
  });
  return identity;
}

std::optional<Identity> SignInService::ResolveApiToken(const std::string& bearer_token) {
  if (bearer_token.empty() || bearer_token.size() > 128) return std::nullopt;
  std::optional<Identity> identity;
  db_.Transact([&](storage::Session& s) {
    auto token = storage::FindApiTokenByHash(s, HashToken(bearer_token));
    if (!token || token->revoked_at != 0) return;
    auto user = storage::FindUser(s, token->user_id);
    if (!user || user->disabled) return;
    auto role = tenancy::ParseRole(token->role);
    if (!role || !tenancy::Dominates(user->role, *role)) return;
    const long long now = clock_.Now();
    // Token use is audited at most once an hour per token, not on every call.
    if (now - token->last_used_at >= 3600) {
      RecordAudit(s, clock_, {user->id, user->email, "api_token.used", "api_token", token->id,
                              user->region_id, user->structure_id, token->name});
    }
    if (now - token->last_used_at >= 60) storage::MarkApiTokenUsed(s, token->id, now);
    Identity id;
    id.principal = PrincipalOf(*user);
    id.principal.role = *role;
    id.user = std::move(*user);
    id.via_api_token = true;
    id.mfa_verified = true;
    identity = std::move(id);
  });
  return identity;
}

void SignInService::SignOut(const Identity& identity) {
  db_.Transact([&](storage::Session& s) {
    storage::DeleteSession(s, identity.session_hash);
    RecordAudit(s, clock_, {identity.user.id, identity.user.email, "auth.logout", "user",
                            identity.user.id, identity.user.region_id, identity.user.structure_id, ""});
  });
}

void SignInService::SignOutEverywhere(const Identity& identity) {
  db_.Transact([&](storage::Session& s) {
    storage::DeleteUserSessions(s, identity.user.id);
    RecordAudit(s, clock_, {identity.user.id, identity.user.email, "auth.logout_everywhere", "user",
                            identity.user.id, identity.user.region_id, identity.user.structure_id,
                            "Toutes les sessions fermées"});
  });
}

std::string SignInService::RotateSessionAfterEnrolment(const Identity& identity) {
  std::string token;
  db_.Transact([&](storage::Session& s) {
    storage::DeleteSession(s, identity.session_hash);
    token = CreateSession(s, identity.user.id, true);
  });
  return token;
}

}  // namespace vigie::auth
