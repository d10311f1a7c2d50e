#include "campaigns/template_library.hpp"

#include <algorithm>

#include "awareness/template_loader.hpp"
#include "core/error.hpp"
#include "storage/custom_template_repository.hpp"

namespace vigie::campaigns {
namespace {

TemplatePtr Embedded(const awareness::PhishingTemplate* t) {
  // The catalogue lives for the whole process: a pointer that owns nothing.
  return TemplatePtr(TemplatePtr(), t);
}

TemplatePtr Parsed(const storage::CustomTemplateRecord& record) {
  auto load = awareness::ParseTemplate(record.toml, "modèle " + record.id);
  if (!load.ok() || load.templates.empty()) return nullptr;
  return std::make_shared<const awareness::PhishingTemplate>(std::move(load.templates.front()));
}

}  // namespace

TemplatePtr FindTemplateFor(storage::Session& s, const std::string& region_id, const std::string& id) {
  if (const auto* t = awareness::FindTemplate(id)) return Embedded(t);
  const auto record = storage::FindCustomTemplate(s, id);
  if (!record || record->region_id != region_id) return nullptr;
  return Parsed(*record);
}

std::vector<TemplatePtr> TemplatesFor(storage::Session& s, const std::string& region_id) {
  std::vector<TemplatePtr> out;
  for (const auto& t : awareness::EmbeddedTemplates()) out.push_back(Embedded(&t));
  if (region_id.empty()) return out;
  for (const auto& record : storage::ListCustomTemplates(s, region_id)) {
    if (auto t = Parsed(record)) out.push_back(std::move(t));
  }
  return out;
}

awareness::PhishingTemplate SaveCustomTemplate(storage::Database& db, const core::Clock& clock,
                                               const std::string& region_id, const std::string& toml,
                                               const std::string& replacing, const std::string& actor_id) {
  auto load = awareness::ParseTemplate(toml, "modèle");
  std::vector<core::FieldError> errors;
  for (const auto& e : load.errors) errors.push_back({"toml", e});
  if (!errors.empty()) throw core::AppError::Invalid("Le modèle n'a pas été enregistré.", std::move(errors));
  awareness::PhishingTemplate t = std::move(load.templates.front());
  db.Transact([&](storage::Session& s) {
    const long long now = clock.Now();
    storage::CustomTemplateRecord record{t.id, region_id, toml, t.title, actor_id, now, now};
    if (!replacing.empty()) {
      const auto existing = storage::FindCustomTemplate(s, replacing);
      if (!existing || existing->region_id != region_id) throw core::AppError::NotFound("Ce modèle n'existe pas.");
      if (t.id != replacing) {
        throw core::AppError::Invalid("Le modèle n'a pas été enregistré.",
                                      {{"toml", "modèle: l'identifiant (id) d'un modèle enregistré ne change pas : « " +
                                                    replacing + " »."}});
      }
      storage::UpdateCustomTemplate(s, record);
      return;
    }
    if (awareness::FindTemplate(t.id) || !storage::InsertCustomTemplate(s, record)) {
      throw core::AppError::Invalid("Le modèle n'a pas été enregistré.",
                                    {{"toml", "modèle: l'identifiant « " + t.id +
                                                  " » est déjà pris : choisissez-en un autre (ligne id = …)."}});
    }
  });
  return t;
}

}  // namespace vigie::campaigns
