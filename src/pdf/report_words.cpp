#include "pdf/report_words.hpp"

#include <algorithm>
#include <cmath>

#include "report/typography.hpp"

namespace vigie::pdf {

std::string ScoreText(const std::optional<double>& score) {
  if (!score) return "non évalué";
  return report::FormatDecimal(std::clamp(*score, 0.0, 5.0), 1) + "\u00A0/\u00A05";
}

std::string GlobalText(const std::optional<double>& global) {
  if (!global) return "non calculé";
  return report::FormatDecimal(std::clamp(*global, 0.0, 100.0), 0) + "\u00A0/\u00A0100";
}

std::string PriorityText(int priority) { return "P" + std::to_string(std::clamp(priority, 1, 4)); }

std::string PriorityName(int priority) {
  switch (std::clamp(priority, 1, 4)) {
    case 1:
      return "P1 — à engager sans attendre";
    case 2:
      return "P2 — à engager dans les six mois";
    case 3:
      return "P3 — à planifier dans l'année";
    default:
      return "P4 — à programmer ensuite";
  }
}

std::string StatusText(const std::string& status) {
  if (status == "todo") return "À faire";
  if (status == "doing") return "En cours";
  if (status == "done") return "Fait";
  if (status == "abandoned") return "Abandonné";
  return status.empty() ? "À faire" : status;
}

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

const std::vector<ReferentialName>& Referentials() {
  static const std::vector<ReferentialName> kNames = {{"anssi", "ANSSI"}, {"pgssi", "PGSSI-S"},
                                                      {"care", "CaRE"},   {"has", "HAS"},
                                                      {"nis2", "NIS 2"},  {"recyf", "ReCyF"}};
  return kNames;
}

int QuarterIndex(const std::string& horizon, int priority) {
  const auto digit =
      std::find_if(horizon.begin(), horizon.end(), [](char c) { return c >= '0' && c <= '9'; });
  long n = 0;
  auto it = digit;
  for (; it != horizon.end() && *it >= '0' && *it <= '9' && n < 10000; ++it) {
    n = n * 10 + (*it - '0');
  }
  const std::string unit(it, horizon.end());
  long months = -1;
  if (digit == horizon.end()) {
    months = -1;
  } else if (unit.find("mois") != std::string::npos) {
    months = n;
  } else if (unit.find("sem") != std::string::npos) {
    months = (n + 3) / 4;
  } else if (unit.find("an") != std::string::npos) {
    months = n * 12;
  }
  if (months < 0) return std::clamp(priority, 1, 4) - 1;  // unreadable: the priority decides
  return months <= 3 ? 0 : months <= 6 ? 1 : months <= 12 ? 2 : 3;
}

std::string QuarterTitle(int index) {
  switch (std::clamp(index, 0, kQuarterCount - 1)) {
    case 0:
      return "Trimestre 1 (0 à 3 mois)";
    case 1:
      return "Trimestre 2 (3 à 6 mois)";
    case 2:
      return "Second semestre (6 à 12 mois)";
    default:
      return "Au-delà d'un an";
  }
}

std::string FirstSentence(const std::string& text, std::size_t max_bytes) {
  std::size_t end = text.size();
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
        (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      end = i + 1;
      break;
    }
  }
  std::string out = text.substr(0, end);
  if (out.size() <= max_bytes) return out;
  std::size_t cut = out.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
      --cut;  // a character's start
    }
  }
  out.resize(cut);
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) {
    out.pop_back();
  }
  return out + "…";
}

const report::MeasureEntry* FindMeasure(const report::ReportModel& model, const std::string& id) {
  for (const auto& measure : model.measures) {
    if (measure.id == id) return &measure;
  }
  return nullptr;
}

}  // namespace vigie::pdf
