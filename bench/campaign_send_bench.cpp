// Sending throughput of a large phishing-simulation campaign and the cost of reading its
// results (issue 5, "Performance"). Run by bench/campaign_bench.sh, which prepares a
// demo data directory, a loopback SMTP sink and the reference load tool:
//
//   vigie_campaign_send_bench DATA_DIR SMTP_PORT COUNT THREADS
//
// Adds COUNT people to a new group of EHPAD Les Tilleuls in DATA_DIR's SQLite database,
// launches a campaign through a profile pointing at 127.0.0.1:SMTP_PORT, sends it with
// the real dispatcher (THREADS sender threads, window and rate limits off: this
// measures Vigie, not the relay's allowance), then times the results queries. Prints
// one JSON object on stdout.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "campaigns/campaign_dispatcher.hpp"
#include "campaigns/campaign_drafts.hpp"
#include "campaigns/campaign_lifecycle.hpp"
#include "campaigns/campaign_results.hpp"
#include "core/clock.hpp"
#include "core/embedded.hpp"
#include "crypto/encoding.hpp"
#include "crypto/random.hpp"
#include "storage/awareness_repository.hpp"
#include "storage/awareness_settings_repository.hpp"
#include "storage/campaign_send_repository.hpp"
#include "storage/campaign_tracking_repository.hpp"
#include "storage/database.hpp"
#include "storage/sending_profile_repository.hpp"
#include "storage/tenancy_repository.hpp"

namespace {

using namespace vigie;
using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point from) {
  return std::chrono::duration<double, std::milli>(Clock::now() - from).count();
}

std::string StructureId(storage::Database& db) {
  std::string id;
  db.Run([&](storage::Session& s) {
    storage::StructureQuery query;
    query.search = "Tilleuls";
    for (const auto& st : storage::ListStructures(s, query).items) {
      if (st.name == "EHPAD Les Tilleuls") id = st.id;
    }
  });
  return id;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s DATA_DIR SMTP_PORT COUNT THREADS\n", argv[0]);
    return 2;
  }
  const std::string data_dir = argv[1];
  const int port = std::stoi(argv[2]);
  const long long count = std::stoll(argv[3]);
  const int threads = std::stoi(argv[4]);
  storage::Database db({(std::filesystem::path(data_dir) / "vigie.db").string(), 16});
  core::SystemClock clock;
  const std::string structure_id = StructureId(db);
  if (structure_id.empty()) {
    std::fprintf(stderr, "no EHPAD Les Tilleuls: run `vigie demo --data-dir %s` first\n", data_dir.c_str());
    return 1;
  }
  const auto key_text = core::ReadFile((std::filesystem::path(data_dir) / "secret.key").string());
  std::string key_line = key_text ? *key_text : "";
  while (!key_line.empty() && (key_line.back() == '\n' || key_line.back() == '\r')) key_line.pop_back();
  campaigns::CampaignEnvironment env;
  env.base_url = "http://127.0.0.1:8080";
  env.secret_key = crypto::Base64UrlDecode(key_line).value_or("");

  const std::string group_id = crypto::NewId();
  auto prepare_start = Clock::now();
  db.Transact([&](storage::Session& s) {
    const auto st = storage::FindStructure(s, structure_id);
    storage::InsertGroup(s, {group_id, structure_id, st->region_id, "Banc d'essai " + group_id, 0, 1, 1, 0});
    for (long long i = 0; i < count; ++i) {
      const std::string n = std::to_string(i);
      storage::UpsertRecipient(s, {crypto::NewId(), group_id, structure_id, "agent" + n + "@bench.example",
                                   "Prénom" + n, "Nom" + n, i % 3 ? "Bâtiment principal" : "Annexe",
                                   i % 7 ? "Soins" : "Cuisine", "Soignant", "ps" + n, 0, 1, 1});
    }
    storage::SendingProfileRecord p;
    p.id = crypto::NewId();
    p.structure_id = structure_id;
    p.region_id = st->region_id;
    p.name = "Banc d'essai " + p.id;
    p.host = "127.0.0.1";
    p.port = port;
    p.security = "none";
    p.envelope_from = "retours@bench.example";
    p.rate_per_minute = 600;
    p.window_start = 0;
    p.window_end = 1439;
    p.days = "1,2,3,4,5,6,7";
    p.spread_days = 1;
    storage::InsertSendingProfile(s, p);
    auto a = storage::LoadAwarenessSettings(s, structure_id);
    a.info_published_at = 1;
    storage::SaveAwarenessSettings(s, a);
  });
  std::string profile_id;
  db.Run([&](storage::Session& s) {
    for (const auto& p : storage::ListSendingProfiles(s, structure_id)) {
      if (p.name.find("Banc d'essai") == 0 && p.port == port) profile_id = p.id;
    }
  });
  const double prepare_ms = Ms(prepare_start);
  auto c = campaigns::CreateDraft(db, clock, structure_id, awareness::CampaignMode::kOperated,
                                  {"Banc d'essai", "colis-avis-de-passage", profile_id, {group_id}, ""}, "bench");
  auto launch_start = Clock::now();
  c = campaigns::ApplyCampaignAction(db, clock, env, c.id, awareness::CampaignAction::kLaunch, c.revision, "bench");
  const double launch_ms = Ms(launch_start);
  // The plan spaces messages by the profile's rate (600 a minute at most): due them all
  // now, to measure how fast the dispatcher itself can go.
  db.Transact([&](storage::Session& s) {
    const auto ids = storage::ListPendingTargetIds(s, c.id);
    storage::SetPlannedTimes(s, ids, std::vector<long long>(ids.size(), clock.Now()));
  });

  campaigns::DispatcherSettings settings;
  settings.threads = threads;
  settings.enforce_window_and_rate = false;
  settings.idle_wait = std::chrono::milliseconds(50);
  campaigns::CampaignDispatcher dispatcher(db, clock, env, campaigns::SmtpMailerFactory(clock), settings);
  auto send_start = Clock::now();
  dispatcher.Start();
  storage::SendProgress progress;
  while (true) {
    db.Run([&](storage::Session& s) { progress = storage::CountSendStates(s, c.id); });
    if (progress.pending == 0 && progress.sending == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  const double send_ms = Ms(send_start);
  dispatcher.Stop();

  // Results at this size: the funnel by segments, and one page of people.
  double results_ms = 1e9, page_ms = 1e9;
  for (int i = 0; i < 5; ++i) {
    auto t = Clock::now();
    const auto r = campaigns::LoadResults(db, c.id, clock.Now());
    results_ms = std::min(results_ms, Ms(t));
    t = Clock::now();
    db.Run([&](storage::Session& s) { storage::ListTargetResults(s, c.id, true, {500, 50}); });
    page_ms = std::min(page_ms, Ms(t));
  }
  std::string target_id;
  db.Run([&](storage::Session& s) { target_id = storage::ListTargetResults(s, c.id, false, {1, 1}).items.at(0).target_id; });
  std::printf(
      "{\"count\": %lld, \"threads\": %d, \"prepare_ms\": %.0f, \"launch_ms\": %.0f, \"send_ms\": %.0f, "
      "\"sent\": %lld, \"failed\": %lld, \"uncertain\": %lld, \"per_second\": %.1f, \"results_ms\": %.1f, "
      "\"people_page_ms\": %.1f, \"campaign_id\": \"%s\", \"target_id\": \"%s\"}\n",
      count, threads, prepare_ms, launch_ms, send_ms, progress.sent, progress.failed, progress.uncertain,
      progress.sent / (send_ms / 1000.0), results_ms, page_ms, c.id.c_str(), target_id.c_str());
  return progress.failed + progress.uncertain == 0 ? 0 : 1;
}
