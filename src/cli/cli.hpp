#pragma once
// The `vigie` command line. Exit codes (documented in --help and docs/configuration.md):
//   0 success; 1 runtime failure (database, network); 2 usage error or invalid input;
//   3 the database schema is newer than this binary.

namespace vigie::cli {

int Run(int argc, char** argv);

}  // namespace vigie::cli
