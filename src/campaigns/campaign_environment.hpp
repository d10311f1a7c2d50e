#pragma once
// What the campaign services need from the instance's configuration.

#include <string>

namespace vigie::campaigns {

struct CampaignEnvironment {
  std::string base_url;    // links in the e-mails: base_url + "/p/" + token
  std::string secret_key;  // the instance key: derives tokens, opens relay passwords
  // A claim older than this is declared uncertain (its process is presumed dead). Must
  // exceed the SMTP timeout by a margin, so a slow but live send is never declared.
  long long claim_lease_seconds = 120;
  long long smtp_timeout_seconds = 30;
  int max_attempts = 5;  // per person, then 'failed' with the last error
};

}  // namespace vigie::campaigns
