#include "cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <string>

#include "app/application.hpp"
#include "core/error.hpp"
#include "core/embedded.hpp"
#include "diagnostic/answers_json.hpp"
#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"
#include "referential/loader.hpp"
#include "tenancy/role.hpp"

#ifndef VIGIE_VERSION
#define VIGIE_VERSION "dev"
#endif

namespace vigie::cli {
namespace {

constexpr const char* kExitCodes =
    "Codes de sortie : 0 succès ; 1 échec d'exécution (base de données, réseau) ; "
    "2 usage ou donnée invalide ; 3 schéma de base plus récent que ce programme.";

int ExitCodeOf(const core::AppError& e) {
  if (e.kind() == core::ErrorKind::kInvalid) return 2;
  if (std::string(e.what()).find("plus récent que ce programme") != std::string::npos) return 3;
  return 1;
}

void AddDatabaseOptions(CLI::App* cmd, app::Config& config, std::string& config_file) {
  cmd->add_option("--config", config_file, "Fichier de configuration TOML (voir docs/configuration.md)");
  cmd->add_option("--data-dir", config.data_dir, "Répertoire des données (base SQLite, clé secrète)");
  cmd->add_option("--database", config.database_url, "URL PostgreSQL (postgresql://…) ; SQLite par défaut");
}

// `vigie referential check|stats DIR`: no database, no configuration.
int ReferentialCommand(const std::string& dir, bool stats, bool json) {
  const auto result = referential::LoadReferentialFromDirectory(dir);
  if (!result.referential) {
    for (const auto& error : result.errors) std::cerr << error << "\n";
    std::cerr << "vigie: référentiel invalide : " << result.errors.size() << " erreur(s).\n";
    return 2;
  }
  const auto& r = *result.referential;
  if (stats && json) {
    std::cout << "{\"domains\": " << r.domains.size() << ", \"questions\": " << r.questions.size()
              << ", \"measures\": " << r.measures.size() << "}\n";
  } else {
    std::cout << "Référentiel « " << r.title << " » (" << r.id << " " << r.version << ") valide : "
              << r.domains.size() << " domaines, " << r.questions.size() << " questions, "
              << r.measures.size() << " mesures, " << r.context.size() << " éléments de contexte.\n";
  }
  return 0;
}

// `vigie diagnostic score`: scores and priorities of an answers file, as JSON.
int DiagnosticScoreCommand(const std::string& dir, const std::string& answers_file) {
  const auto loaded = referential::LoadReferentialFromDirectory(dir);
  if (!loaded.referential) {
    for (const auto& error : loaded.errors) std::cerr << error << "\n";
    return 2;
  }
  const auto text = core::ReadFile(answers_file);
  if (!text) {
    std::cerr << "vigie: impossible de lire " << answers_file << "\n";
    return 2;
  }
  auto answers = diagnostic::ParseAnswersJson(*text, *loaded.referential);
  if (!answers.ok()) {
    for (const auto& e : answers.errors()) std::cerr << answers_file << ": " << (e.field.empty() ? "" : e.field + " : ") << e.message << "\n";
    return 2;
  }
  const auto report = diagnostic::Score(*loaded.referential, *answers);
  std::cout << diagnostic::ScoreJson(report, diagnostic::Prioritize(*loaded.referential, *answers)) << "\n";
  return 0;
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App cli{"Vigie — plateforme des centres régionaux de ressources cyber pour les ESMS.", "vigie"};
  cli.footer(kExitCodes);
  cli.require_subcommand(1);
  app::Config config;
  std::string config_file;
  // Flags given on the command line win over the file: remember them, load the file,
  // then re-apply the command line by parsing twice is overkill; instead the file is
  // read first in a callback that runs before the options are stored.
  auto* serve = cli.add_subcommand("serve", "Démarre le serveur web (et les tâches de fond)");
  AddDatabaseOptions(serve, config, config_file);
  serve->add_option("--listen", config.listen, "Adresse d'écoute ADRESSE:PORT")->capture_default_str();
  serve->add_option("--base-url", config.base_url, "Adresse publique, pour les liens des courriels");
  serve->add_option("--dev-assets", config.dev_assets_dir, "Sert gabarits et fichiers statiques depuis ce dossier (src/web)");
  serve->add_flag("--no-jobs", [&](std::int64_t) { config.run_jobs = false; }, "Ne lance pas les tâches de fond");
  serve->add_option("--smtp-url", config.smtp_url, "Serveur SMTP, par exemple smtp://127.0.0.1:25");
  serve->add_option("--mail-from", config.mail_from, "Adresse d'expédition des courriels");

  auto* worker = cli.add_subcommand("worker", "Exécute seulement les tâches de fond (envoi des courriels…)");
  AddDatabaseOptions(worker, config, config_file);
  worker->add_option("--smtp-url", config.smtp_url, "Serveur SMTP");
  worker->add_option("--mail-from", config.mail_from, "Adresse d'expédition des courriels");

  auto* migrate = cli.add_subcommand("migrate", "Applique les migrations de la base de données");
  AddDatabaseOptions(migrate, config, config_file);

  auto* demo = cli.add_subcommand("demo", "Charge les données de démonstration et affiche les comptes");
  AddDatabaseOptions(demo, config, config_file);

  auto* backup = cli.add_subcommand("backup", "Copie cohérente de la base SQLite");
  AddDatabaseOptions(backup, config, config_file);
  std::string backup_output;
  backup->add_option("--output", backup_output, "Fichier de sortie")->required();

  auto* report = cli.add_subcommand(
      "report",
      "Écrit un document d'un diagnostic validé : full (rapport PDF), "
      "synthesis (synthèse PDF), tracker (suivi Excel) ou html (rapport imprimable) ; "
      "ou awareness : le rapport trimestriel de sensibilisation (PDF) "
      "d'une structure (--structure) ou du portefeuille d'un centre (--region)");
  AddDatabaseOptions(report, config, config_file);
  std::string report_kind;
  std::string report_diagnostic;
  std::string report_output;
  std::string report_structure;
  std::string report_region;
  std::string report_quarter;
  report->add_option("kind", report_kind, "full, synthesis, tracker, html ou awareness")
      ->required()
      ->check(CLI::IsMember({"full", "synthesis", "tracker", "html", "awareness"}));
  report->add_option("--diagnostic", report_diagnostic,
                     "Identifiant du diagnostic (full, synthesis, tracker, html)");
  auto* report_structure_option = report->add_option("--structure", report_structure,
                                                     "Identifiant de la structure (awareness)");
  report
      ->add_option("--region", report_region,
                   "Identifiant ou code de la région du centre (awareness)")
      ->excludes(report_structure_option);
  report->add_option(
      "--quarter", report_quarter,
      "Trimestre, par exemple 2026-T4 ; par défaut le trimestre en cours (awareness)");
  report->add_option("--output", report_output, "Fichier de sortie")->required();

  auto* awareness = cli.add_subcommand("awareness", "Sensibilisation : signalements par courriel, purge des résultats");
  awareness->require_subcommand(1);
  auto* report_mail = awareness->add_subcommand(
      "report-mail",
      "Lit sur l'entrée standard un courriel transféré à l'adresse de signalement et, s'il "
      "contient le lien d'une simulation, enregistre le signalement (pour un routeur du serveur "
      "de messagerie)");
  AddDatabaseOptions(report_mail, config, config_file);
  auto* purge = awareness->add_subcommand(
      "purge", "Efface les résultats individuels dont la durée de conservation est passée (les chiffres restent)");
  AddDatabaseOptions(purge, config, config_file);

  auto* user = cli.add_subcommand("user", "Gestion des comptes");
  user->require_subcommand(1);
  auto* user_create = user->add_subcommand("create", "Crée un compte ; le mot de passe est lu sur l'entrée standard");
  AddDatabaseOptions(user_create, config, config_file);
  std::string email, name, role_code, region_code, structure_finess;
  bool password_stdin = false;
  user_create->add_option("--email", email, "Adresse électronique")->required();
  user_create->add_option("--name", name, "Nom affiché (par défaut : l'adresse)");
  user_create->add_option("--role", role_code,
                          "platform_admin | crrc_admin | crrc_consultant | structure_director | it_referent | structure_reader")
      ->required();
  user_create->add_option("--region", region_code, "Code de la région (rôles du centre)");
  user_create->add_option("--structure", structure_finess, "FINESS de la structure (rôles de structure)");
  user_create->add_flag("--password-stdin", password_stdin, "Lit le mot de passe sur l'entrée standard")->required();

  auto* routes = cli.add_subcommand("routes", "Liste les routes web et API avec leur contrôle d'accès");
  AddDatabaseOptions(routes, config, config_file);

  auto* referential = cli.add_subcommand("referential", "Vérifie un référentiel de diagnostic (data/referentials/…)");
  referential->require_subcommand(1);
  std::string referential_dir;
  bool stats_json = false;
  auto* referential_check = referential->add_subcommand("check", "Valide le référentiel ; liste chaque erreur avec fichier et ligne");
  referential_check->add_option("DIR", referential_dir, "Dossier du référentiel")->required();
  auto* referential_stats = referential->add_subcommand("stats", "Compte domaines, questions et mesures");
  referential_stats->add_option("DIR", referential_dir, "Dossier du référentiel")->required();
  referential_stats->add_flag("--json", stats_json, "Sortie JSON");

  auto* diagnostic = cli.add_subcommand("diagnostic", "Outils du diagnostic de maturité");
  diagnostic->require_subcommand(1);
  std::string answers_file;
  auto* diagnostic_score = diagnostic->add_subcommand(
      "score", "Calcule scores et priorités d'un fichier de réponses JSON, sans base de données");
  diagnostic_score->add_option("--referential", referential_dir, "Dossier du référentiel")->required();
  diagnostic_score->add_option("--answers", answers_file, "Fichier JSON : {\"question\": 0-3|\"?\"|\"na\", \"context\": {…}}")
      ->required();

  cli.add_subcommand("version", "Affiche la version");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? 0 : 2;
  }
  // Which identifier `report` needs depends on the kind of document.
  if (report->parsed() && report_kind == "awareness" && report_structure.empty() &&
      report_region.empty()) {
    std::cerr << "vigie: --structure ou --region est requis pour le rapport de sensibilisation\n";
    return 2;
  }
  if (report->parsed() && report_kind != "awareness" && report_diagnostic.empty()) {
    std::cerr << "vigie: --diagnostic est requis\n";
    return 2;
  }
  try {
    if (cli.got_subcommand("version")) {
      std::cout << "vigie " << VIGIE_VERSION << "\n";
      return 0;
    }
    if (diagnostic_score->parsed()) return DiagnosticScoreCommand(referential_dir, answers_file);
    if (referential_check->parsed() || referential_stats->parsed()) {
      return ReferentialCommand(referential_dir, referential_stats->parsed(), stats_json);
    }
    if (!config_file.empty()) {
      // The file provides defaults; flags given on the command line are re-applied.
      app::Config from_file;
      app::LoadConfigFile(config_file, from_file);
      const app::Config from_flags = config;
      const app::Config defaults;
      auto pick = [](const std::string& flag, const std::string& file, const std::string& def) {
        return flag != def ? flag : file;
      };
      from_file.listen = pick(from_flags.listen, from_file.listen, defaults.listen);
      from_file.data_dir = pick(from_flags.data_dir, from_file.data_dir, defaults.data_dir);
      from_file.database_url = pick(from_flags.database_url, from_file.database_url, defaults.database_url);
      from_file.base_url = pick(from_flags.base_url, from_file.base_url, defaults.base_url);
      from_file.smtp_url = pick(from_flags.smtp_url, from_file.smtp_url, defaults.smtp_url);
      from_file.mail_from = pick(from_flags.mail_from, from_file.mail_from, defaults.mail_from);
      from_file.dev_assets_dir = pick(from_flags.dev_assets_dir, from_file.dev_assets_dir, defaults.dev_assets_dir);
      if (!from_flags.run_jobs) from_file.run_jobs = false;
      config = from_file;
    }
    if (user_create->parsed()) {
      auto role = tenancy::ParseRole(role_code);
      if (!role) {
        std::cerr << "vigie: rôle inconnu « " << role_code << " »\n";
        return 2;
      }
      std::string password;
      std::getline(std::cin, password);
      app::Application application(config);
      const auto id = application.CreateUser(email, name.empty() ? email : name, *role, region_code,
                                             structure_finess, password);
      std::cout << "Compte créé : " << email << " (" << tenancy::RoleLabel(*role) << "), identifiant " << id << "\n";
      return 0;
    }
    app::Application application(config);
    if (serve->parsed()) return application.Serve(std::cout);
    if (worker->parsed()) return application.Work(std::cout);
    if (migrate->parsed()) return application.Migrate(std::cout);
    if (routes->parsed()) return application.ListRoutes(std::cout);
    if (demo->parsed()) return application.Demo(std::cout);
    if (backup->parsed()) {
      application.Backup(backup_output, std::cout);
      return 0;
    }
    if (report_mail->parsed()) {
      const std::string message((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      return application.RecordReportMail(message, std::cout);
    }
    if (purge->parsed()) return application.PurgeAwarenessResults(std::cout);
    if (report->parsed() && report_kind == "awareness") {
      application.AwarenessReport(report_structure, report_region, report_quarter, report_output,
                                  std::cout);
      return 0;
    }
    if (report->parsed()) {
      application.Report(report_kind, report_diagnostic, report_output, std::cout);
      return 0;
    }
  } catch (const core::AppError& e) {
    std::cerr << "vigie: " << e.what() << "\n";
    for (const auto& f : e.fields()) std::cerr << "  " << f.field << " : " << f.message << "\n";
    return ExitCodeOf(e);
  } catch (const std::exception& e) {
    std::cerr << "vigie: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace vigie::cli
