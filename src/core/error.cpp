#include "core/error.hpp"

#include <utility>

namespace vigie::core {

AppError::AppError(ErrorKind kind, const std::string& message, std::vector<FieldError> fields)
    : std::runtime_error(message), kind_(kind), fields_(std::move(fields)) {}

AppError AppError::Invalid(const std::string& message, std::vector<FieldError> fields) {
  return AppError(ErrorKind::kInvalid, message, std::move(fields));
}
AppError AppError::NotFound(const std::string& message) {
  return AppError(ErrorKind::kNotFound, message);
}
AppError AppError::Forbidden(const std::string& message) {
  return AppError(ErrorKind::kForbidden, message);
}
AppError AppError::Unauthenticated(const std::string& message) {
  return AppError(ErrorKind::kUnauthenticated, message);
}
AppError AppError::Conflict(const std::string& message) {
  return AppError(ErrorKind::kConflict, message);
}

std::string LoggableError(std::string_view what) {
  const auto values = what.find(" with :");
  std::string_view kept = what.substr(0, values);
  const auto newline = kept.find('\n');
  kept = kept.substr(0, newline);
  std::string out(kept.substr(0, 300));
  if (kept.size() > 300 || values != std::string_view::npos) out += " […]";
  return out;
}

const char* ErrorCode(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalid: return "invalid";
    case ErrorKind::kMalformed: return "malformed";
    case ErrorKind::kUnauthenticated: return "unauthenticated";
    case ErrorKind::kForbidden: return "forbidden";
    case ErrorKind::kNotFound: return "not_found";
    case ErrorKind::kConflict: return "conflict";
    case ErrorKind::kTooManyRequests: return "too_many_requests";
    case ErrorKind::kPayloadTooLarge: return "payload_too_large";
    case ErrorKind::kUnavailable: return "unavailable";
    case ErrorKind::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace vigie::core
