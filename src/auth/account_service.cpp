#include "auth/account_service.hpp"

#include "auth/audit_log.hpp"
#include "auth/password_policy.hpp"
#include "core/error.hpp"
#include "crypto/encoding.hpp"
#include "crypto/hash.hpp"
#include "crypto/password_hash.hpp"
#include "crypto/random.hpp"
#include "crypto/secret_box.hpp"
#include "crypto/totp.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"
#include "tenancy/structure_validation.hpp"

namespace vigie::auth {
namespace {

using core::AppError;
using core::FieldError;

AuditEntry Entry(const tenancy::User& actor, std::string action, const tenancy::User& target,
                 std::string details = "") {
  return {actor.id, actor.email, std::move(action), "user", target.id, target.region_id,
          target.structure_id, std::move(details)};
}

tenancy::User LoadOrThrow(storage::Session& s, const std::string& id) {
  auto user = storage::FindUser(s, id);
  if (!user) throw AppError::NotFound("Ce compte n'existe pas.");
  return *user;
}

}  // namespace

std::optional<std::string> NormalizeEmail(const std::string& input) {
  std::string email = ToLowerAscii(tenancy::TrimCopy(input));
  const auto at = email.find('@');
  if (email.size() < 3 || email.size() > 254 || at == std::string::npos || at == 0 ||
      at == email.size() - 1 || email.find('@', at + 1) != std::string::npos ||
      email.find_first_of(" \t\r\n<>,;\"") != std::string::npos ||
      email.find('.', at) == std::string::npos) {
    return std::nullopt;
  }
  return email;
}

AccountService::AccountService(storage::Database& db, const core::Clock& clock,
                               const AuthSettings& settings)
    : db_(db), clock_(clock), settings_(settings) {}

std::string AccountService::CreateUser(const NewUser& input, const std::string& actor_label) {
  std::string id;
  db_.Transact([&](storage::Session& s) { id = CreateUserIn(s, input, actor_label); });
  return id;
}

std::string AccountService::CreateUserIn(storage::Session& s, const NewUser& input,
                                         const std::string& actor_label) {
  std::vector<FieldError> errors;
  auto email = NormalizeEmail(input.email);
  if (!email) errors.push_back({"email", "Indiquez une adresse électronique valide, par exemple prenom.nom@structure.fr."});
  const std::string name = tenancy::TrimCopy(input.display_name);
  if (name.empty() || name.size() > 120) errors.push_back({"display_name", "Indiquez le nom de la personne (120 caractères au plus)."});
  if (auto problem = PasswordProblem(input.password, email.value_or(""))) {
    errors.push_back({"password", *problem});
  }
  const bool structure_role = tenancy::IsStructureRole(input.role);
  std::string region_id = input.region_id;
  if (structure_role) {
    auto structure = storage::FindStructure(s, input.structure_id);
    if (!structure) {
      errors.push_back({"structure", "Un compte de structure doit être rattaché à une structure existante."});
    } else {
      region_id = structure->region_id;
    }
  } else if (input.role != tenancy::Role::kPlatformAdmin) {
    if (!input.structure_id.empty()) errors.push_back({"structure", "Un compte du centre n'est pas rattaché à une structure."});
    if (!storage::FindRegion(s, region_id)) errors.push_back({"region", "Un compte du centre doit être rattaché à une région existante."});
  } else {
    region_id.clear();
  }
  if (email && storage::FindUserByEmail(s, *email)) {
    errors.push_back({"email", "Un compte existe déjà avec cette adresse."});
  }
  if (!errors.empty()) throw AppError::Invalid("Le compte n'a pas pu être créé.", errors);

  tenancy::User user;
  user.id = crypto::NewId();
  user.email = *email;
  user.display_name = name;
  user.role = input.role;
  user.region_id = region_id;
  user.structure_id = structure_role ? input.structure_id : "";
  user.password_hash = crypto::HashPassword(input.password);
  user.created_at = user.updated_at = clock_.Now();
  storage::InsertUser(s, user);
  RecordAudit(s, clock_, {"", actor_label, "user.created", "user", user.id, user.region_id,
                          user.structure_id, std::string(tenancy::RoleLabel(user.role))});
  return user.id;
}

void AccountService::ChangePassword(const Identity& who, const std::string& current,
                                    const std::string& next) {
  db_.Transact([&](storage::Session& s) {
    auto user = LoadOrThrow(s, who.user.id);
    if (!crypto::VerifyPassword(user.password_hash, current)) {
      throw AppError::Invalid("Le mot de passe n'a pas été changé.",
                              {{"current_password", "Le mot de passe actuel est incorrect."}});
    }
    if (auto problem = PasswordProblem(next, user.email)) {
      throw AppError::Invalid("Le mot de passe n'a pas été changé.", {{"new_password", *problem}});
    }
    user.password_hash = crypto::HashPassword(next);
    user.updated_at = clock_.Now();
    storage::UpdateUser(s, user);
    storage::DeleteUserSessions(s, user.id);  // the caller issues a fresh session
    RecordAudit(s, clock_, Entry(user, "user.password_changed", user));
  });
}

MfaEnrolment AccountService::StartMfaEnrolment(const Identity& who) {
  MfaEnrolment enrolment;
  db_.Transact([&](storage::Session& s) {
    auto user = LoadOrThrow(s, who.user.id);
    if (user.mfa_enabled) throw AppError::Conflict("La double authentification est déjà activée.");
    const std::string secret = crypto::NewTotpSecret();
    user.totp_secret_sealed = crypto::SecretBox(settings_.secret_key).Seal(secret);
    user.updated_at = clock_.Now();
    storage::UpdateUser(s, user);
    enrolment = {crypto::Base32Encode(secret),
                 crypto::TotpUri(settings_.product_name, user.email, secret)};
  });
  return enrolment;
}

std::optional<MfaEnrolment> AccountService::PendingMfaEnrolment(const Identity& who) {
  std::optional<MfaEnrolment> enrolment;
  db_.Run([&](storage::Session& s) {
    auto user = LoadOrThrow(s, who.user.id);
    if (user.mfa_enabled || user.totp_secret_sealed.empty()) return;
    auto secret = crypto::SecretBox(settings_.secret_key).Open(user.totp_secret_sealed);
    if (!secret) return;
    enrolment = MfaEnrolment{crypto::Base32Encode(*secret),
                             crypto::TotpUri(settings_.product_name, user.email, *secret)};
  });
  return enrolment;
}

std::optional<std::vector<std::string>> AccountService::ConfirmMfaEnrolment(const Identity& who,
                                                                            const std::string& code) {
  std::optional<std::vector<std::string>> codes;
  db_.Transact([&](storage::Session& s) {
    auto user = LoadOrThrow(s, who.user.id);
    auto secret = crypto::SecretBox(settings_.secret_key).Open(user.totp_secret_sealed);
    if (user.mfa_enabled || !secret) return;
    auto step = crypto::VerifyTotp(*secret, code, clock_.Now());
    if (!step) return;
    user.mfa_enabled = true;
    user.totp_last_step = *step;
    user.updated_at = clock_.Now();
    storage::UpdateUser(s, user);
    codes = crypto::NewRecoveryCodes(10);
    std::vector<std::string> hashes;
    for (const auto& c : *codes) hashes.push_back(crypto::Sha256Hex(*crypto::NormalizeRecoveryCode(c)));
    storage::ReplaceRecoveryCodes(s, user.id, hashes);
    RecordAudit(s, clock_, Entry(user, "mfa.enabled", user, "Application d'authentification"));
  });
  return codes;
}

void AccountService::DisableMfa(const Identity& who, const std::string& password) {
  db_.Transact([&](storage::Session& s) {
    auto user = LoadOrThrow(s, who.user.id);
    if (tenancy::RequiresMfa(user.role)) {
      throw AppError::Forbidden("La double authentification est obligatoire pour les comptes du centre.");
    }
    if (!crypto::VerifyPassword(user.password_hash, password)) {
      throw AppError::Invalid("La double authentification reste activée.",
                              {{"password", "Le mot de passe est incorrect."}});
    }
    user.mfa_enabled = false;
    user.totp_secret_sealed.clear();
    user.updated_at = clock_.Now();
    storage::UpdateUser(s, user);
    storage::ReplaceRecoveryCodes(s, user.id, {});
    RecordAudit(s, clock_, Entry(user, "mfa.disabled", user));
  });
}

CreatedApiToken AccountService::CreateApiToken(const Identity& who, const std::string& name_input,
                                               tenancy::Role role) {
  const std::string name = tenancy::TrimCopy(name_input);
  if (name.empty() || name.size() > 80) {
    throw AppError::Invalid("Le jeton n'a pas été créé.", {{"name", "Donnez un nom au jeton (80 caractères au plus)."}});
  }
  if (!tenancy::Dominates(who.user.role, role)) {
    throw AppError::Invalid("Le jeton n'a pas été créé.", {{"role", "Un jeton ne peut pas avoir plus de droits que votre compte."}});
  }
  // A token must not mint tokens: the new one would outlive the revocation of the
  // one that made it. Tokens are created from a signed-in browser session.
  if (who.via_api_token) {
    throw AppError::Forbidden("Un jeton d'accès ne peut pas créer d'autre jeton : créez-le depuis votre profil.");
  }
  if (!tenancy::Dominates(who.principal.role, role)) {
    throw AppError::Invalid("Le jeton n'a pas été créé.", {{"role", "Un jeton ne peut pas avoir plus de droits que le jeton qui le crée."}});
  }
  CreatedApiToken created{crypto::NewId(), "vgt_" + crypto::NewToken()};
  db_.Transact([&](storage::Session& s) {
    storage::InsertApiToken(s, {created.id, who.user.id, name, crypto::Sha256Hex(created.token),
                                std::string(tenancy::RoleCode(role)), clock_.Now(), 0, 0});
    RecordAudit(s, clock_, {who.user.id, who.user.email, "api_token.created", "api_token", created.id,
                            who.user.region_id, who.user.structure_id, name});
  });
  return created;
}

std::vector<storage::ApiTokenRecord> AccountService::ListApiTokens(const Identity& who) {
  std::vector<storage::ApiTokenRecord> tokens;
  db_.Run([&](storage::Session& s) { tokens = storage::ListApiTokens(s, who.user.id); });
  return tokens;
}

void AccountService::RevokeApiToken(const Identity& who, const std::string& token_id) {
  db_.Transact([&](storage::Session& s) {
    if (!storage::RevokeApiToken(s, token_id, who.user.id, clock_.Now())) {
      throw AppError::NotFound("Ce jeton n'existe pas ou est déjà révoqué.");
    }
    RecordAudit(s, clock_, {who.user.id, who.user.email, "api_token.revoked", "api_token", token_id,
                            who.user.region_id, who.user.structure_id, ""});
  });
}

void AccountService::ChangeRole(const Identity& actor, const std::string& user_id, tenancy::Role role) {
  db_.Transact([&](storage::Session& s) {
    auto user = LoadOrThrow(s, user_id);
    const tenancy::Scope scope{user.region_id, user.structure_id};
    if (!tenancy::Allows(actor.principal, tenancy::Action::kManageUsers, scope)) throw AppError::Forbidden();
    if (user.id == actor.user.id) throw AppError::Forbidden("Vous ne pouvez pas changer votre propre rôle.");
    if (!tenancy::MayGrant(actor.principal, role, scope) ||
        !tenancy::Dominates(actor.principal.role, user.role)) {
      throw AppError::Invalid("Le rôle n'a pas été changé.", {{"role", "Ce rôle ne peut pas être attribué à ce compte."}});
    }
    const auto before = tenancy::RoleLabel(user.role);
    user.role = role;
    user.updated_at = clock_.Now();
    storage::UpdateUser(s, user);
    storage::DeleteUserSessions(s, user.id);  // privilege change: sign in again
    RecordAudit(s, clock_, Entry(actor.user, "user.role_changed", user,
                                 std::string(before) + " → " + std::string(tenancy::RoleLabel(role))));
  });
}

void AccountService::SetDisabled(const Identity& actor, const std::string& user_id, bool disabled) {
  db_.Transact([&](storage::Session& s) {
    auto user = LoadOrThrow(s, user_id);
    if (!tenancy::Allows(actor.principal, tenancy::Action::kManageUsers, {user.region_id, user.structure_id}) ||
        !tenancy::Dominates(actor.principal.role, user.role)) {
      throw AppError::Forbidden();
    }
    if (user.id == actor.user.id) throw AppError::Forbidden("Vous ne pouvez pas désactiver votre propre compte.");
    user.disabled = disabled;
    user.updated_at = clock_.Now();
    storage::UpdateUser(s, user);
    if (disabled) storage::DeleteUserSessions(s, user.id);
    RecordAudit(s, clock_, Entry(actor.user, disabled ? "user.disabled" : "user.enabled", user));
  });
}

}  // namespace vigie::auth
