// awareness::ParseTemplate: the TOML a resource centre types in the template editor
// (any bytes). Properties:
// - nothing throws;
// - either problems (each a non-empty UTF-8 line starting with the file name) and no
//   template, or exactly one template and no problem;
// - an accepted template renders for a person without throwing, and its clues are
//   between 3 and 6.

#include <string>

#include "awareness/render.hpp"
#include "awareness/template_loader.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(vigie::fuzz::AsText(data, size));
  const auto load = vigie::awareness::ParseTemplate(text, "modèle");
  if (!load.ok()) {
    FUZZ_CHECK(load.templates.empty());
    for (const auto& e : load.errors) {
      FUZZ_CHECK(!e.empty());
      FUZZ_CHECK(vigie::fuzz::IsValidUtf8(e));
      FUZZ_CHECK(e.rfind("modèle", 0) == 0);
    }
    return 0;
  }
  FUZZ_CHECK(load.templates.size() == 1);
  const auto& t = load.templates.front();
  FUZZ_CHECK(t.clues.size() >= 3 && t.clues.size() <= 6);
  vigie::awareness::Placeholders values;
  values.first_name = "Camille";
  values.last_name = "Durand";
  values.structure_name = "EHPAD Les Exemples";
  values.date = "29/11/2026";
  values.link = "https://vigie.example/p/AAAAAAAAAAAAAAAAAAAAAAAA";
  values.report_link = "https://vigie.example/p/AAAAAAAAAAAAAAAAAAAAAAAA/signaler";
  values.tracking_pixel_url = "https://vigie.example/p/AAAAAAAAAAAAAAAAAAAAAAAA/i.gif";
  const auto email = vigie::awareness::Render(t, values);
  FUZZ_CHECK(!email.subject.empty());
  return 0;
}
