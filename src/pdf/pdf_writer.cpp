#include "pdf/pdf_writer.hpp"

#include <cairo-pdf.h>

#include <cstdio>

#include "core/error.hpp"

namespace vigie::pdf {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void Check(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw core::AppError(core::ErrorKind::kInternal,
                         std::string("Le document PDF n'a pas pu être produit (") +
                             cairo_status_to_string(status) + ").");
  }
}

}  // namespace

std::string WritePdf(const PdfInfo& info, const std::vector<PageSize>& pages,
                     const std::function<void(cairo_t*, std::size_t)>& paint,
                     const std::vector<OutlineEntry>& outline) {
  std::string out;
  const PageSize first = pages.empty() ? PageSize{} : pages.front();
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(Append, &out, first.width, first.height);
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, info.keywords.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, info.creator.c_str());
  cairo_t* cr = cairo_create(surface);
  const std::size_t count = pages.empty() ? 1 : pages.size();
  for (std::size_t i = 0; i < count; ++i) {
    const PageSize size = pages.empty() ? first : pages[i];
    cairo_pdf_surface_set_size(surface, size.width, size.height);
    cairo_save(cr);
    if (!pages.empty()) paint(cr, i);
    cairo_restore(cr);
    cairo_show_page(cr);
  }
  int parent = CAIRO_PDF_OUTLINE_ROOT;
  for (const OutlineEntry& entry : outline) {
    char link[96];
    std::snprintf(link, sizeof link, "page=%d pos=[0 %.2f]", entry.page,
                  entry.y > 12 ? entry.y - 12 : 0.0);
    const int id =
        cairo_pdf_surface_add_outline(surface, entry.level <= 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                      entry.title.c_str(), link, CAIRO_PDF_OUTLINE_FLAG_OPEN);
    if (entry.level <= 1) parent = id;
  }
  const cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t surface_status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  Check(status);
  Check(surface_status);
  return out;
}

std::vector<OutlineEntry> OutlineOf(const Pagination& layout) {
  std::vector<OutlineEntry> outline;
  for (const auto& heading : layout.headings) {
    if (heading.in_toc && heading.level <= 2) {
      outline.push_back({heading.level, heading.title, heading.page, heading.y});
    }
  }
  return outline;
}

}  // namespace vigie::pdf
