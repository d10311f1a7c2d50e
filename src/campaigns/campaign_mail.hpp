#pragma once
// A campaign e-mail for one person, and the SMTP settings of a sending profile.

#include <string>

#include "awareness/template_model.hpp"
#include "campaigns/campaign_environment.hpp"
#include "core/clock.hpp"
#include "mail/message.hpp"
#include "mail/smtp_mailer.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/sending_profile_repository.hpp"

namespace vigie::campaigns {

// The relay, its security and credentials (the password opened with the instance key).
// Throws core::AppError (kUnavailable) when the stored password cannot be opened.
mail::SmtpSettings SmtpSettingsFor(const storage::SendingProfileRecord& profile, const std::string& secret_key,
                                   long long timeout_seconds);

// The person's links, all under base_url + "/p/" + token.
struct TrackedLinks {
  std::string link;          // the e-mail's lure: fake sign-in (advanced) or awareness page
  std::string report_link;   // "Signaler ce message"
  std::string pixel;         // the open-tracking image
};
TrackedLinks LinksFor(const CampaignEnvironment& env, const std::string& token);

// The message as the person receives it: the template rendered with their first and
// last name, the structure's name and their links; From and Reply-To from the template;
// MAIL FROM and the allow-list header from the profile. Nothing else in the headers
// tells it is a simulation (a forwarded report is matched by the links in its body).
// Throws core::AppError (kInvalid) if the
// template cannot be rendered for this person.
mail::MailMessage CampaignMessage(const awareness::PhishingTemplate& phishing_template,
                                  const storage::SendingProfileRecord& profile, const std::string& structure_name,
                                  const storage::ClaimedTarget& target, const std::string& token,
                                  const CampaignEnvironment& env, core::UnixSeconds now);

}  // namespace vigie::campaigns
