#include "tracker/cell_values.hpp"

#include <cmath>
#include <cstdio>

namespace vigie::tracker {
namespace {

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

std::optional<long long> IsoDateToSerial(std::string_view iso) {
  if (!actionplan::IsIsoDate(iso)) return std::nullopt;
  return xlsx::IsoDateToSerial(iso);
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
