#include "web/sending_profile_actions.hpp"

#include "auth/audit_log.hpp"
#include "awareness/recipient_fields.hpp"
#include "campaigns/campaign_mail.hpp"
#include "core/text.hpp"
#include "crypto/random.hpp"
#include "crypto/secret_box.hpp"
#include "mail/smtp_mailer.hpp"
#include "storage/tenancy_repository.hpp"

namespace vigie::web {
namespace {

core::AppError Refused(std::vector<core::FieldError> errors) {
  return core::AppError::Invalid("Le profil d'envoi n'a pas été enregistré.", std::move(errors));
}

void Fill(storage::SendingProfileRecord& r, const awareness::SendingProfile& p) {
  r.name = p.name;
  r.host = p.host;
  r.port = p.port;
  r.security = awareness::SecurityCode(p.security);
  r.username = p.username;
  r.envelope_from = p.envelope_from;
  r.header_name = p.header_name;
  r.header_value = p.header_value;
  r.rate_per_minute = p.rate_per_minute;
  r.window_start = p.window_start;
  r.window_end = p.window_end;
  r.days = awareness::DaysCode(p.days);
  r.spread_days = p.spread_days;
}

awareness::SendingProfile Parsed(const awareness::SendingProfileInput& input) {
  awareness::SendingProfile p;
  auto errors = awareness::ParseSendingProfile(input, p);
  if (!errors.empty()) throw Refused(std::move(errors));
  return p;
}

void Audit(Context& ctx, storage::Session& s, const std::string& action, const storage::SendingProfileRecord& p,
           const std::string& details) {
  const auto& who = ctx.Who().user;
  auth::RecordAudit(s, ctx.services.clock, {who.id, who.email, action, "sending_profile", p.id, p.region_id,
                                            p.structure_id, details});
}

}  // namespace

storage::SendingProfileRecord SendingProfileOfPath(Context& ctx) {
  std::optional<storage::SendingProfileRecord> p;
  ctx.services.db.Run([&](storage::Session& s) { p = storage::FindSendingProfile(s, ctx.request.Param("id")); });
  if (!p) throw core::AppError::NotFound("Ce profil d'envoi n'existe pas.");
  return *p;
}

tenancy::Scope SendingProfileScopeOfPath(Context& ctx) {
  const auto p = SendingProfileOfPath(ctx);
  return {p.region_id, p.structure_id};
}

awareness::SendingProfileInput InputOf(const storage::SendingProfileRecord& r) {
  return {r.name,          r.host,          std::to_string(r.port), r.security,
          r.username,      r.envelope_from, r.header_name,          r.header_value,
          std::to_string(r.rate_per_minute), awareness::MinutesText(static_cast<int>(r.window_start)),
          awareness::MinutesText(static_cast<int>(r.window_end)), r.days, std::to_string(r.spread_days)};
}

storage::SendingProfileRecord CreateSendingProfile(Context& ctx, const tenancy::Structure& structure,
                                                   const awareness::SendingProfileInput& input,
                                                   const std::string& password) {
  const auto parsed = Parsed(input);
  storage::SendingProfileRecord r;
  r.id = crypto::NewId();
  r.structure_id = structure.id;
  r.region_id = structure.region_id;
  Fill(r, parsed);
  if (!password.empty()) r.password_sealed = crypto::SecretBox(ctx.services.settings.secret_key).Seal(password);
  r.created_at = r.updated_at = ctx.services.clock.Now();
  ctx.services.db.Transact([&](storage::Session& s) {
    if (!storage::InsertSendingProfile(s, r)) throw Refused({{"name", "La structure a déjà un profil de ce nom."}});
    Audit(ctx, s, "sending_profile.created", r, "Profil d'envoi « " + r.name + " » créé");
  });
  return r;
}

storage::SendingProfileRecord EditSendingProfile(Context& ctx, const storage::SendingProfileRecord& current,
                                                 const awareness::SendingProfileInput& input,
                                                 const std::string& password, bool clear_password) {
  const auto parsed = Parsed(input);
  storage::SendingProfileRecord r = current;
  Fill(r, parsed);
  if (clear_password) r.password_sealed.clear();
  if (!password.empty()) r.password_sealed = crypto::SecretBox(ctx.services.settings.secret_key).Seal(password);
  r.updated_at = ctx.services.clock.Now();
  ctx.services.db.Transact([&](storage::Session& s) {
    if (!storage::UpdateSendingProfile(s, r)) throw Refused({{"name", "La structure a déjà un profil de ce nom."}});
    Audit(ctx, s, "sending_profile.updated", r,
          "Profil d'envoi « " + r.name + " » modifié" + (password.empty() && !clear_password ? "" : " (mot de passe changé)"));
  });
  return r;
}

void SendTestMessage(Context& ctx, const storage::SendingProfileRecord& profile, const std::string& raw_to) {
  std::string to = core::Trim(raw_to);
  for (char& c : to) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (!awareness::IsSendableEmail(to)) {
    throw core::AppError::Invalid("Le message de test n'a pas été envoyé.", {{"to", "Indiquez une adresse valide."}});
  }
  const mail::SmtpSettings settings = campaigns::SmtpSettingsFor(profile, ctx.services.settings.secret_key, 15);
  mail::MailMessage message;
  message.from_address = profile.envelope_from;
  message.envelope_from = profile.envelope_from;
  message.from_name = "Vigie — test d'envoi";
  message.to_address = to;
  message.subject = "Test du profil d'envoi « " + profile.name + " »";
  if (!profile.header_name.empty()) message.extra_headers = {{profile.header_name, profile.header_value}};
  message.text_body = "Ce message vérifie que le profil d'envoi « " + profile.name +
                      " » de Vigie peut joindre votre messagerie. Il ne demande aucune action.\n";
  try {
    mail::SmtpMailer(settings, ctx.services.clock).Send(message);
  } catch (const std::exception& e) {
    throw core::AppError(core::ErrorKind::kUnavailable,
                         std::string("Le serveur d'envoi a refusé le message ou ne répond pas : ") + e.what());
  }
  ctx.services.db.Transact([&](storage::Session& s) {
    Audit(ctx, s, "sending_profile.tested", profile, "Message de test envoyé par « " + profile.name + " »");
  });
}

}  // namespace vigie::web
