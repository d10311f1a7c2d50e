#include "app/config.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>
#include <type_traits>

namespace vigie::app {
namespace {

// Exact types only: no float for an integer, and an integer must fit in an int
// (toml++'s value<T>() would accept 8.0, and a long long cast to int truncated
// 4294967304 to 8; both found by fuzzing).
template <typename T>
void Read(const toml::table& table, const std::string& key, T& out, const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return;
  std::optional<T> value;
  if constexpr (std::is_same_v<T, int>) {
    const auto number = node->value_exact<std::int64_t>();
    if (number && *number >= std::numeric_limits<int>::min() &&
        *number <= std::numeric_limits<int>::max()) {
      value = static_cast<int>(*number);
    }
  } else {
    value = node->value_exact<T>();
  }
  if (!value) {
    const auto& where = node->source().begin;
    throw std::runtime_error(file + ":" + std::to_string(where.line) + ": la valeur de « " + key +
                             " » n'a pas le bon type");
  }
  out = *value;
}

}  // namespace

void LoadConfigFile(const std::string& path, Config& config) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(path + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()));
  }
  static const std::set<std::string> kKeys = {
      "listen", "data_dir", "database_url", "base_url", "behind_tls_proxy", "dev_assets_dir",
      "worker_threads", "io_threads", "read_timeout_seconds", "idle_timeout_seconds", "run_jobs", "smtp_url", "smtp_username", "smtp_password",
      "smtp_starttls", "mail_from", "mail_from_name", "log_level", "campaign_claim_lease_seconds",
      "campaign_smtp_timeout_seconds", "campaign_sender_threads"};
  for (const auto& [key, node] : table) {
    if (!kKeys.count(std::string(key.str()))) {
      throw std::runtime_error(path + ":" + std::to_string(node.source().begin.line) +
                               ": clé inconnue « " + std::string(key.str()) + " »");
    }
  }
  Read(table, "listen", config.listen, path);
  Read(table, "data_dir", config.data_dir, path);
  Read(table, "database_url", config.database_url, path);
  Read(table, "base_url", config.base_url, path);
  Read(table, "behind_tls_proxy", config.behind_tls_proxy, path);
  Read(table, "dev_assets_dir", config.dev_assets_dir, path);
  Read(table, "worker_threads", config.worker_threads, path);
  Read(table, "io_threads", config.io_threads, path);
  Read(table, "read_timeout_seconds", config.read_timeout_seconds, path);
  Read(table, "idle_timeout_seconds", config.idle_timeout_seconds, path);
  Read(table, "run_jobs", config.run_jobs, path);
  Read(table, "smtp_url", config.smtp_url, path);
  Read(table, "smtp_username", config.smtp_username, path);
  Read(table, "smtp_password", config.smtp_password, path);
  Read(table, "smtp_starttls", config.smtp_starttls, path);
  Read(table, "mail_from", config.mail_from, path);
  Read(table, "mail_from_name", config.mail_from_name, path);
  Read(table, "log_level", config.log_level, path);
  Read(table, "campaign_claim_lease_seconds", config.campaign_claim_lease_seconds, path);
  Read(table, "campaign_smtp_timeout_seconds", config.campaign_smtp_timeout_seconds, path);
  Read(table, "campaign_sender_threads", config.campaign_sender_threads, path);
  if (config.campaign_smtp_timeout_seconds < 1 || config.campaign_sender_threads < 1 ||
      config.campaign_claim_lease_seconds < 2 * config.campaign_smtp_timeout_seconds) {
    throw std::runtime_error(path + ": campaign_claim_lease_seconds doit valoir au moins deux fois "
                                    "campaign_smtp_timeout_seconds (lui-même ≥ 1), et campaign_sender_threads ≥ 1");
  }
}

std::string DatabaseUrl(const Config& config) {
  if (!config.database_url.empty()) return config.database_url;
  return (std::filesystem::path(config.data_dir) / "vigie.db").string();
}

std::pair<std::string, unsigned short> ParseListen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw std::runtime_error("--listen attend ADRESSE:PORT, par exemple 127.0.0.1:8080");
  }
  int port = 0;
  try {
    port = std::stoi(listen.substr(colon + 1));
  } catch (...) {
    port = -1;
  }
  if (port < 0 || port > 65535) throw std::runtime_error("port invalide dans --listen : " + listen);
  return {listen.substr(0, colon), static_cast<unsigned short>(port)};
}

}  // namespace vigie::app
