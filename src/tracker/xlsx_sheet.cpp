#include "tracker/xlsx_sheet.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "tracker/xml_helpers.hpp"

namespace vigie::tracker::detail {
namespace {

constexpr int kMaxRow = 1048576;
constexpr std::size_t kMaxColumn = 16384;

bool ParseNumber(const char* text, double& value) {
  if (*text == '\0') return false;
  char* end = nullptr;
  errno = 0;
  value = std::strtod(text, &end);
  while (*end == ' ') ++end;
  return *end == '\0' && errno == 0 && std::isfinite(value);
}

// The cell's value; false (with `error`) when the part contradicts itself.
bool ReadCell(const pugi::xml_node& c, const Workbook& workbook, CellValue& cell, std::string& error) {
  const std::string_view type = c.attribute("t").value();
  const char* v = Child(c, "v").text().get();
  if (type == "s") {
    char* end = nullptr;
    const unsigned long index = std::strtoul(v, &end, 10);
    if (*v == '\0' || *end != '\0' || index >= workbook.shared_strings.size()) {
      error = "renvoi vers un texte partagé inexistant";
      return false;
    }
    cell.kind = CellKind::kText;
    cell.text = workbook.shared_strings[index];
  } else if (type == "inlineStr") {
    cell.kind = CellKind::kText;
    cell.text = InlineText(Child(c, "is"));
  } else if (type == "str" || type == "d") {
    cell.kind = CellKind::kText;
    cell.text = DecodeEscapes(v);
  } else if (type == "b") {
    cell.kind = CellKind::kBoolean;
    cell.text = std::string_view(v) == "1" || std::string_view(v) == "true" ? "1" : "0";
  } else if (type == "e") {
    cell.kind = CellKind::kError;
    cell.text = v;
  } else if (*v != '\0') {
    if (!ParseNumber(v, cell.number)) {
      error = "nombre illisible";
      return false;
    }
    cell.kind = CellKind::kNumber;
    const unsigned long style = std::strtoul(c.attribute("s").value(), nullptr, 10);
    if (style < workbook.styles.size()) cell.style = workbook.styles[style];
  }
  if (cell.kind == CellKind::kText && cell.text.empty()) cell.kind = CellKind::kEmpty;
  return true;
}

}  // namespace

bool ParseCellRef(std::string_view ref, std::size_t& column, int& row) {
  std::size_t at = 0;
  std::size_t col = 0;
  while (at < ref.size() && at < 3 && ref[at] >= 'A' && ref[at] <= 'Z') col = col * 26 + static_cast<std::size_t>(ref[at++] - 'A' + 1);
  if (at == 0 || col > kMaxColumn) return false;
  const std::size_t digits = at;
  long r = 0;
  while (at < ref.size() && at - digits < 7 && ref[at] >= '0' && ref[at] <= '9') r = r * 10 + (ref[at++] - '0');
  if (at == digits || at != ref.size() || r < 1 || r > kMaxRow) return false;
  column = col - 1;
  row = static_cast<int>(r);
  return true;
}

std::string LoadSheet(ZipArchive& zip, const Workbook& workbook, const std::string& part, SheetGrid& grid) {
  std::string xml;
  if (std::string error = ReadPart(zip, part, xml); !error.empty()) return error;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return "Ce classeur est endommagé (feuille « " + Utf8Safe(part) + " » illisible).";
  std::size_t cells = 0;
  int row_number = 0;
  for (pugi::xml_node row : Children(Child(Child(doc, "worksheet"), "sheetData"), "row")) {
    const pugi::xml_attribute r = row.attribute("r");
    row_number = r ? r.as_int() : row_number + 1;
    if (row_number < 1 || row_number > kMaxRow) return "Ce classeur est endommagé (numéro de ligne invalide).";
    std::size_t column = 0;
    bool first = true;
    for (pugi::xml_node c : Children(row, "c")) {
      const char* ref = c.attribute("r").value();
      int ref_row = row_number;
      if (*ref != '\0') {
        if (!ParseCellRef(ref, column, ref_row) || ref_row != row_number) {
          return "Ce classeur est endommagé (référence de cellule « " + Utf8Safe(std::string(ref).substr(0, 20)) + " » invalide).";
        }
      } else if (!first) {
        ++column;
      }
      first = false;
      if (column >= kMaxColumn) return "Ce classeur est endommagé (colonne hors limites).";
      CellValue cell;
      std::string error;
      if (!ReadCell(c, workbook, cell, error)) {
        return "Ce classeur est endommagé (ligne " + std::to_string(row_number) + " : " + error + ").";
      }
      if (cell.kind == CellKind::kEmpty) continue;
      if (++cells > kMaxCells) return "Ce classeur contient trop de cellules remplies pour un fichier de suivi.";
      grid[row_number][column] = std::move(cell);
    }
  }
  return "";
}

}  // namespace vigie::tracker::detail
