#include "core/error.hpp"

#include <utility>

namespace vigie::core {

AppError::AppError(ErrorKind kind, std::string message, std::vector<FieldError> fields)
    : std::runtime_error(std::move(message)), kind_(kind), fields_(std::move(fields)) {}

AppError AppError::Invalid(std::string message, std::vector<FieldError> fields) {
  return AppError(ErrorKind::kInvalid, std::move(message), std::move(fields));
}
AppError AppError::NotFound(std::string message) {
  return AppError(ErrorKind::kNotFound, std::move(message));
}
AppError AppError::Forbidden(std::string message) {
  return AppError(ErrorKind::kForbidden, std::move(message));
}
AppError AppError::Unauthenticated(std::string message) {
  return AppError(ErrorKind::kUnauthenticated, std::move(message));
}
AppError AppError::Conflict(std::string message) {
  return AppError(ErrorKind::kConflict, std::move(message));
}

const char* ErrorCode(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalid: return "invalid";
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
