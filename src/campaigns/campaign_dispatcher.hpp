#pragma once
// Sends campaign e-mails: background threads that take due targets from the send queue
// (storage/campaign_send_repository.hpp) one at a time, within each campaign's sending
// window and rate, and run the campaigns' housekeeping (campaign_lifecycle.hpp).
//
// Exactly once: a target is claimed (committed) before the SMTP session and marked sent
// after the relay accepted it. A process killed in between leaves the claim, which the
// housekeeping of any later process declares uncertain once its lease has run out:
// listed for a person's decision, never sent again by itself, never skipped silently.
// A failure after the whole message was handed over (no final reply) is uncertain at
// once; a refusal or a connection failure is retried with backoff up to max_attempts,
// then the target is 'failed' with the relay's answer.
//
// The rate limit holds per campaign within one process (planned times already respect
// it; the limiter guards bursts after a pause or a stop). Run one dispatcher per
// instance: `vigie serve` (with jobs) or `vigie worker`.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>
#include <deque>

#include "campaigns/campaign_environment.hpp"
#include "core/clock.hpp"
#include "mail/mailer.hpp"
#include "mail/smtp_mailer.hpp"
#include "storage/database.hpp"

namespace vigie::campaigns {

using MailerFactory = std::function<std::unique_ptr<mail::Mailer>(const mail::SmtpSettings&)>;

struct DispatcherSettings {
  int threads = 2;
  std::chrono::milliseconds idle_wait{1000};
  long long housekeeping_every_seconds = 5;
  bool enforce_window_and_rate = true;  // false only for the throughput benchmark
};

struct DispatchStats {
  long long sent = 0;
  long long retried = 0;
  long long failed = 0;
  long long uncertain = 0;
};

class CampaignDispatcher {
 public:
  CampaignDispatcher(storage::Database& db, const core::Clock& clock, CampaignEnvironment env, MailerFactory factory,
                     DispatcherSettings settings);
  ~CampaignDispatcher();
  CampaignDispatcher(const CampaignDispatcher&) = delete;
  CampaignDispatcher& operator=(const CampaignDispatcher&) = delete;

  void Start();
  void Stop();  // lets each thread finish the message it is sending
  void Wake();  // a campaign was launched or resumed: look now

  // Housekeeping, then every due message of every sending campaign, in the calling
  // thread, up to `max_messages`. Returns the number of send attempts made.
  long long RunOnce(long long max_messages);

  DispatchStats Stats() const;
  const std::string& owner_id() const { return owner_; }

 private:
  struct Campaign;
  std::vector<Campaign> LoadSendingCampaigns();
  bool SendOne(const Campaign& campaign);
  bool TakeRateSlot(const std::string& campaign_id, int rate_per_minute, long long now);
  void Housekeep(bool force);
  void Loop();

  storage::Database& db_;
  const core::Clock& clock_;
  const CampaignEnvironment env_;
  const MailerFactory factory_;
  const DispatcherSettings settings_;
  const std::string owner_;

  std::mutex rate_mutex_;
  std::map<std::string, std::deque<long long>> recent_sends_;  // guarded by rate_mutex_

  std::mutex housekeeping_mutex_;
  long long last_housekeeping_ = 0;  // guarded by housekeeping_mutex_
  long long last_purge_ = 0;         // guarded by housekeeping_mutex_; the retention purge, hourly

  std::mutex state_mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;             // guarded by state_mutex_
  unsigned long long wake_generation_ = 0;  // guarded by state_mutex_
  std::vector<std::thread> threads_;

  std::atomic<long long> sent_{0}, retried_{0}, failed_{0}, uncertain_{0};
};

// The production factory: an SmtpMailer per profile's settings.
MailerFactory SmtpMailerFactory(const core::Clock& clock);

}  // namespace vigie::campaigns
