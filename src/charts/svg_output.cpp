#include "charts/svg_output.hpp"

#include <cairo-svg.h>

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace vigie::charts::detail {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string RenderSvg(double width, double height, const std::function<void(cairo_t*)>& draw) {
  std::string out;
  width = std::max(width, 1.0);
  height = std::max(height, 1.0);
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(Append, &out, width, height);
  cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  draw(cr);
  const cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t surface_status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  // Only memory exhaustion or a cairo bug lands here: no input makes drawing fail.
  for (cairo_status_t s : {status, surface_status}) {
    if (s != CAIRO_STATUS_SUCCESS) {
      throw core::AppError(
          core::ErrorKind::kInternal,
          std::string("Le graphique n'a pas pu être dessiné (") + cairo_status_to_string(s) + ").");
    }
  }
  return out;
}

}  // namespace vigie::charts::detail
