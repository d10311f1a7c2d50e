#include "xlsx/serial_date.hpp"

#include <cmath>
#include <cstdio>

namespace vigie::xlsx {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long long DaysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::string CivilFromDays(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", y + (m <= 2 ? 1 : 0), m, d);
  return buf;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

std::optional<std::string> SerialToIsoDate(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return std::nullopt;
  const auto day = static_cast<long long>(std::floor(serial));
  if (date1904) return CivilFromDays(DaysFromCivil(1904, 1, 1) + day);
  if (day < 61) return std::nullopt;  // 1900-02-29 does not exist; earlier days are of no use here
  return CivilFromDays(DaysFromCivil(1899, 12, 30) + day);
}

std::optional<long long> IsoDateToSerial(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  }
  auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  const int y = num(0, 4);
  const int m = num(5, 2);
  const int d = num(8, 2);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) || (y == 1900 && m < 3)) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) - DaysFromCivil(1899, 12, 30);
}

}  // namespace vigie::xlsx
