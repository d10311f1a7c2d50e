#pragma once
// Internal: runs a drawing function on a cairo SVG surface kept in memory.

#include <cairo.h>

#include <functional>
#include <string>

namespace vigie::charts::detail {

// The SVG document (UTF-8 XML, text as glyph paths) of what `draw` paints on a
// width x height canvas with a white background.
std::string RenderSvg(double width, double height, const std::function<void(cairo_t*)>& draw);

}  // namespace vigie::charts::detail
