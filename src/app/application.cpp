#include "app/application.hpp"

#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <condition_variable>

#include "auth/account_service.hpp"
#include "auth/onboarding_service.hpp"
#include "auth/sign_in_service.hpp"
#include "core/embedded.hpp"
#include "awareness/template_loader.hpp"
#include "documents/diagnostic_documents.hpp"
#include "report/report_texts.hpp"
#include "web/report_html.hpp"
#include "crypto/hash.hpp"
#include "core/error.hpp"
#include "crypto/encoding.hpp"
#include "crypto/random.hpp"
#include "crypto/secret_box.hpp"
#include "jobs/mail_jobs.hpp"
#include "jobs/worker.hpp"
#include "campaigns/campaign_dispatcher.hpp"
#include "campaigns/forwarded_report.hpp"
#include "campaigns/hit_recorder.hpp"
#include "campaigns/retention.hpp"
#include "campaigns/quarterly_builder.hpp"
#include "campaigns/quarterly_document.hpp"
#include "mail/smtp_mailer.hpp"
#include "referential/loader.hpp"
#include "storage/migrations.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/server.hpp"
#include "web/web_app.hpp"

namespace vigie::app {

// Defined in demo_data.cpp.
void LoadDemoData(storage::Database& db, auth::AccountService& accounts, const core::Clock& clock,
                  std::ostream& out);

namespace {

void WaitForSignal() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  int sig = 0;
  sigwait(&set, &sig);
  spdlog::info("signal {} received: shutting down gracefully", sig);
}

void BlockSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

// Reads the 32-byte master key from DATA_DIR/secret.key, creating it (mode 0600)
// on first start. It seals TOTP secrets and signs email links: keep it with backups.
std::string LoadOrCreateSecretKey(const std::string& data_dir) {
  const auto path = std::filesystem::path(data_dir) / "secret.key";
  if (auto text = core::ReadFile(path.string())) {
    std::string trimmed = *text;
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == '\r')) trimmed.pop_back();
    auto key = crypto::Base64UrlDecode(trimmed);
    if (!key || key->size() != 32) {
      throw core::AppError(core::ErrorKind::kUnavailable,
                           "Le fichier " + path.string() + " ne contient pas une clé valide (32 octets en base64url).");
    }
    return *key;
  }
  const std::string key = crypto::SecretBox::NewKey();
  const mode_t old = umask(077);
  {
    std::ofstream out(path, std::ios::trunc);
    out << crypto::Base64UrlEncode(key) << "\n";
  }
  umask(old);
  if (!std::filesystem::exists(path)) {
    throw core::AppError(core::ErrorKind::kUnavailable, "Impossible d'écrire " + path.string());
  }
  return key;
}

// Without SMTP settings mails stay in the outbox, marked failed with this reason.
class UnconfiguredMailer final : public mail::Mailer {
 public:
  void Send(const mail::MailMessage&) override {
    throw mail::MailError("SMTP is not configured (smtp_url)", false);
  }
};

}  // namespace

struct Application::Impl {
  Config config;
  core::SystemClock clock;
  std::unique_ptr<storage::Database> db;
  auth::AuthSettings auth_settings;
  std::unique_ptr<auth::SignInService> sign_in;
  std::unique_ptr<auth::AccountService> accounts;
  std::unique_ptr<auth::OnboardingService> onboarding;
  std::unique_ptr<mail::Mailer> mailer;
  std::unique_ptr<jobs::Worker> worker;
  std::unique_ptr<campaigns::CampaignDispatcher> dispatcher;
  std::unique_ptr<campaigns::HitRecorder> hits;

  campaigns::CampaignEnvironment CampaignEnv() const {
    campaigns::CampaignEnvironment env;
    env.base_url = auth_settings.base_url;
    env.secret_key = auth_settings.secret_key;
    env.claim_lease_seconds = config.campaign_claim_lease_seconds;
    env.smtp_timeout_seconds = config.campaign_smtp_timeout_seconds;
    return env;
  }

  web::WebSettings WebSettingsOf() const {
    web::WebSettings settings{config.behind_tls_proxy, config.dev_assets_dir, auth_settings.base_url,
                              auth_settings.secret_key};
    settings.campaign_claim_lease_seconds = config.campaign_claim_lease_seconds;
    settings.campaign_smtp_timeout_seconds = config.campaign_smtp_timeout_seconds;
    return settings;
  }

  void Wake() {
    if (worker) worker->Wake();
    if (dispatcher) dispatcher->Wake();
  }

  void StopWorker() {
    if (dispatcher) dispatcher->Stop();
    if (worker) worker->Stop();
  }

  explicit Impl(Config c) : config(std::move(c)) {
    spdlog::set_level(spdlog::level::from_str(config.log_level));
    std::filesystem::create_directories(config.data_dir);
    db = std::make_unique<storage::Database>(storage::DatabaseSettings{DatabaseUrl(config), 16});
    auth_settings.secret_key = LoadOrCreateSecretKey(config.data_dir);
    auth_settings.base_url = config.base_url.empty() ? "http://" + config.listen : config.base_url;
    sign_in = std::make_unique<auth::SignInService>(*db, clock, auth_settings);
    accounts = std::make_unique<auth::AccountService>(*db, clock, auth_settings);
    onboarding = std::make_unique<auth::OnboardingService>(*db, clock, auth_settings, *accounts);
  }

  void StartWorker() {
    if (config.smtp_url.empty()) {
      spdlog::warn("no smtp_url configured: emails (invitations, password resets) stay in the outbox");
      mailer = std::make_unique<UnconfiguredMailer>();
    } else {
      mail::SmtpSettings smtp;
      smtp.url = config.smtp_url;
      smtp.username = config.smtp_username;
      smtp.password = config.smtp_password;
      smtp.require_starttls = config.smtp_starttls;
      mailer = std::make_unique<mail::SmtpMailer>(smtp, clock);
    }
    jobs::WorkerSettings settings;
    worker = std::make_unique<jobs::Worker>(*db, clock, settings);
    jobs::RegisterMailHandler(*worker, *db, *mailer, clock, {config.mail_from, config.mail_from_name});
    worker->Start();
    campaigns::DispatcherSettings dispatch;
    dispatch.threads = config.campaign_sender_threads;
    dispatcher = std::make_unique<campaigns::CampaignDispatcher>(*db, clock, CampaignEnv(),
                                                                 campaigns::SmtpMailerFactory(clock), dispatch);
    dispatcher->Start();
  }
};

Application::Application(Config config) : impl_(std::make_unique<Impl>(std::move(config))) {}
Application::~Application() = default;

int Application::Migrate(std::ostream& out) {
  const int before = storage::CurrentSchemaVersion(*impl_->db);
  const int applied = storage::Migrate(*impl_->db);
  out << "Base de données (" << impl_->db->backend_name() << ") : " << applied
      << " migration(s) appliquée(s), version " << before << " → " << storage::LatestKnownVersion() << ".\n";
  return 0;
}

int Application::Serve(std::ostream& out) {
  BlockSignals();  // before any thread starts, so only WaitForSignal receives them
  // Content is data compiled into the binary (the diagnostic referential, the texts of
  // the deliverables, the phishing templates): refuse to start rather than serve
  // content that does not validate.
  try {
    const auto& r = referential::EmbeddedReferential();
    spdlog::info("referential {} {}: {} domains, {} questions, {} measures", r.id, r.version, r.domains.size(),
                 r.questions.size(), r.measures.size());
    spdlog::info("report texts {}: {} glossary terms", report::EmbeddedReportTexts().version,
                 report::EmbeddedReportTexts().glossary.size());
    spdlog::info("phishing templates: {}", awareness::EmbeddedTemplates().size());
  } catch (const std::runtime_error& e) {
    throw core::AppError(core::ErrorKind::kUnavailable, e.what());
  }
  storage::Migrate(*impl_->db);
  // With run_jobs off, jobs wait for a separate `vigie worker` process (which polls).
  if (impl_->config.run_jobs) impl_->StartWorker();
  web::Templates templates(impl_->config.dev_assets_dir);
  const web::WebSettings web_settings = impl_->WebSettingsOf();
  web::Services services{*impl_->db,       impl_->clock,       *impl_->sign_in,
                         *impl_->accounts, *impl_->onboarding, templates,
                         web_settings,     [this] { impl_->Wake(); }};
  impl_->hits = std::make_unique<campaigns::HitRecorder>(*impl_->db, impl_->clock);
  services.hit_recorder = impl_->hits.get();
  web::WebApp app(services);
  auto [host, port] = ParseListen(impl_->config.listen);
  web::ServerSettings server_settings;
  server_settings.host = host;
  server_settings.port = port;
  server_settings.worker_threads = impl_->config.worker_threads;
  server_settings.io_threads = impl_->config.io_threads;
  server_settings.read_timeout = std::chrono::seconds(std::max(1, impl_->config.read_timeout_seconds));
  server_settings.idle_timeout = std::chrono::seconds(std::max(1, impl_->config.idle_timeout_seconds));
  web::HttpServer server(
      server_settings, [&app](web::Request& r) { return app.Handle(r); },
      [&app](int status, const web::Request& r) { return app.HandleRefused(status, r); });
  const unsigned short bound = server.Start();
  out << "Vigie écoute sur http://" << host << ":" << bound << " (base " << impl_->db->backend_name()
      << "). Ctrl+C pour arrêter." << std::endl;
  WaitForSignal();
  server.Stop();
  impl_->StopWorker();
  out << "Vigie arrêté proprement." << std::endl;
  return 0;
}

int Application::ListRoutes(std::ostream& out) {
  web::Templates templates(impl_->config.dev_assets_dir);
  const web::WebSettings web_settings = impl_->WebSettingsOf();
  web::Services services{*impl_->db,       impl_->clock,       *impl_->sign_in,
                         *impl_->accounts, *impl_->onboarding, templates,
                         web_settings,     nullptr};
  web::WebApp app(services);
  for (const auto& route : app.router().routes()) {
    const auto& spec = route.handler;
    const char* guard = spec.guard == web::Guard::kPublic          ? "public"
                        : spec.guard == web::Guard::kPendingSession ? "pending-session"
                                                                    : "signed-in";
    out << route.method << ' ' << route.pattern << ' ' << guard << ' '
        << (spec.action ? std::string(tenancy::ActionCode(*spec.action)) : std::string("-")) << '\n';
  }
  return 0;
}

int Application::Work(std::ostream& out) {
  BlockSignals();
  storage::RequireCurrentSchema(*impl_->db);
  impl_->StartWorker();
  out << "Exécution des tâches de fond (" << impl_->db->backend_name() << "). Ctrl+C pour arrêter." << std::endl;
  WaitForSignal();
  impl_->StopWorker();
  return 0;
}

int Application::Demo(std::ostream& out) {
  storage::Migrate(*impl_->db);
  LoadDemoData(*impl_->db, *impl_->accounts, impl_->clock, out);
  return 0;
}

std::string Application::CreateUser(const std::string& email, const std::string& name, tenancy::Role role,
                                    const std::string& region_code, const std::string& structure_finess,
                                    const std::string& password) {
  storage::RequireCurrentSchema(*impl_->db);
  std::string region_id;
  std::string structure_id;
  impl_->db->Run([&](storage::Session& s) {
    if (!region_code.empty()) {
      auto region = storage::FindRegionByCode(s, region_code);
      if (!region) throw core::AppError::Invalid("Région inconnue : " + region_code, {{"region", "code inconnu"}});
      region_id = region->id;
    }
    if (!structure_finess.empty()) {
      storage::StructureQuery q;
      q.search = structure_finess;
      auto page = storage::ListStructures(s, q);
      for (const auto& st : page.items) {
        if (st.finess == structure_finess) structure_id = st.id;
      }
      if (structure_id.empty()) {
        throw core::AppError::Invalid("Structure inconnue : " + structure_finess, {{"structure", "FINESS inconnu"}});
      }
    }
  });
  return impl_->accounts->CreateUser({email, name, role, region_id, structure_id, password}, "ligne de commande");
}

void Application::Report(const std::string& kind, const std::string& diagnostic_id, const std::string& output,
                         std::ostream& out) {
  documents::Document doc;
  if (kind == "html") {  // the printable HTML version of the full report, never stored
    doc.bytes = web::ReportHtmlDocument(documents::LoadReportModel(*impl_->db, diagnostic_id, impl_->clock.Now()));
    doc.sha256 = crypto::Sha256Hex(doc.bytes);
    doc.regenerated = true;
  } else {
    const auto parsed = documents::ParseKind(kind);
    if (!parsed) throw core::AppError::Invalid("Document inconnu « " + kind + " » : full, synthesis, tracker ou html.");
    doc = documents::DiagnosticDocument(*impl_->db, diagnostic_id, *parsed, impl_->clock.Now());
  }
  std::ofstream file(output, std::ios::binary | std::ios::trunc);
  file.write(doc.bytes.data(), static_cast<std::streamsize>(doc.bytes.size()));
  file.close();
  if (!file) throw core::AppError(core::ErrorKind::kUnavailable, "Impossible d'écrire le fichier " + output);
  out << output << " : " << doc.bytes.size() << " octets, SHA-256 " << doc.sha256
      << (doc.regenerated ? " (produit maintenant)" : " (document enregistré, toujours à jour)") << "\n";
}

int Application::RecordReportMail(const std::string& message, std::ostream& out) {
  storage::RequireCurrentSchema(*impl_->db);
  if (message.size() > campaigns::kMaxForwardedMessageBytes) {
    out << "Message trop volumineux pour un signalement : ignoré.\n";
    return 2;
  }
  if (campaigns::RecordForwardedReport(*impl_->db, impl_->clock, message)) {
    out << "Signalement d'une simulation enregistré.\n";
  } else {
    out << "Aucun lien de simulation en cours dans ce message : rien n'est enregistré.\n";
  }
  return 0;
}

int Application::PurgeAwarenessResults(std::ostream& out) {
  storage::RequireCurrentSchema(*impl_->db);
  const auto report = campaigns::PurgeExpiredResults(*impl_->db, impl_->clock);
  out << "Résultats individuels effacés : " << report.targets_unlinked << " personne(s) dans "
      << report.structures << " structure(s) ; les chiffres d'ensemble sont conservés.\n";
  return 0;
}

void Application::AwarenessReport(const std::string& structure_id, const std::string& region,
                                  const std::string& quarter, const std::string& output,
                                  std::ostream& out) {
  const long long now = impl_->clock.Now();
  const long long instant = campaigns::RequestedQuarter(quarter, "--quarter", now);
  awareness::QuarterlyReportInput in;
  if (region.empty()) {
    in = campaigns::BuildStructureQuarterlyReport(*impl_->db, structure_id, instant, now);
  } else {
    std::string region_id = region;
    impl_->db->Run([&](storage::Session& s) {
      if (storage::FindRegion(s, region)) return;
      if (const auto by_code = storage::FindRegionByCode(s, region)) region_id = by_code->id;
    });
    in = campaigns::BuildPortfolioQuarterlyReport(*impl_->db, region_id, instant, now);
  }
  const std::string pdf = campaigns::RenderQuarterlyReportPdf(in);
  std::ofstream file(output, std::ios::binary | std::ios::trunc);
  file.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
  file.close();
  if (!file) {
    throw core::AppError(core::ErrorKind::kUnavailable, "Impossible d'écrire le fichier " + output);
  }
  out << output << " : rapport trimestriel " << in.quarter_label << " de " << in.scope_name << ", "
      << pdf.size() << " octets, SHA-256 " << crypto::Sha256Hex(pdf) << "\n";
}

void Application::Backup(const std::string& output, std::ostream& out) {
  if (impl_->db->backend() == storage::Backend::kPostgres) {
    throw core::AppError::Invalid(
        "Pour PostgreSQL, utilisez pg_dump (par exemple : pg_dump --format=custom --file=vigie.dump URL), "
        "et sauvegardez aussi le fichier secret.key du répertoire de données.");
  }
  sqlite3* source = nullptr;
  sqlite3* dest = nullptr;
  const std::string source_path = DatabaseUrl(impl_->config);
  if (sqlite3_open_v2(source_path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
      sqlite3_open(output.c_str(), &dest) != SQLITE_OK) {
    sqlite3_close(source);
    sqlite3_close(dest);
    throw core::AppError(core::ErrorKind::kUnavailable, "Impossible d'ouvrir la base ou le fichier " + output);
  }
  sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
  int rc = SQLITE_OK;
  if (backup) {
    do {
      rc = sqlite3_backup_step(backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
  }
  const int final_rc = sqlite3_errcode(dest);
  sqlite3_close(source);
  sqlite3_close(dest);
  if (!backup || rc != SQLITE_DONE || final_rc != SQLITE_OK) {
    throw core::AppError(core::ErrorKind::kUnavailable, "La sauvegarde a échoué : " + output);
  }
  out << "Sauvegarde cohérente écrite dans " << output
      << ". Conservez aussi le fichier secret.key du répertoire de données.\n";
}

}  // namespace vigie::app
