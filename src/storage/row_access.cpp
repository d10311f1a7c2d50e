#include "storage/row_access.hpp"

#include <stdexcept>

namespace vigie::storage::detail {

long long GetInt64(const soci::row& row, const std::string& column) {
  if (row.get_indicator(column) == soci::i_null) return 0;
  switch (row.get_properties(column).get_data_type()) {
    case soci::dt_integer: return row.get<int>(column);
    case soci::dt_long_long: return row.get<long long>(column);
    case soci::dt_unsigned_long_long: return static_cast<long long>(row.get<unsigned long long>(column));
    case soci::dt_double: return static_cast<long long>(row.get<double>(column));
    case soci::dt_string: return std::stoll(row.get<std::string>(column));
    default: throw std::logic_error("column " + column + " is not numeric");
  }
}

bool GetBool(const soci::row& row, const std::string& column) {
  return GetInt64(row, column) != 0;
}

std::string GetString(const soci::row& row, const std::string& column) {
  if (row.get_indicator(column) == soci::i_null) return {};
  return row.get<std::string>(column);
}

NullableText Nullable(const std::string& value) {
  return {value, value.empty() ? soci::i_null : soci::i_ok};
}

}  // namespace vigie::storage::detail
