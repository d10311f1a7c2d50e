#pragma once
// The composition root: reads the configuration, builds every component and wires
// them. Each CLI command calls one method. Components are created lazily so that,
// for example, `vigie migrate` never starts an HTTP server.

#include <memory>
#include <ostream>
#include <string>

#include "app/config.hpp"
#include "tenancy/role.hpp"

namespace vigie::app {

class Application {
 public:
  explicit Application(Config config);
  ~Application();

  // Creates and migrates the database if needed, then serves until SIGTERM/SIGINT.
  // Prints `ready_line` (with the bound address) once listening.
  int Serve(std::ostream& out);
  // Runs only the job workers until SIGTERM/SIGINT.
  int Work(std::ostream& out);
  // Prints every route: "METHOD PATTERN GUARD ACTION" (authorization matrix test).
  int ListRoutes(std::ostream& out);
  // Applies missing migrations; prints what it did.
  int Migrate(std::ostream& out);
  // Loads the demo data (idempotent: does nothing if the demo region exists) and
  // prints the demo accounts.
  int Demo(std::ostream& out);
  // Creates an account; returns its id.
  std::string CreateUser(const std::string& email, const std::string& name, tenancy::Role role,
                         const std::string& region_code, const std::string& structure_finess,
                         const std::string& password);
  // Consistent copy of the SQLite database (online backup API).
  void Backup(const std::string& output, std::ostream& out);
  // `vigie report full|synthesis|tracker`: writes a validated diagnostic's document
  // (the stored one when still current) to `output`.
  void Report(const std::string& kind, const std::string& diagnostic_id, const std::string& output, std::ostream& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigie::app
