#include "campaigns/campaign_dispatcher.hpp"

#include <spdlog/spdlog.h>

#include "awareness/send_schedule.hpp"
#include "campaigns/template_library.hpp"
#include "campaigns/campaign_lifecycle.hpp"
#include "campaigns/campaign_mail.hpp"
#include "campaigns/campaign_profile.hpp"
#include "campaigns/campaign_tokens.hpp"
#include "campaigns/retention.hpp"
#include "core/error.hpp"
#include "crypto/random.hpp"
#include "jobs/retry_policy.hpp"
#include "storage/campaign_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/tenancy_repository.hpp"

namespace vigie::campaigns {

struct CampaignDispatcher::Campaign {
  std::string id;
  storage::SendingProfileRecord profile_record;
  awareness::SendingProfile profile;
  TemplatePtr phishing_template;
  std::string structure_name;
};

CampaignDispatcher::CampaignDispatcher(storage::Database& db, const core::Clock& clock, CampaignEnvironment env,
                                       MailerFactory factory, DispatcherSettings settings)
    : db_(db),
      clock_(clock),
      env_(std::move(env)),
      factory_(std::move(factory)),
      settings_(settings),
      owner_("sender-" + crypto::NewId()) {}

CampaignDispatcher::~CampaignDispatcher() { Stop(); }

void CampaignDispatcher::Start() {
  std::lock_guard lock(state_mutex_);
  if (!threads_.empty()) return;
  stopping_ = false;
  for (int i = 0; i < std::max(1, settings_.threads); ++i) threads_.emplace_back([this] { Loop(); });
}

void CampaignDispatcher::Stop() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(state_mutex_);
    stopping_ = true;
    threads.swap(threads_);
  }
  wake_.notify_all();
  for (auto& t : threads) t.join();
}

void CampaignDispatcher::Wake() {
  {
    std::lock_guard lock(state_mutex_);
    ++wake_generation_;
  }
  wake_.notify_all();
}

DispatchStats CampaignDispatcher::Stats() const { return {sent_, retried_, failed_, uncertain_}; }

std::vector<CampaignDispatcher::Campaign> CampaignDispatcher::LoadSendingCampaigns() {
  std::vector<Campaign> out;
  db_.Run([&](storage::Session& s) {
    for (const auto& c : storage::ListCampaignsInStatus(s, "sending")) {
      Campaign campaign;
      campaign.id = c.id;
      const auto record = storage::FindSendingProfile(s, c.sending_profile_id);
      const auto profile = record ? ProfileOf(*record) : std::nullopt;
      campaign.phishing_template = FindTemplateFor(s, c.region_id, c.template_id);
      const auto structure = storage::FindStructure(s, c.structure_id);
      if (!profile || !campaign.phishing_template || !structure) {
        spdlog::error("campaign {} cannot send: its profile, template or structure is missing or invalid", c.id);
        continue;
      }
      campaign.profile_record = *record;
      campaign.profile = *profile;
      campaign.structure_name = structure->name;
      out.push_back(std::move(campaign));
    }
  });
  return out;
}

bool CampaignDispatcher::TakeRateSlot(const std::string& campaign_id, int rate_per_minute, long long now) {
  if (!settings_.enforce_window_and_rate) return true;
  std::lock_guard lock(rate_mutex_);
  auto& recent = recent_sends_[campaign_id];
  while (!recent.empty() && recent.front() <= now - 60) recent.pop_front();
  if (static_cast<int>(recent.size()) >= rate_per_minute) return false;
  recent.push_back(now);
  return true;
}

// One claim, one SMTP session, one mark. True when a target was taken.
bool CampaignDispatcher::SendOne(const Campaign& c) {
  const long long now = clock_.Now();
  if (settings_.enforce_window_and_rate && !awareness::IsInsideWindow(c.profile, now)) return false;
  if (!TakeRateSlot(c.id, c.profile.rate_per_minute, now)) return false;
  std::optional<storage::ClaimedTarget> target;
  db_.Transact([&](storage::Session& s) { target = storage::ClaimNextDueTarget(s, c.id, now, owner_); });
  if (!target) {
    std::lock_guard lock(rate_mutex_);
    auto& recent = recent_sends_[c.id];
    if (!recent.empty()) recent.pop_back();  // the slot was not used
    return false;
  }
  auto release = [&](bool failed, long long retry_at, const std::string& error) {
    db_.Transact([&](storage::Session& s) { storage::ReleaseTarget(s, target->id, owner_, failed, retry_at, error); });
    (failed ? failed_ : retried_)++;
  };
  if (target->email.empty()) {
    release(true, now, "recipient removed before sending");
    return true;
  }
  mail::MailMessage message;
  std::unique_ptr<mail::Mailer> mailer;
  try {
    const std::string token = TargetToken(env_.secret_key, target->id);
    message = CampaignMessage(*c.phishing_template, c.profile_record, c.structure_name, *target, token, env_, now);
    mailer = factory_(SmtpSettingsFor(c.profile_record, env_.secret_key, env_.smtp_timeout_seconds));
  } catch (const std::exception& e) {
    release(true, now, core::LoggableError(e.what()));
    return true;
  }
  try {
    mailer->Send(message);
  } catch (const mail::MailError& e) {
    const std::string error = core::LoggableError(e.what());
    if (e.maybe_delivered()) {
      db_.Transact([&](storage::Session& s) { storage::MarkTargetUncertain(s, target->id, owner_, error); });
      ++uncertain_;
    } else if (e.retryable() && target->attempts + 1 < env_.max_attempts) {
      release(false, jobs::NextRunAt(clock_.Now(), target->attempts + 1, target->id), error);
    } else {
      release(true, now, error);
    }
    return true;
  } catch (const std::exception& e) {
    release(true, now, core::LoggableError(e.what()));
    return true;
  }
  bool marked = false;
  db_.Transact([&](storage::Session& s) { marked = storage::MarkTargetSent(s, target->id, owner_, clock_.Now()); });
  if (!marked) spdlog::warn("campaign {}: a message was sent after a person resolved its uncertain claim", c.id);
  ++sent_;
  return true;
}

void CampaignDispatcher::Housekeep(bool force) {
  const long long now = clock_.Now();
  bool purge_due = false;
  {
    std::lock_guard lock(housekeeping_mutex_);
    if (!force && now - last_housekeeping_ < settings_.housekeeping_every_seconds) return;
    last_housekeeping_ = now;
    purge_due = now - last_purge_ >= 3600;
    if (purge_due) last_purge_ = now;
  }
  if (purge_due) {
    const PurgeReport purged = PurgeExpiredResults(db_, clock_);
    if (purged.targets_unlinked > 0) {
      spdlog::info("awareness retention: individual results of {} people purged in {} structure(s)",
                   purged.targets_unlinked, purged.structures);
    }
  }
  const Housekeeping h = RunHousekeeping(db_, clock_, env_);
  if (h.uncertain > 0) spdlog::warn("campaigns: {} interrupted send(s) declared uncertain", h.uncertain);
  if (h.started + h.completed > 0) spdlog::info("campaigns: {} started, {} completed", h.started, h.completed);
}

long long CampaignDispatcher::RunOnce(long long max_messages) {
  Housekeep(true);
  long long attempts = 0;
  for (const auto& c : LoadSendingCampaigns()) {
    while (attempts < max_messages && SendOne(c)) ++attempts;
  }
  Housekeep(true);
  return attempts;
}

void CampaignDispatcher::Loop() {
  while (true) {
    unsigned long long generation = 0;
    {
      std::lock_guard lock(state_mutex_);
      if (stopping_) return;
      generation = wake_generation_;
    }
    bool busy = false;
    try {
      Housekeep(false);
      for (const auto& c : LoadSendingCampaigns()) {
        // A few messages per campaign per turn, so one large campaign does not hold
        // back the others, and a stop is honoured quickly.
        for (int i = 0; i < 20 && SendOne(c); ++i) busy = true;
        std::lock_guard lock(state_mutex_);
        if (stopping_) return;
      }
    } catch (const std::exception& e) {
      spdlog::error("campaign sender: {}", core::LoggableError(e.what()));
    }
    if (busy) continue;
    std::unique_lock lock(state_mutex_);
    wake_.wait_for(lock, settings_.idle_wait, [&] { return stopping_ || wake_generation_ != generation; });
  }
}

MailerFactory SmtpMailerFactory(const core::Clock& clock) {
  return [&clock](const mail::SmtpSettings& settings) -> std::unique_ptr<mail::Mailer> {
    return std::make_unique<mail::SmtpMailer>(settings, clock);
  };
}

}  // namespace vigie::campaigns
