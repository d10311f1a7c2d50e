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
  // `vigie report awareness`: the quarterly awareness report (PDF) of a structure, or
  // of the centre's portfolio when `region` (an id or a code) is given instead;
  // `quarter` "2026-T4", the current one when empty. AppError kInvalid for a bad or
  // future quarter, kNotFound for an unknown structure or region.
  void AwarenessReport(const std::string& structure_id, const std::string& region,
                       const std::string& quarter, const std::string& output, std::ostream& out);
  // `vigie awareness report-mail`: a message forwarded to the report address (raw, as
  // the mail server hands it over). Prints whether a simulation report was recorded;
  // 0 either way (a real phishing message is not an error), 2 when the message is
  // larger than campaigns::kMaxForwardedMessageBytes.
  int RecordReportMail(const std::string& message, std::ostream& out);
  // `vigie awareness purge`: the retention purge, also run hourly by the dispatcher.
  int PurgeAwarenessResults(std::ostream& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigie::app
