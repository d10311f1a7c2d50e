#include "campaigns/campaign_mail.hpp"

#include "awareness/render.hpp"
#include "core/error.hpp"
#include "core/french_format.hpp"
#include "crypto/secret_box.hpp"

namespace vigie::campaigns {

mail::SmtpSettings SmtpSettingsFor(const storage::SendingProfileRecord& profile, const std::string& secret_key,
                                   long long timeout_seconds) {
  mail::SmtpSettings settings;
  settings.url = std::string(profile.security == "tls" ? "smtps://" : "smtp://") + profile.host + ":" +
                 std::to_string(profile.port);
  settings.require_starttls = profile.security == "starttls";
  settings.username = profile.username;
  settings.timeout_seconds = timeout_seconds;
  if (!profile.password_sealed.empty()) {
    auto password = crypto::SecretBox(secret_key).Open(profile.password_sealed);
    if (!password) {
      throw core::AppError(core::ErrorKind::kUnavailable,
                           "Le mot de passe enregistré ne peut plus être lu (clé de l'instance changée) : "
                           "saisissez-le à nouveau.");
    }
    settings.password = *password;
  }
  return settings;
}

TrackedLinks LinksFor(const CampaignEnvironment& env, const std::string& token) {
  const std::string base = env.base_url + "/p/" + token;
  return {base, base + "/signaler", base + "/i.gif"};
}

mail::MailMessage CampaignMessage(const awareness::PhishingTemplate& phishing_template,
                                  const storage::SendingProfileRecord& profile, const std::string& structure_name,
                                  const storage::ClaimedTarget& target, const std::string& token,
                                  const CampaignEnvironment& env, core::UnixSeconds now) {
  const TrackedLinks links = LinksFor(env, token);
  awareness::Placeholders values;
  values.first_name = target.first_name;
  values.last_name = target.last_name;
  values.structure_name = structure_name;
  values.date = core::FormatDate(now);
  values.link = links.link;
  values.report_link = links.report_link;
  values.tracking_pixel_url = links.pixel;
  const awareness::RenderedEmail email = awareness::Render(phishing_template, values);
  mail::MailMessage m;
  m.from_address = email.sender_address;
  m.from_name = email.sender_name;
  m.reply_to = email.reply_to;
  m.envelope_from = profile.envelope_from;
  m.to_address = target.email;
  m.to_name = (target.first_name + " " + target.last_name);
  if (m.to_name == " ") m.to_name.clear();
  m.subject = email.subject;
  m.text_body = email.text_body;
  m.html_body = email.html_body;
  if (!profile.header_name.empty()) m.extra_headers.emplace_back(profile.header_name, profile.header_value);
  return m;
}

}  // namespace vigie::campaigns
