#include "tracker/tracker_reader.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <string>

#include "xlsx/workbook.hpp"

namespace vigie::tracker {
namespace {

using xlsx::Grid;
using xlsx::Workbook;

constexpr int kHeaderSearchRows = 20;
constexpr std::size_t kMaxDataRows = 5000;
constexpr std::string_view kFromVigie = "déposez le fichier de suivi téléchargé depuis Vigie";

std::string SizeText(std::size_t bytes) {
  char buf[64];
  if (bytes >= (1u << 20)) {
    std::snprintf(buf, sizeof buf, "%.0f Mo", static_cast<double>(bytes) / (1u << 20));
  } else {
    std::snprintf(buf, sizeof buf, "%.0f Ko", static_cast<double>(bytes) / 1024.0);
  }
  return buf;
}

TrackerUpload Failed(std::string message, std::string sheet = "") {
  TrackerUpload upload;
  upload.errors.push_back({std::move(sheet), 0, "", "", std::move(message)});
  return upload;
}

// The message for bytes that minizip cannot open, guessing what the file is.
std::string NotAZip(std::string_view bytes) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return "Ce fichier est au format Excel 97-2003 (.xls) : enregistrez-le au format « Classeur Excel (.xlsx) », "
           "puis déposez-le à nouveau.";
  }
  if (bytes.starts_with("PK")) {
    return "Ce fichier .xlsx est incomplet ou endommagé : enregistrez-le à nouveau depuis votre tableur, ou " +
           std::string(kFromVigie) + ".";
  }
  return "Ce fichier n'est pas un classeur Excel (.xlsx) : " + std::string(kFromVigie) + ".";
}

// The row (1-based) holding at least three known headers, among the first rows.
int FindHeaderRow(const Grid& grid) {
  for (const auto& [row, cells] : grid) {
    if (row > kHeaderSearchRows) break;
    int known = 0;
    for (const auto& [column, cell] : cells) {
      if (cell.kind == CellKind::kText && ColumnOfHeader(cell.text)) ++known;
    }
    if (known >= 3) return row;
  }
  return 0;
}

// A defined name's formula holding a string constant: ="abc" or "abc".
std::optional<std::string> StringConstant(std::string_view formula) {
  if (formula.starts_with('=')) formula.remove_prefix(1);
  if (formula.size() < 2 || formula.front() != '"' || formula.back() != '"') return std::nullopt;
  std::string out;
  for (std::size_t i = 1; i + 1 < formula.size(); ++i) {
    out += formula[i];
    if (formula[i] == '"') ++i;  // "" is one quote
  }
  return out;
}

std::string FindPlanKey(Workbook& workbook) {
  const std::string name(kKeyName);
  if (const auto found = workbook.DefinedNames().find(name); found != workbook.DefinedNames().end()) {
    if (auto key = StringConstant(found->second); key && !key->empty()) return *key;
  }
  if (const auto found = workbook.CustomProperties().find(name);
      found != workbook.CustomProperties().end() && !found->second.empty()) {
    return found->second;
  }
  for (std::size_t i = 0; i < workbook.Sheets().size(); ++i) {
    if (FoldForMatch(workbook.Sheets()[i].name) != FoldForMatch(kKeySheet)) continue;
    xlsx::Error error;
    const auto grid = workbook.ReadSheet(i, error);
    if (!grid) return "";
    for (const auto& [row, cells] : *grid) {
      const auto label = cells.find(0);
      const auto value = cells.find(1);
      if (label != cells.end() && value != cells.end() && FoldForMatch(CellText(label->second)) == "cle du plan") {
        return CellText(value->second);
      }
    }
  }
  return "";
}

// Fills upload.letters from the header row; one error per duplicate or missing column.
void MapColumns(const std::map<std::size_t, CellValue>& header, TrackerUpload& upload,
                std::array<std::size_t, kColumnCount>& index) {
  for (const auto& [column, cell] : header) {
    if (cell.kind != CellKind::kText) continue;
    const auto known = ColumnOfHeader(cell.text);
    if (!known) continue;
    const auto k = static_cast<std::size_t>(*known);
    const std::string letters = ColumnLetters(column);
    if (!upload.letters[k].empty()) {
      upload.errors.push_back({upload.sheet, 0, letters, std::string(Header(*known)),
                               "La colonne « " + std::string(Header(*known)) + " » apparaît deux fois (colonnes " +
                                   upload.letters[k] + " et " + letters + ") : gardez-en une seule."});
      continue;
    }
    upload.letters[k] = letters;
    index[k] = column;
  }
  for (Column column : AllColumns()) {
    const auto k = static_cast<std::size_t>(column);
    if (!IsRequired(column) || !upload.letters[k].empty()) continue;
    upload.errors.push_back({upload.sheet, 0, "", std::string(Header(column)),
                             "La colonne « " + std::string(Header(column)) +
                                 " » est introuvable : ne supprimez ni ne renommez les colonnes du fichier."});
  }
}

// The message for a sheet that cannot be read.
std::string SheetError(const xlsx::Error& error) {
  if (error.kind == xlsx::ErrorKind::kTooManyCells) {
    return "Ce classeur contient trop de cellules remplies pour un fichier de suivi.";
  }
  return error.message;
}

// Reads sheet `sheet` into `upload`; false when it is not the plan sheet (no header row).
bool ReadPlanSheet(Workbook& workbook, std::size_t sheet, TrackerUpload& upload, std::string& error) {
  xlsx::Error failure;
  const auto read = workbook.ReadSheet(sheet, failure);
  if (!read) {
    error = SheetError(failure);
    return true;
  }
  const Grid& grid = *read;
  const int header_row = FindHeaderRow(grid);
  if (header_row == 0) return false;
  upload.sheet = workbook.Sheets()[sheet].name;
  std::array<std::size_t, kColumnCount> index{};
  MapColumns(grid.at(header_row), upload, index);
  if (!upload.errors.empty()) return true;
  for (auto it = grid.upper_bound(header_row); it != grid.end(); ++it) {
    UploadedRow row;
    row.row = it->first;
    bool filled = false;
    for (std::size_t k = 0; k < kColumnCount; ++k) {
      if (upload.letters[k].empty()) continue;
      const auto cell = it->second.find(index[k]);
      if (cell == it->second.end()) continue;
      row.cells[k] = cell->second;
      if (!(cell->second.kind == CellKind::kText && cell->second.text.find_first_not_of(" \t\r\n") == std::string::npos)) {
        filled = true;
      }
    }
    if (!filled) continue;
    if (upload.rows.size() == kMaxDataRows) {
      upload.rows.clear();
      upload.errors.push_back({upload.sheet, 0, "", "", "Ce fichier contient plus de 5 000 lignes : ce n'est pas un "
                                                         "fichier de suivi de Vigie."});
      return true;
    }
    upload.rows.push_back(std::move(row));
  }
  return true;
}

}  // namespace

TrackerUpload ReadTracker(std::string_view bytes, std::size_t max_bytes) {
  if (bytes.size() > max_bytes) {
    return Failed("Ce fichier est trop volumineux (" + SizeText(bytes.size()) + ") : la taille maximale est de " +
                  SizeText(max_bytes) + ".");
  }
  if (bytes.empty()) return Failed("Ce fichier est vide : " + std::string(kFromVigie) + ".");
  xlsx::Error failure;
  auto workbook = xlsx::OpenWorkbook(bytes, xlsx::Limits{}, failure);
  if (!workbook) {
    switch (failure.kind) {
      case xlsx::ErrorKind::kTooManyEntries:
        return Failed("Ce fichier contient trop d'éléments pour être un classeur de suivi : il n'a pas été lu.");
      case xlsx::ErrorKind::kNotZip:
      case xlsx::ErrorKind::kLegacyXls:
      case xlsx::ErrorKind::kBrokenZip:
        return Failed(NotAZip(bytes));
      case xlsx::ErrorKind::kNotXlsx:
        return Failed("Ce fichier n'est pas un classeur Excel (.xlsx) : " + std::string(kFromVigie) + ".");
      default:
        return Failed(failure.message);
    }
  }

  TrackerUpload upload;
  upload.date1904 = workbook->date1904();
  const auto& sheets = workbook->Sheets();
  std::optional<std::size_t> named;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (FoldForMatch(sheets[i].name) == FoldForMatch(kPlanSheet)) named = i;
  }
  bool found = false;
  std::string error;
  if (named) found = ReadPlanSheet(*workbook, *named, upload, error);
  for (std::size_t i = 0; !found && error.empty() && i < sheets.size() && i < 20; ++i) {
    if (i != named && !sheets[i].hidden) found = ReadPlanSheet(*workbook, i, upload, error);
  }
  if (!error.empty()) return Failed(error);
  if (!found) {
    const std::string where = named ? sheets[*named].name : std::string();
    return Failed(named ? "La ligne d'en-tête (Identifiant Vigie, Statut, Échéance…) est introuvable dans les 20 "
                          "premières lignes : ne supprimez pas la ligne d'en-tête."
                        : "La feuille « " + std::string(kPlanSheet) + " » est introuvable : " + std::string(kFromVigie) +
                              ", sans supprimer cette feuille.",
                  where);
  }
  upload.plan_key = FindPlanKey(*workbook);
  if (upload.plan_key.empty()) {
    upload.errors.push_back({"", 0, "", "",
                             "Ce fichier ne porte pas la clé de son plan d'action (la feuille masquée « Vigie » a "
                             "peut-être été supprimée) : " + std::string(kFromVigie) + "."});
  }
  if (!upload.errors.empty()) upload.rows.clear();
  return upload;
}

}  // namespace vigie::tracker
