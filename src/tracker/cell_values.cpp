#include "tracker/cell_values.hpp"

#include <cmath>
#include <cstdio>

namespace vigie::tracker {
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

std::string_view Trim(std::string_view s) {
  // ASCII white space and the no-break spaces a French keyboard or Excel may add.
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xC2\xA0")) {
      s.remove_prefix(2);
    } else if (s.starts_with("\xE2\x80\xAF")) {
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
      s.remove_suffix(1);
    } else if (s.ends_with("\xC2\xA0")) {
      s.remove_suffix(2);
    } else if (s.ends_with("\xE2\x80\xAF")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

// Reads 1..max_digits digits at `at`; false when there are none or too many.
bool ReadNumber(std::string_view s, std::size_t& at, std::size_t max_digits, int& value) {
  const std::size_t start = at;
  value = 0;
  while (at < s.size() && s[at] >= '0' && s[at] <= '9' && at - start < max_digits) {
    value = value * 10 + (s[at] - '0');
    ++at;
  }
  return at > start && (at >= s.size() || s[at] < '0' || s[at] > '9');
}

std::optional<std::string> IsoIfReal(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  if (!actionplan::IsIsoDate(buf)) return std::nullopt;
  return std::string(buf);
}

bool IsWhole(double n) { return std::isfinite(n) && std::fabs(n - std::round(n)) < 1e-9 && std::fabs(n) < 1e12; }

}  // namespace

std::optional<std::string> SerialToIsoDate(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return std::nullopt;
  const auto day = static_cast<long long>(std::floor(serial));
  if (date1904) return CivilFromDays(DaysFromCivil(1904, 1, 1) + day);
  if (day < 61) return std::nullopt;  // 1900-02-29 does not exist; earlier days are of no use here
  return CivilFromDays(DaysFromCivil(1899, 12, 30) + day);
}

std::optional<long long> IsoDateToSerial(std::string_view iso) {
  if (!actionplan::IsIsoDate(iso)) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  return DaysFromCivil(num(0, 4), static_cast<unsigned>(num(5, 2)), static_cast<unsigned>(num(8, 2))) -
         DaysFromCivil(1899, 12, 30);
}

std::optional<std::string> ParseTextDate(std::string_view text) {
  text = Trim(text);
  if (const auto cut = text.find_first_of(" T"); cut != std::string_view::npos) text = text.substr(0, cut);
  int a = 0, b = 0, c = 0;
  std::size_t at = 0;
  if (!ReadNumber(text, at, 4, a) || at >= text.size()) return std::nullopt;
  const char sep = text[at];
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  const std::size_t first_len = at;
  ++at;
  if (!ReadNumber(text, at, 2, b) || at >= text.size() || text[at] != sep) return std::nullopt;
  ++at;
  const std::size_t third_start = at;
  if (!ReadNumber(text, at, 4, c) || at != text.size()) return std::nullopt;
  const std::size_t third_len = at - third_start;
  if (first_len == 4 && sep == '-' && third_len <= 2) return IsoIfReal(a, b, c);  // 2027-03-31
  if (first_len > 2) return std::nullopt;
  if (third_len == 4) return IsoIfReal(c, b, a);       // 31/03/2027
  if (third_len == 2) return IsoIfReal(2000 + c, b, a);  // 31/03/27
  return std::nullopt;
}

std::optional<std::string> DueDateOf(const CellValue& cell, bool date1904) {
  switch (cell.kind) {
    case CellKind::kEmpty: return std::string();
    case CellKind::kNumber: return SerialToIsoDate(cell.number, date1904);
    case CellKind::kText:
      if (Trim(cell.text).empty()) return std::string();
      return ParseTextDate(cell.text);
    case CellKind::kBoolean:
    case CellKind::kError:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<actionplan::Status> StatusOf(const CellValue& cell) {
  if (cell.kind != CellKind::kText) return std::nullopt;
  const std::string folded = FoldForMatch(cell.text);
  for (actionplan::Status status : actionplan::AllStatuses()) {
    if (folded == FoldForMatch(actionplan::StatusLabel(status)) || folded == actionplan::StatusCode(status)) {
      return status;
    }
  }
  return std::nullopt;
}

std::optional<long long> ProgressOf(const CellValue& cell) {
  switch (cell.kind) {
    case CellKind::kEmpty: return 0;
    case CellKind::kNumber: {
      const double n = cell.style == NumberStyle::kPercent ? cell.number * 100 : cell.number;
      if (!IsWhole(n)) return std::nullopt;
      return std::llround(n);
    }
    case CellKind::kText: {
      std::string_view s = Trim(cell.text);
      if (s.empty()) return 0;
      if (s.ends_with('%')) s = Trim(s.substr(0, s.size() - 1));
      bool negative = false;
      if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
      }
      long long value = 0;
      std::size_t at = 0;
      while (at < s.size() && s[at] >= '0' && s[at] <= '9' && at < 12) value = value * 10 + (s[at++] - '0');
      if (at == 0) return std::nullopt;
      if (at < s.size() && (s[at] == ',' || s[at] == '.')) {
        ++at;
        while (at < s.size() && s[at] == '0') ++at;  // "40,0" is 40; "40,5" is not a whole number
      }
      if (at != s.size()) return std::nullopt;
      return negative ? -value : value;
    }
    case CellKind::kBoolean:
    case CellKind::kError:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string TextOf(const CellValue& cell) {
  const std::string text = CellText(cell);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string DisplayDate(std::string_view iso) {
  if (!actionplan::IsIsoDate(iso)) return std::string(iso);
  std::string out;
  out.append(iso.substr(8, 2)).append("/").append(iso.substr(5, 2)).append("/").append(iso.substr(0, 4));
  return out;
}

}  // namespace vigie::tracker
