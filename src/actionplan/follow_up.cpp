#include "actionplan/follow_up.hpp"

#include <array>
#include <cstdio>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vigie::actionplan {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

bool ParseDate(std::string_view s, int& y, int& m, int& d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  y = num(0, 4);
  m = num(5, 2);
  d = num(8, 2);
  return y >= 2000 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, m);
}

}  // namespace

const std::vector<Status>& AllStatuses() {
  static const std::vector<Status> kAll = {Status::kTodo, Status::kDoing, Status::kDone, Status::kAbandoned};
  return kAll;
}

std::string_view StatusCode(Status status) {
  switch (status) {
    case Status::kTodo: return "todo";
    case Status::kDoing: return "doing";
    case Status::kDone: return "done";
    case Status::kAbandoned: return "abandoned";
  }
  return "";
}

std::string_view StatusLabel(Status status) {
  switch (status) {
    case Status::kTodo: return "À faire";
    case Status::kDoing: return "En cours";
    case Status::kDone: return "Fait";
    case Status::kAbandoned: return "Abandonné";
  }
  return "";
}

std::optional<Status> ParseStatus(std::string_view code) {
  for (Status s : AllStatuses()) {
    if (StatusCode(s) == code) return s;
  }
  return std::nullopt;
}

bool IsOpen(std::string_view status_code) { return status_code == "todo" || status_code == "doing"; }

bool IsIsoDate(std::string_view date) {
  int y = 0, m = 0, d = 0;
  return ParseDate(date, y, m, d);
}

std::string AddMonths(std::string_view date, int months) {
  int y = 0, m = 0, d = 0;
  if (!ParseDate(date, y, m, d)) return "";
  const int total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = total % 12 + 1;
  d = std::min(d, DaysIn(y, m));
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::vector<core::FieldError> ValidateFollowUp(FollowUp& f) {
  std::vector<core::FieldError> errors;
  f.owner = core::Trim(f.owner);
  f.due_date = core::Trim(f.due_date);
  f.abandon_reason = core::Trim(f.abandon_reason);
  f.comment = core::Trim(f.comment);
  const auto status = ParseStatus(f.status);
  if (!status) errors.push_back({"status", "Choisissez un statut : À faire, En cours, Fait ou Abandonné."});
  if (f.owner.size() > 200 || !core::IsValidUtf8(f.owner)) errors.push_back({"owner", "200 caractères au plus."});
  if (!f.due_date.empty() && !IsIsoDate(f.due_date)) {
    errors.push_back({"due_date", "Indiquez une date réelle au format AAAA-MM-JJ (par exemple 2027-03-31)."});
  }
  if (f.progress < 0 || f.progress > 100) errors.push_back({"progress", "L'avancement va de 0 à 100 %."});
  if (f.comment.size() > 4000 || !core::IsValidUtf8(f.comment)) errors.push_back({"comment", "4 000 caractères au plus."});
  if (f.abandon_reason.size() > 1000 || !core::IsValidUtf8(f.abandon_reason)) {
    errors.push_back({"abandon_reason", "1 000 caractères au plus."});
  }
  if (status == Status::kAbandoned && f.abandon_reason.empty()) {
    errors.push_back({"abandon_reason", "Indiquez pourquoi cette mesure est abandonnée."});
  }
  if (status && status != Status::kAbandoned) f.abandon_reason.clear();
  if (status == Status::kDone && errors.empty()) f.progress = 100;
  return errors;
}

}  // namespace vigie::actionplan
