#pragma once
// Vigie's error policy (docs/architecture.md, "Errors"):
// - expected outcomes (a malformed line, a weak password) are return values: Result<T>;
// - a failure that stops a request, a command or a job is an AppError, thrown and
//   caught in exactly one place per entry point (HTTP status, CLI exit code, job retry);
// - programmer errors are assertions.
// Messages in AppError are user-facing French sentences; they never contain secrets.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

enum class ErrorKind {
  kInvalid,          // the input is wrong; fields say where
  kMalformed,        // the request cannot be read at all (broken JSON, bad encoding)
  kUnauthenticated,  // no valid credentials
  kForbidden,        // authenticated, but the policy refuses
  kNotFound,
  kConflict,         // duplicate or concurrent change
  kTooManyRequests,  // throttled
  kPayloadTooLarge,
  kUnavailable,      // a dependency (database, SMTP) does not answer
  kInternal,
};

// A problem tied to one input field (form field, JSON member, CSV column).
struct FieldError {
  std::string field;
  std::string message;
};

class AppError : public std::runtime_error {
 public:
  AppError(ErrorKind kind, const std::string& message, std::vector<FieldError> fields = {});

  ErrorKind kind() const { return kind_; }
  const std::vector<FieldError>& fields() const { return fields_; }

  static AppError Invalid(const std::string& message, std::vector<FieldError> fields = {});
  static AppError NotFound(const std::string& message = "Cette page ou cet objet n'existe pas.");
  static AppError Forbidden(const std::string& message = "Vous n'avez pas accès à cette action.");
  static AppError Unauthenticated(const std::string& message = "Veuillez vous connecter.");
  static AppError Conflict(const std::string& message);

 private:
  ErrorKind kind_;
  std::vector<FieldError> fields_;
};

// The part of an exception message that may go to the application log. SOCI adds
// the bound values of a failed statement (" with :email=…"), which may be personal
// data or secrets: everything from there on is dropped, and the rest is kept to one
// line of at most 300 bytes.
std::string LoggableError(std::string_view what);

// Stable machine-readable code for the API ("invalid", "not_found"...).
const char* ErrorCode(ErrorKind kind);

}  // namespace vigie::core
