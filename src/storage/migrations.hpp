#pragma once
// Versioned schema migrations, embedded in the binary (migrations/NNNN_name.sql, one
// portable SQL file per version, statements separated by ';' at end of line). Applied
// in order, each in its own transaction, recorded in schema_migrations.

#include <string>
#include <vector>

#include "storage/database.hpp"

namespace vigie::storage {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// The migrations this binary knows, sorted by version. Throws on a malformed file
// name (a build-time mistake).
const std::vector<Migration>& KnownMigrations();
int LatestKnownVersion();

// Highest applied version; 0 on an empty database.
int CurrentSchemaVersion(Database& db);

// Applies every missing migration; returns how many were applied. Throws an
// AppError (kUnavailable) naming both versions when the database's schema is newer
// than this binary: an older binary must never write to a newer schema.
int Migrate(Database& db);

// Throws the same error as Migrate when the schema is newer than the binary, and an
// AppError asking to run `vigie migrate` when it is older.
void RequireCurrentSchema(Database& db);

// Splits a migration file into statements (exposed for tests).
std::vector<std::string> SplitStatements(const std::string& sql);

}  // namespace vigie::storage
