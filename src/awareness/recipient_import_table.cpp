#include "awareness/recipient_import_table.hpp"

#include "awareness/csv_reader.hpp"
#include "core/french_format.hpp"
#include "xlsx/workbook.hpp"

namespace vigie::awareness::detail {
namespace {

constexpr std::string_view kSheetName = "Destinataires";
constexpr std::string_view kSaveAs =
    "enregistrez la liste au format « CSV UTF-8 (délimité par des virgules) » ou « Classeur Excel (.xlsx) », puis "
    "déposez-la à nouveau.";

Table Failed(ImportFormat format, std::string message) {
  Table table;
  table.format = format;
  table.error = std::move(message);
  return table;
}

std::string TooManyRows(std::size_t max_rows) {
  return "Ce fichier compte plus de " + core::FormatInteger(static_cast<std::int64_t>(max_rows)) +
         " lignes : découpez la liste en plusieurs fichiers (un par groupe, par exemple).";
}

bool LooksLikeHtml(std::string_view text) {
  const auto start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '<') return false;
  const std::string head = MatchKey(text.substr(start, 512));
  return head.find("<html") != std::string::npos || head.find("<table") != std::string::npos ||
         head.find("<!doctype") != std::string::npos;
}

std::string EncodingName(CsvEncoding encoding) {
  switch (encoding) {
    case CsvEncoding::kUtf8: return "UTF-8";
    case CsvEncoding::kUtf8Bom: return "UTF-8 avec BOM";
    case CsvEncoding::kUtf16: return "UTF-16";
    case CsvEncoding::kWindows1252: return "Windows-1252";
  }
  return "";
}

std::string SeparatorName(char separator) {
  if (separator == '\t') return "tabulation";
  return "« " + std::string(1, separator) + " »";
}

Table FromCsv(std::string_view bytes, std::size_t max_rows) {
  if (LooksLikeHtml(bytes)) {
    return Failed(ImportFormat::kCsv, "Ce fichier est une page web (HTML), pas un tableau : ouvrez-le dans votre tableur, "
                                      "puis " + std::string(kSaveAs));
  }
  CsvLimits limits;
  limits.max_rows = max_rows;
  CsvDocument doc = ReadCsv(bytes, limits);
  if (!doc.ok()) {
    if (doc.error == CsvError::kTooManyRows) return Failed(ImportFormat::kCsv, TooManyRows(max_rows));
    if (doc.error == CsvError::kBinary) {
      return Failed(ImportFormat::kCsv, "Ce fichier n'est ni un fichier CSV ni un classeur Excel (.xlsx) : " +
                                            std::string(kSaveAs));
    }
    return Failed(ImportFormat::kCsv, doc.message);
  }
  Table table;
  table.format = ImportFormat::kCsv;
  table.source = "CSV (" + EncodingName(doc.encoding) + ", séparateur " + SeparatorName(doc.separator) + ")";
  table.rows.reserve(doc.rows.size());
  for (auto& row : doc.rows) {
    TableRow out;
    out.line = row.line;
    for (std::size_t i = 0; i < row.fields.size(); ++i) out.cells[i].text = std::move(row.fields[i]);
    table.rows.push_back(std::move(out));
  }
  return table;
}

std::string WorkbookError(const xlsx::Error& error) {
  switch (error.kind) {
    case xlsx::ErrorKind::kNotZip:
    case xlsx::ErrorKind::kNotXlsx:
    case xlsx::ErrorKind::kNoWorkbook:
      return "Ce fichier n'est ni un fichier CSV ni un classeur Excel (.xlsx) : " + std::string(kSaveAs);
    case xlsx::ErrorKind::kTooManyCells:
      return "Cette feuille contient trop de cellules remplies pour une liste de personnes : gardez seulement les "
             "colonnes utiles, ou découpez la liste.";
    default:
      return error.message;
  }
}

// The sheet named "Destinataires" (case and accents ignored), else the first visible one.
std::optional<std::size_t> ChooseSheet(const std::vector<xlsx::SheetInfo>& sheets) {
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (MatchKey(sheets[i].name) == MatchKey(kSheetName)) return i;
  }
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (!sheets[i].hidden) return i;
  }
  return std::nullopt;
}

Table FromXlsx(std::string_view bytes, std::size_t max_rows) {
  xlsx::Limits limits;
  limits.max_cells = 400000;
  xlsx::Error error;
  auto workbook = xlsx::OpenWorkbook(bytes, limits, error);
  if (!workbook) return Failed(ImportFormat::kXlsx, WorkbookError(error));
  const auto sheet = ChooseSheet(workbook->Sheets());
  if (!sheet) return Failed(ImportFormat::kXlsx, "Ce classeur n'a aucune feuille visible : affichez la feuille de la liste.");
  const auto grid = workbook->ReadSheet(*sheet, error);
  if (!grid) return Failed(ImportFormat::kXlsx, WorkbookError(error));
  if (grid->size() > max_rows) return Failed(ImportFormat::kXlsx, TooManyRows(max_rows));
  Table table;
  table.format = ImportFormat::kXlsx;
  table.source = "XLSX, feuille « " + workbook->Sheets()[*sheet].name + " »";
  table.rows.reserve(grid->size());
  for (const auto& [number, cells] : *grid) {
    TableRow row;
    row.line = number;
    for (const auto& [column, cell] : cells) {
      row.cells[column] = {xlsx::Utf8Safe(xlsx::CellText(cell)), cell.kind == xlsx::CellKind::kError};
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

Table ReadTable(std::string_view bytes, std::string_view file_name, std::size_t max_rows) {
  const std::string name = file_name.empty() ? std::string("Ce fichier") : "Le fichier « " + xlsx::Utf8Safe(file_name) + " »";
  if (bytes.empty()) return Failed(ImportFormat::kUnknown, name + " est vide.");
  if (bytes.starts_with("PK")) return FromXlsx(bytes, max_rows);
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return Failed(ImportFormat::kXlsx, "Ce fichier est au format Excel 97-2003 (.xls) : " + std::string(kSaveAs));
  }
  return FromCsv(bytes, max_rows);
}

}  // namespace vigie::awareness::detail
