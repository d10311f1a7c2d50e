#pragma once
// Internal to storage: reading SOCI rows the same way on both engines. SQLite and
// PostgreSQL report different C++ types for the same SQL column (INTEGER vs BIGINT,
// COUNT(*)), so values are read through these converters, never row.get<T> directly.

#include <soci/soci.h>

#include <string>
#include <vector>

namespace vigie::storage::detail {

long long GetInt64(const soci::row& row, const std::string& column);
bool GetBool(const soci::row& row, const std::string& column);
std::string GetString(const soci::row& row, const std::string& column);  // NULL -> ""

// Bound parameter value that may be NULL (empty string -> NULL), for foreign keys.
struct NullableText {
  std::string value;
  soci::indicator indicator;
};
NullableText Nullable(const std::string& value);

// Pagination shared by every list.
struct PageWindow {
  long long limit;
  long long offset;
};

}  // namespace vigie::storage::detail
