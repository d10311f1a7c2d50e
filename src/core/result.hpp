#pragma once
// Result<T>: a value or a list of field errors, for expected outcomes such as
// validation. C++20 has no std::expected; this is the small subset Vigie uses.

#include <cassert>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace vigie::core {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(std::vector<FieldError> errors) : state_(std::move(errors)) {  // NOLINT
    assert(!std::get<1>(state_).empty() && "a failed Result needs at least one error");
  }
  static Result Fail(std::string field, std::string message) {
    return Result(std::vector<FieldError>{{std::move(field), std::move(message)}});
  }

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T& value() & { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const std::vector<FieldError>& errors() const { assert(!ok()); return std::get<1>(state_); }

  // Turns a failure into the AppError that stops the request, with `message` on top.
  T ValueOrThrow(const std::string& message) && {
    if (!ok()) throw AppError::Invalid(message, errors());
    return std::get<0>(std::move(state_));
  }

 private:
  std::variant<T, std::vector<FieldError>> state_;
};

}  // namespace vigie::core
