#include "campaigns/quarterly_document.hpp"

#include <chrono>

#include "core/error.hpp"
#include "core/text.hpp"
#include "pdf/render.hpp"

namespace vigie::campaigns {
namespace {

constexpr std::size_t kMaxNamePart = 60;
constexpr long long kNoon = 12LL * 3600;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Upper-case letters outside ASCII that people write in names: Latin-1's À to Þ
// (except ×), Œ and Ÿ. They are all two bytes long in UTF-8.
bool IsUpperLatinLetter(unsigned lead, unsigned next) {
  const unsigned code = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
  return (code >= 0xC0 && code <= 0xDE && code != 0xD7) || code == 0x152 || code == 0x178;
}

// "EHPAD Les Tilleuls — Dijon" -> "EHPAD-Les-Tilleuls-Dijon": accents dropped with
// core::FoldForMatch one character at a time, so that the case is kept.
std::string FileNamePart(std::string_view text) {
  std::string out;
  const auto separate = [&out] {
    if (!out.empty() && out.back() != '-') out.push_back('-');
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view character = text.substr(i, length);
    i += length;
    if (length == 1) {
      if (IsAsciiAlnum(text[i - 1])) {
        out.push_back(text[i - 1]);
      } else {
        separate();
      }
      continue;
    }
    const bool upper =
        character.size() == 2 && IsUpperLatinLetter(lead, static_cast<unsigned char>(character[1]));
    bool kept = false;
    for (char c : core::FoldForMatch(character)) {
      if (c < 'a' || c > 'z') continue;
      out.push_back(upper ? static_cast<char>(c - 'a' + 'A') : c);
      kept = true;
    }
    if (!kept) separate();
  }
  if (out.size() > kMaxNamePart) out.resize(kMaxNamePart);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::optional<long long> ParseQuarterCode(std::string_view code) {
  if (code.size() != 7 || code[4] != '-' || (code[5] != 'T' && code[5] != 't')) return std::nullopt;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (code[i] < '0' || code[i] > '9') return std::nullopt;
    year = year * 10 + (code[i] - '0');
  }
  if (year < 2000 || year > 2999 || code[6] < '1' || code[6] > '4') return std::nullopt;
  const unsigned middle_month = static_cast<unsigned>(code[6] - '1') * 3 + 2;
  const std::chrono::sys_days day{std::chrono::year{year} / std::chrono::month{middle_month} /
                                  std::chrono::day{15}};
  return static_cast<long long>(std::chrono::sys_seconds{day}.time_since_epoch().count()) + kNoon;
}

std::string QuarterCode(long long t) {
  const std::string label = awareness::QuarterLabel(t);  // "T4 2026"
  const auto space = label.find(' ');
  return label.substr(space + 1) + "-" + label.substr(0, space);
}

long long RequestedQuarter(const std::string& value, const std::string& field, long long now) {
  const std::string code = core::Trim(value);
  if (code.empty()) return now;
  const auto instant = ParseQuarterCode(code);
  if (!instant) {
    throw core::AppError::Invalid("Le trimestre demandé n'est pas lisible.",
                                  {{field,
                                    "Indiquez le trimestre sous la forme 2026-T4 : l'année, un "
                                    "tiret, puis T1, T2, T3 ou T4."}});
  }
  if (awareness::QuarterBounds(*instant).first > now) {
    throw core::AppError::Invalid("Ce trimestre n'a pas encore commencé.",
                                  {{field, "Le trimestre " + awareness::QuarterLabel(*instant) +
                                               " n'a pas encore commencé."}});
  }
  return *instant;
}

std::string QuarterlyReportFileName(const awareness::QuarterlyReportInput& in) {
  std::string name = FileNamePart(in.scope_name);
  if (name.empty()) name = in.portfolio ? "centre" : "structure";
  return std::string("sensibilisation-") + FileNamePart(in.quarter_label) + "-" +
         (in.portfolio ? "portefeuille-" : "") + name + ".pdf";
}

std::string RenderQuarterlyReportPdf(const awareness::QuarterlyReportInput& in) {
  return pdf::RenderQuarterlyAwarenessReport(in);
}

}  // namespace vigie::campaigns
