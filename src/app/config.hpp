#pragma once
// Vigie's configuration: command-line flags over an optional TOML file over
// defaults. Only the composition root reads it; services get plain settings.
// docs/configuration.md lists every key.

#include <string>

namespace vigie::app {

struct Config {
  std::string listen = "127.0.0.1:8080";
  std::string data_dir = "var";            // SQLite file, secret key
  std::string database_url;                // empty: SQLite in data_dir; postgresql://...
  std::string base_url;                    // links in emails; default http://<listen>
  bool behind_tls_proxy = false;           // Secure cookies, HSTS
  std::string dev_assets_dir;              // serve templates/assets from this source dir
  int worker_threads = 8;                  // HTTP handler threads
  int io_threads = 1;
  int read_timeout_seconds = 15;          // a request must arrive whole within this
  int idle_timeout_seconds = 60;          // keep-alive connections close after this
  bool run_jobs = true;                    // background job workers inside serve
  std::string smtp_url;                    // smtp://host:port; empty = mail not configured
  std::string smtp_username;
  std::string smtp_password;
  bool smtp_starttls = false;
  std::string mail_from = "vigie@localhost";
  std::string mail_from_name = "Vigie";
  std::string log_level = "info";
  // Phishing-simulation campaigns: a send claim older than the lease is declared
  // uncertain (its process died); keep it well above the SMTP timeout.
  int campaign_claim_lease_seconds = 120;
  int campaign_smtp_timeout_seconds = 30;
  int campaign_sender_threads = 2;
};

// Reads a TOML file into `config`; throws std::runtime_error "FILE:LINE: message"
// on a syntax error, an unknown key or a value of the wrong type.
void LoadConfigFile(const std::string& path, Config& config);

std::string DatabaseUrl(const Config& config);  // resolved (SQLite path when empty)

// Host and port of `listen`; throws std::runtime_error on a malformed value.
std::pair<std::string, unsigned short> ParseListen(const std::string& listen);

}  // namespace vigie::app
