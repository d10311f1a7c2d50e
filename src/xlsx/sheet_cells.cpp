#include "xlsx/sheet_cells.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "xlsx/xml_helpers.hpp"

namespace vigie::xlsx::detail {
namespace {

bool ParseNumber(const char* text, double& value) {
  if (*text == '\0') return false;
  char* end = nullptr;
  errno = 0;
  value = std::strtod(text, &end);
  while (*end == ' ') ++end;
  return *end == '\0' && errno == 0 && std::isfinite(value);
}

// The cell's value; false (with `error`) when the part contradicts itself.
bool ReadCell(const pugi::xml_node& c, const Parts& parts, CellValue& cell, std::string& error) {
  const std::string_view type = c.attribute("t").value();
  const char* v = Child(c, "v").text().get();
  if (type == "s") {
    char* end = nullptr;
    const unsigned long index = std::strtoul(v, &end, 10);
    if (*v == '\0' || *end != '\0' || index >= parts.shared_strings.size()) {
      error = "renvoi vers un texte partagé inexistant";
      return false;
    }
    cell.kind = CellKind::kText;
    cell.text = parts.shared_strings[index];
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
    if (style < parts.styles.size()) cell.style = parts.styles[style];
  }
  if (cell.kind == CellKind::kText && cell.text.empty()) cell.kind = CellKind::kEmpty;
  return true;
}

Error Damaged(const std::string& detail) { return {ErrorKind::kDamaged, "Ce classeur est endommagé (" + detail + ")."}; }

}  // namespace

std::optional<Error> LoadSheet(ZipArchive& zip, const Parts& parts, const std::string& part, std::size_t max_cells,
                               Grid& grid) {
  std::string xml;
  if (auto error = ReadPart(zip, part, xml)) return error;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return Damaged("feuille « " + Utf8Safe(part) + " » illisible");
  std::size_t cells = 0;
  int row_number = 0;
  for (pugi::xml_node row : Children(Child(Child(doc, "worksheet"), "sheetData"), "row")) {
    const pugi::xml_attribute r = row.attribute("r");
    row_number = r ? r.as_int() : row_number + 1;
    if (row_number < 1 || row_number > kMaxRow) return Damaged("numéro de ligne invalide");
    std::size_t column = 0;
    bool first = true;
    for (pugi::xml_node c : Children(row, "c")) {
      const char* ref = c.attribute("r").value();
      int ref_row = row_number;
      if (*ref != '\0') {
        if (!ParseCellRef(ref, column, ref_row) || ref_row != row_number) {
          return Damaged("référence de cellule « " + Utf8Safe(std::string(ref).substr(0, 20)) + " » invalide");
        }
      } else if (!first) {
        ++column;
      }
      first = false;
      if (column >= kMaxColumn) return Damaged("colonne hors limites");
      CellValue cell;
      std::string error;
      if (!ReadCell(c, parts, cell, error)) return Damaged("ligne " + std::to_string(row_number) + " : " + error);
      if (cell.kind == CellKind::kEmpty) continue;
      if (++cells > max_cells) {
        return Error{ErrorKind::kTooManyCells, "Ce classeur contient trop de cellules remplies (plus de " +
                                                   std::to_string(max_cells) + ") : il ne peut pas être lu."};
      }
      grid[row_number][column] = std::move(cell);
    }
  }
  return std::nullopt;
}

}  // namespace vigie::xlsx::detail
