#pragma once
// Running header and footer of the full report: the document and structure on the
// left of the header, the confidentiality notice and "page x / y" in the footer.

#include <string>

#include "pdf/document.hpp"

namespace vigie::pdf {

struct Furniture {
  std::string header_left;   // "Diagnostic de maturité — EHPAD Les Tilleuls"
  std::string header_right;  // the interview date
  std::string footer_left;   // the confidentiality notice
};

// The notice printed on every page of both documents when the model has none
// (ReportModel::confidentiality, from data/reports/documents.toml).
inline constexpr const char* kConfidentiality =
    "Document confidentiel — diffusion restreinte à la structure et au centre de ressources";

// Draws the furniture of page `number` (1-based) out of `total`, in the margins.
void DrawFurniture(cairo_t* cr, const PageSpec& page, const Furniture& furniture, int number,
                   int total);

// "page 3 / 12".
std::string PageOf(int number, int total);

}  // namespace vigie::pdf
