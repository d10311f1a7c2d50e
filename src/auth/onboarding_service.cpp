#include "auth/onboarding_service.hpp"

#include "auth/audit_log.hpp"
#include "auth/password_policy.hpp"
#include "core/error.hpp"
#include "core/french_format.hpp"
#include "core/markup.hpp"
#include "crypto/hash.hpp"
#include "crypto/password_hash.hpp"
#include "crypto/random.hpp"
#include "crypto/signed_token.hpp"
#include "jobs/mail_jobs.hpp"
#include "tenancy/structure_validation.hpp"
#include "storage/tenancy_repository.hpp"
#include "storage/user_repository.hpp"

namespace vigie::auth {
namespace {

using core::AppError;

constexpr const char* kInvitationPurpose = "invitation";
constexpr const char* kResetPurpose = "password-reset";

AppError BadLink() {
  return AppError::Invalid(
      "Ce lien n'est pas valide : il a peut-être été mal copié ou a expiré. Demandez un nouveau lien.");
}

std::string SigningKey(const AuthSettings& settings) {
  return crypto::HmacSha256(settings.secret_key, "vigie-link-signing");
}

mail::MailMessage LinkMail(const std::string& to, const std::string& to_name,
                           const std::string& subject, const std::string& intro,
                           const std::string& link, const std::string& action,
                           const std::string& expiry_text) {
  mail::MailMessage m;
  m.to_address = to;
  m.to_name = to_name;
  m.subject = subject;
  m.text_body = "Bonjour,\n\n" + intro + "\n\n" + action + " :\n" + link + "\n\n" + expiry_text +
                "\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n";
  m.html_body = "<p>Bonjour,</p><p>" + core::EscapeMarkup(intro) + "</p><p><a href=\"" + core::EscapeMarkup(link) +
                "\">" + core::EscapeMarkup(action) + "</a></p><p>" + core::EscapeMarkup(expiry_text) +
                "</p><p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.</p>";
  return m;
}

}  // namespace

OnboardingService::OnboardingService(storage::Database& db, const core::Clock& clock,
                                     const AuthSettings& settings, AccountService& accounts)
    : db_(db), clock_(clock), settings_(settings), accounts_(accounts) {}

std::string OnboardingService::MakeLink(const std::string& path, const std::string& purpose,
                                        const std::string& id, const std::string& secret,
                                        long long expires_at) const {
  return settings_.base_url + path + crypto::SignToken(SigningKey(settings_), purpose, id + "." + secret, expires_at);
}

std::pair<std::string, std::string> OnboardingService::OpenLink(const std::string& purpose,
                                                                const std::string& token) const {
  if (token.size() > 512) throw BadLink();
  auto payload = crypto::VerifySignedToken(SigningKey(settings_), purpose, token, clock_.Now());
  if (!payload) throw BadLink();
  const auto dot = payload->find('.');
  if (dot == std::string::npos) throw BadLink();
  return {payload->substr(0, dot), payload->substr(dot + 1)};
}

std::string OnboardingService::Invite(const Identity& inviter, const InvitationRequest& request) {
  std::vector<core::FieldError> errors;
  auto email = NormalizeEmail(request.email);
  if (!email) errors.push_back({"email", "Indiquez une adresse électronique valide."});
  const std::string name = tenancy::TrimCopy(request.display_name);
  if (name.empty() || name.size() > 120) errors.push_back({"display_name", "Indiquez le nom de la personne invitée."});
  std::string invitation_id;
  db_.Transact([&](storage::Session& s) {
    tenancy::Scope scope{request.region_id, request.structure_id};
    if (tenancy::IsStructureRole(request.role)) {
      auto structure = storage::FindStructure(s, request.structure_id);
      if (!structure) {
        errors.push_back({"structure", "Choisissez la structure de la personne invitée."});
      } else {
        scope = {structure->region_id, structure->id};
      }
    } else {
      scope.structure_id.clear();
      if (request.role != tenancy::Role::kPlatformAdmin && !storage::FindRegion(s, scope.region_id)) {
        errors.push_back({"region", "Choisissez la région du centre."});
      }
    }
    if (email && storage::FindUserByEmail(s, *email)) {
      errors.push_back({"email", "Un compte existe déjà avec cette adresse."});
    }
    if (!errors.empty()) throw AppError::Invalid("L'invitation n'a pas été envoyée.", errors);
    if (!tenancy::MayGrant(inviter.principal, request.role, scope)) {
      throw AppError::Forbidden("Vous ne pouvez pas inviter une personne avec ce rôle ici.");
    }
    const long long now = clock_.Now();
    const std::string secret = crypto::NewToken();
    storage::InvitationRecord record{crypto::NewId(), *email, name,
                                     std::string(tenancy::RoleCode(request.role)), scope.region_id,
                                     scope.structure_id, crypto::Sha256Hex(secret), inviter.user.id,
                                     now, now + settings_.invitation_ttl_seconds, 0};
    storage::InsertInvitation(s, record);
    const std::string link = MakeLink("/invitation/", kInvitationPurpose, record.id, secret, record.expires_at);
    jobs::QueueMail(s, clock_,
                    LinkMail(*email, name, "Invitation à rejoindre " + settings_.product_name,
                             inviter.user.display_name + " vous invite à rejoindre " +
                                 settings_.product_name + " en tant que « " +
                                 std::string(tenancy::RoleLabel(request.role)) + " ».",
                             link, "Créer mon compte",
                             "Ce lien est valable jusqu'au " + core::FormatDateTime(record.expires_at) +
                                 " et ne fonctionne qu'une fois."));
    RecordAudit(s, clock_, {inviter.user.id, inviter.user.email, "user.invited", "invitation",
                            record.id, scope.region_id, scope.structure_id,
                            std::string(tenancy::RoleLabel(request.role))});
    invitation_id = record.id;
  });
  return invitation_id;
}

storage::InvitationRecord OnboardingService::CheckInvitation(const std::string& token) {
  const auto [id_part, secret_part] = OpenLink(kInvitationPurpose, token);
  const std::string id = id_part;
  const std::string secret = secret_part;
  std::optional<storage::InvitationRecord> record;
  db_.Run([&](storage::Session& s) { record = storage::FindInvitation(s, id); });
  if (!record || !crypto::ConstantTimeEquals(record->secret_hash, crypto::Sha256Hex(secret))) throw BadLink();
  if (record->accepted_at != 0) {
    throw AppError::Conflict("Cette invitation a déjà été utilisée. Connectez-vous avec votre compte.");
  }
  if (record->expires_at <= clock_.Now()) throw BadLink();
  return *record;
}

std::string OnboardingService::AcceptInvitation(const std::string& token, const std::string& password) {
  const auto record = CheckInvitation(token);
  std::string user_id;
  db_.Transact([&](storage::Session& s) {
    if (!storage::MarkInvitationAccepted(s, record.id, clock_.Now())) {
      throw AppError::Conflict("Cette invitation a déjà été utilisée.");
    }
    NewUser input{record.email, record.display_name,
                  tenancy::ParseRole(record.role).value_or(tenancy::Role::kStructureReader),
                  record.region_id, record.structure_id, password};
    user_id = accounts_.CreateUserIn(s, input, record.email);
  });
  return user_id;
}

void OnboardingService::RequestPasswordReset(const std::string& email_input) {
  auto email = NormalizeEmail(email_input);
  if (!email) {
    throw AppError::Invalid("La demande n'a pas été envoyée.", {{"email", "Indiquez une adresse électronique valide."}});
  }
  db_.Transact([&](storage::Session& s) {
    auto user = storage::FindUserByEmail(s, *email);
    if (!user || user->disabled) return;
    const long long now = clock_.Now();
    const std::string secret = crypto::NewToken();
    storage::PasswordResetRecord record{crypto::NewId(), user->id, crypto::Sha256Hex(secret), now,
                                        now + settings_.reset_ttl_seconds, 0};
    storage::InsertPasswordReset(s, record);
    jobs::QueueMail(s, clock_,
                    LinkMail(user->email, user->display_name,
                             "Réinitialisation de votre mot de passe " + settings_.product_name,
                             "Une réinitialisation du mot de passe de votre compte a été demandée.",
                             MakeLink("/mot-de-passe/nouveau/", kResetPurpose, record.id, secret, record.expires_at),
                             "Choisir un nouveau mot de passe",
                             "Ce lien est valable une heure et ne fonctionne qu'une fois."));
    RecordAudit(s, clock_, {user->id, user->email, "auth.reset_requested", "user", user->id,
                            user->region_id, user->structure_id, ""});
  });
}

void OnboardingService::CheckPasswordReset(const std::string& token) {
  const auto [id_part, secret_part] = OpenLink(kResetPurpose, token);
  const std::string id = id_part;
  const std::string secret = secret_part;
  std::optional<storage::PasswordResetRecord> record;
  db_.Run([&](storage::Session& s) { record = storage::FindPasswordReset(s, id); });
  if (!record || !crypto::ConstantTimeEquals(record->secret_hash, crypto::Sha256Hex(secret)) ||
      record->used_at != 0 || record->expires_at <= clock_.Now()) {
    throw BadLink();
  }
}

void OnboardingService::CompletePasswordReset(const std::string& token, const std::string& password) {
  CheckPasswordReset(token);
  const std::string id = OpenLink(kResetPurpose, token).first;
  db_.Transact([&](storage::Session& s) {
    auto record = storage::FindPasswordReset(s, id);
    auto user = record ? storage::FindUser(s, record->user_id) : std::nullopt;
    if (!user) throw BadLink();
    if (auto problem = PasswordProblem(password, user->email)) {
      throw AppError::Invalid("Le mot de passe n'a pas été changé.", {{"password", *problem}});
    }
    if (!storage::MarkPasswordResetUsed(s, id, clock_.Now())) throw BadLink();
    user->password_hash = crypto::HashPassword(password);
    user->updated_at = clock_.Now();
    storage::UpdateUser(s, *user);
    storage::DeleteUserSessions(s, user->id);
    RecordAudit(s, clock_, {user->id, user->email, "auth.password_reset", "user", user->id,
                            user->region_id, user->structure_id, ""});
  });
}

}  // namespace vigie::auth
