// The managerial synthesis: four slides, one PDF.

#include <string>

#include "pdf/page_furniture.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/render.hpp"
#include "pdf/report_words.hpp"
#include "pdf/synthesis_slides.hpp"
#include "pdf/text_layout.hpp"

namespace vigie::pdf {
namespace {

namespace pal = charts::palette;
using detail::DrawFitted;

constexpr double kMargin = 40;

}  // namespace

void DrawSlideFrame(cairo_t* cr, PangoContext* context, const report::ReportModel& model,
                    const std::string& title, const SlideFrame& frame) {
  detail::SetColor(cr, pal::kAccent);
  cairo_rectangle(cr, 0, 0, kSlideWidth, 8);
  cairo_fill(cr);
  DrawFitted(cr, context, {Span{title}},
             {.size = 28, .bold = true, .color = pal::kAccent, .line_spacing = 1.0}, kMargin, 24,
             kSlideWidth - 2 * kMargin, 42, 18);
  const double footer_y = kSlideHeight - 28;
  detail::SetColor(cr, pal::kGrid);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, kMargin, footer_y - 6);
  cairo_line_to(cr, kSlideWidth - kMargin, footer_y - 6);
  cairo_stroke(cr);
  const std::string left =
      Join({model.structure_name, model.interview_date,
            model.confidentiality.empty() ? std::string(kConfidentiality) : model.confidentiality},
           " · ");
  DrawFitted(cr, context, {Span{left}}, {.size = 10, .color = pal::kMuted, .line_spacing = 1.0},
             kMargin, footer_y, kSlideWidth - 2 * kMargin - 110, 14, 7);
  DrawFitted(cr, context, {Span{PageOf(frame.number, frame.total)}},
             {.size = 10, .bold = true, .align = Align::kRight, .line_spacing = 1.0},
             kSlideWidth - kMargin - 100, footer_y, 100, 14, 7);
}

std::string RenderSynthesis(const report::ReportModel& model) {
  const PdfInfo info{.title = "Synthèse managériale — " + model.structure_name,
                     .author = Join({model.consultant, model.centre_name}, ", "),
                     .subject = "Synthèse du diagnostic de maturité cyber, pour la restitution",
                     .keywords = "cybersécurité, diagnostic, synthèse, " + model.category};
  const std::vector<PageSize> pages(kSlideCount, PageSize{kSlideWidth, kSlideHeight});
  const int total = static_cast<int>(kSlideCount);
  const std::vector<OutlineEntry> outline = {{1, "Score global et points forts", 1, 0},
                                             {1, "Les six mesures prioritaires", 2, 0},
                                             {1, "Feuille de route", 3, 0},
                                             {1, "Effort, coût et prochaines étapes", 4, 0}};
  return WritePdf(
      info, pages,
      [&](cairo_t* cr, std::size_t i) {
        auto context = detail::MakeContext();
        const SlideFrame frame{static_cast<int>(i) + 1, total};
        switch (i) {
          case 0:
            DrawSlideFrame(cr, context.get(), model, "Diagnostic cyber : " + model.structure_name,
                           frame);
            DrawScoreSlide(cr, context.get(), model);
            break;
          case 1:
            DrawSlideFrame(cr, context.get(), model, "Les six mesures prioritaires", frame);
            DrawPrioritiesSlide(cr, context.get(), model);
            break;
          case 2:
            DrawSlideFrame(cr, context.get(), model, "Feuille de route", frame);
            DrawRoadmapSlide(cr, context.get(), model);
            break;
          default:
            DrawSlideFrame(cr, context.get(), model, "Effort, coût et prochaines étapes", frame);
            DrawEffortSlide(cr, context.get(), model);
            break;
        }
      },
      outline);
}

}  // namespace vigie::pdf
