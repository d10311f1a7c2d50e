#include "storage/migrations.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <sstream>

#include "core/embedded.hpp"
#include "core/error.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& StorageMigrations();
}

namespace vigie::storage {
namespace {

constexpr const char* kCreateVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

std::vector<Migration> LoadMigrations() {
  std::vector<Migration> out;
  for (const core::EmbeddedFile& file : StorageMigrations()) {
    const std::string path(file.path);
    // Expected: 0001_name.sql
    const auto underscore = path.find('_');
    if (underscore != 4 || !path.ends_with(".sql")) {
      throw std::logic_error("migration file name must look like 0001_name.sql: " + path);
    }
    Migration m{std::stoi(path.substr(0, 4)), path.substr(5, path.size() - 9),
                std::string(file.data)};
    out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

core::AppError NewerSchemaError(int current, int latest) {
  return core::AppError(
      core::ErrorKind::kUnavailable,
      "Le schéma de la base de données (version " + std::to_string(current) +
          ") est plus récent que ce programme (version " + std::to_string(latest) +
          "). Installez une version de Vigie au moins aussi récente que celle qui a "
          "migré cette base ; aucune donnée n'a été modifiée.");
}

}  // namespace

const std::vector<Migration>& KnownMigrations() {
  static const std::vector<Migration> kMigrations = LoadMigrations();
  return kMigrations;
}

int LatestKnownVersion() {
  const auto& all = KnownMigrations();
  return all.empty() ? 0 : all.back().version;
}

std::vector<std::string> SplitStatements(const std::string& sql) {
  std::vector<std::string> statements;
  std::istringstream in(sql);
  std::string line;
  std::string current;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line.compare(first, 2, "--") == 0) continue;
    current += line;
    current += '\n';
    const auto last = line.find_last_not_of(" \t\r");
    if (line[last] == ';') {
      current.erase(current.find_last_of(';'));
      statements.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \t\r\n") != std::string::npos) statements.push_back(current);
  return statements;
}

int CurrentSchemaVersion(Database& db) {
  long long version = 0;
  db.Run([&](Session& s) {
    s << kCreateVersionTable;
    soci::indicator ind = soci::i_ok;
    s << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
    if (ind == soci::i_null) version = 0;
  });
  return static_cast<int>(version);
}

int Migrate(Database& db) {
  const int current = CurrentSchemaVersion(db);
  const int latest = LatestKnownVersion();
  if (current > latest) throw NewerSchemaError(current, latest);
  int applied = 0;
  for (const Migration& m : KnownMigrations()) {
    if (m.version <= current) continue;
    db.Transact([&](Session& s) {
      // Another process may be migrating too (two servers starting on PostgreSQL):
      // serialize on the version table, then look again.
      if (db.backend() == Backend::kPostgres) {
        s << "LOCK TABLE schema_migrations IN EXCLUSIVE MODE";
      }
      long long present = 0;
      s << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v",
          soci::use(static_cast<long long>(m.version)), soci::into(present);
      if (present > 0) return;
      for (const std::string& statement : SplitStatements(m.sql)) s << statement;
      const long long now = static_cast<long long>(std::time(nullptr));
      s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
          soci::use(static_cast<long long>(m.version)), soci::use(m.name), soci::use(now);
      ++applied;
    });
  }
  return applied;
}

void RequireCurrentSchema(Database& db) {
  const int current = CurrentSchemaVersion(db);
  const int latest = LatestKnownVersion();
  if (current > latest) throw NewerSchemaError(current, latest);
  if (current < latest) {
    throw core::AppError(core::ErrorKind::kUnavailable,
                         "La base de données n'est pas à jour (version " +
                             std::to_string(current) + ", attendue " + std::to_string(latest) +
                             ") : lancez « vigie migrate ».");
  }
}

}  // namespace vigie::storage
