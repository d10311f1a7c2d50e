// app::LoadConfigFile: the TOML file given with --config (written by an operator, often
// by hand or by a deployment template). The input is written to a temporary file.
// Properties:
// - it either loads or throws a std::runtime_error "PATH:LINE: message" with LINE >= 1
//   (no other exception type escapes);
// - a load succeeds only if every top-level key is known, and then every key present
//   in the file holds exactly the file's value (no silent truncation of integers),
//   every absent key keeps its default.

#include <toml++/toml.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>

#include "app/config.hpp"
#include "fuzz_check.hpp"

namespace {

// One file per process, removed at exit.
struct TempFile {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("vigie_fuzz_config_" + std::to_string(getpid()) + ".toml"))
                         .string();
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
};

const std::string& TempPath() {
  static const TempFile kFile;
  return kFile.path;
}

void CheckError(const std::runtime_error& error) {
  const std::string message = error.what();
  const std::string prefix = TempPath() + ":";
  FUZZ_CHECK(message.starts_with(prefix));
  std::size_t at = prefix.size();
  while (at < message.size() && message[at] >= '0' && message[at] <= '9') ++at;
  FUZZ_CHECK(at > prefix.size() && message.compare(at, 2, ": ") == 0);
  FUZZ_CHECK(message[prefix.size()] != '0');  // lines count from 1
}

template <typename T>
void CheckValue(const toml::table& table, const char* key, const T& loaded, const T& fallback) {
  const toml::node* node = table.get(key);
  if (!node) {
    FUZZ_CHECK(loaded == fallback);
    return;
  }
  if constexpr (std::is_same_v<T, int>) {
    const auto value = node->value_exact<std::int64_t>();
    FUZZ_CHECK(value && *value == loaded);
  } else {
    const auto value = node->value_exact<T>();
    FUZZ_CHECK(value && *value == loaded);
  }
}

void CheckLoaded(const std::string& text, const vigie::app::Config& c) {
  const vigie::app::Config d;  // defaults
  toml::table table;
  try {
    table = toml::parse(text);
  } catch (const toml::parse_error&) {
    FUZZ_CHECK(false && "LoadConfigFile accepted a file toml++ refuses");
  }
  static const std::set<std::string> kKeys = {
      "listen", "data_dir", "database_url", "base_url", "behind_tls_proxy", "dev_assets_dir",
      "worker_threads", "io_threads", "run_jobs", "smtp_url", "smtp_username", "smtp_password",
      "smtp_starttls", "mail_from", "mail_from_name", "log_level"};
  for (const auto& [key, node] : table) FUZZ_CHECK(kKeys.count(std::string(key.str())) == 1);
  CheckValue(table, "listen", c.listen, d.listen);
  CheckValue(table, "data_dir", c.data_dir, d.data_dir);
  CheckValue(table, "database_url", c.database_url, d.database_url);
  CheckValue(table, "base_url", c.base_url, d.base_url);
  CheckValue(table, "behind_tls_proxy", c.behind_tls_proxy, d.behind_tls_proxy);
  CheckValue(table, "dev_assets_dir", c.dev_assets_dir, d.dev_assets_dir);
  CheckValue(table, "worker_threads", c.worker_threads, d.worker_threads);
  CheckValue(table, "io_threads", c.io_threads, d.io_threads);
  CheckValue(table, "run_jobs", c.run_jobs, d.run_jobs);
  CheckValue(table, "smtp_url", c.smtp_url, d.smtp_url);
  CheckValue(table, "smtp_username", c.smtp_username, d.smtp_username);
  CheckValue(table, "smtp_password", c.smtp_password, d.smtp_password);
  CheckValue(table, "smtp_starttls", c.smtp_starttls, d.smtp_starttls);
  CheckValue(table, "mail_from", c.mail_from, d.mail_from);
  CheckValue(table, "mail_from_name", c.mail_from_name, d.mail_from_name);
  CheckValue(table, "log_level", c.log_level, d.log_level);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(vigie::fuzz::AsText(data, size));
  {
    std::ofstream out(TempPath(), std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  vigie::app::Config config;
  try {
    vigie::app::LoadConfigFile(TempPath(), config);
  } catch (const std::runtime_error& error) {
    CheckError(error);
    return 0;
  }
  CheckLoaded(text, config);
  return 0;
}
