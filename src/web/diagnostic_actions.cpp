#include "web/diagnostic_actions.hpp"

#include "auth/audit_log.hpp"
#include "core/utf8.hpp"
#include "crypto/random.hpp"
#include "web/action_plan_actions.hpp"
#include "referential/loader.hpp"

namespace vigie::web {
namespace {

void Audit(Context& ctx, storage::Session& s, const std::string& action, const storage::DiagnosticRecord& d,
           const std::string& details) {
  const auto& who = ctx.Who().user;
  auth::RecordAudit(s, ctx.services.clock,
                    {who.id, who.email, action, "diagnostic", d.id, d.region_id, d.structure_id, details});
}

core::AppError LockedError() {
  return core::AppError::Conflict("Ce diagnostic est verrouillé : il ne peut plus être modifié. "
                                  "Démarrez une réévaluation pour le faire évoluer.");
}

}  // namespace

const referential::Referential& CurrentReferential() { return referential::EmbeddedReferential(); }

storage::DiagnosticRecord DiagnosticOfPath(Context& ctx) {
  std::optional<storage::DiagnosticRecord> d;
  ctx.services.db.Run([&](storage::Session& s) { d = storage::FindDiagnostic(s, ctx.request.Param("id")); });
  if (!d) throw core::AppError::NotFound("Ce diagnostic n'existe pas.");
  return *d;
}

tenancy::Scope DiagnosticScopeOfPath(Context& ctx) {
  const auto d = DiagnosticOfPath(ctx);
  return {d.region_id, d.structure_id};
}

DiagnosticData LoadDiagnosticData(Context& ctx, const std::string& id) {
  DiagnosticData data;
  ctx.services.db.Run([&](storage::Session& s) {
    auto d = storage::FindDiagnostic(s, id);
    if (!d) throw core::AppError::NotFound("Ce diagnostic n'existe pas.");
    data.record = *d;
    data.context = storage::LoadContext(s, id);
    data.answers = storage::LoadAnswers(s, id);
  });
  return data;
}

diagnostic::AnswerSet AnswerSetOf(const DiagnosticData& data) {
  diagnostic::AnswerSet set;
  set.context = data.context;
  for (const auto& [qid, record] : data.answers) {
    if (auto answer = diagnostic::Answer::Parse(record.answer)) set.answers[qid] = *answer;
  }
  return set;
}

storage::DiagnosticRecord CreateDiagnostic(Context& ctx, const tenancy::Structure& structure, bool from_previous) {
  const auto& r = CurrentReferential();
  storage::DiagnosticRecord d{crypto::NewId(), structure.id, structure.region_id, r.id, r.version, "context",
                              ctx.Who().user.id, "", ctx.services.clock.Now(), ctx.services.clock.Now(), 0, ""};
  ctx.services.db.Transact([&](storage::Session& s) {
    if (from_previous) {
      for (const auto& previous : storage::ListDiagnostics(s, {}, structure.id)) {
        if (previous.status == "locked") {
          d.previous_diagnostic_id = previous.id;
          break;
        }
      }
      if (d.previous_diagnostic_id.empty()) {
        throw core::AppError::Invalid("Aucun diagnostic verrouillé de cette structure ne peut servir de départ.",
                                      {{"from_previous", "Il faut un diagnostic verrouillé pour une réévaluation."}});
      }
    }
    storage::InsertDiagnostic(s, d);
    if (from_previous) storage::CopyDiagnosticContent(s, d.previous_diagnostic_id, d.id, d.created_at, ctx.Who().user.id);
    Audit(ctx, s, "diagnostic.created", d, from_previous ? "Réévaluation" : "Nouveau diagnostic");
  });
  return d;
}

void SaveDiagnosticContext(Context& ctx, const std::string& id, const std::map<std::string, std::string>& values) {
  const auto& r = CurrentReferential();
  std::vector<core::FieldError> errors;
  for (const auto& [key, value] : values) {
    const auto* item = r.FindContext(key);
    if (!item) {
      errors.push_back({key, "élément de contexte inconnu"});
      continue;
    }
    if (!item->options.empty() && !value.empty()) {
      bool known = false;
      for (const auto& o : item->options) known = known || o.value == value;
      if (!known) errors.push_back({key, "Choisissez une des valeurs proposées."});
    }
    if (item->kind == "number" && value.find_first_not_of("0123456789") != std::string::npos) {
      errors.push_back({key, "Indiquez un nombre entier."});
    }
    if (value.size() > 500) errors.push_back({key, "500 caractères au plus."});
  }
  if (!errors.empty()) throw core::AppError::Invalid("La fiche contexte n'a pas été enregistrée.", errors);
  ctx.services.db.Transact([&](storage::Session& s) {
    auto d = storage::FindDiagnostic(s, id);
    if (!d) throw core::AppError::NotFound("Ce diagnostic n'existe pas.");
    for (const auto& [key, value] : values) {
      if (!storage::SaveContextValue(s, id, key, value, ctx.services.clock.Now(), ctx.Who().user.id)) throw LockedError();
    }
    if (d->status == "context") storage::SetDiagnosticStatus(s, id, "interview", ctx.services.clock.Now(), ctx.Who().user.id);
  });
}

storage::SaveAnswerOutcome SaveDiagnosticAnswer(Context& ctx, const std::string& id, const std::string& question_id,
                                                const std::string& answer, const std::string& comment,
                                                const std::string& evidence, long long expected_revision) {
  std::vector<core::FieldError> errors;
  if (!CurrentReferential().FindQuestion(question_id)) errors.push_back({"question", "question inconnue : " + question_id});
  if (!diagnostic::Answer::Parse(answer)) errors.push_back({"answer", "réponse attendue : 0, 1, 2, 3, « ? » ou « na »"});
  if (comment.size() > 4000) errors.push_back({"comment", "4 000 caractères au plus."});
  if (evidence.size() > 4000) errors.push_back({"evidence", "4 000 caractères au plus."});
  if (!errors.empty()) throw core::AppError::Invalid("La réponse n'a pas été enregistrée.", errors);
  storage::SaveAnswerOutcome outcome;
  ctx.services.db.Transact([&](storage::Session& s) {
    outcome = storage::SaveAnswer(s, ctx.services.db.backend(), id, {question_id, answer, comment, evidence, 0, 0, ""},
                                  expected_revision, ctx.services.clock.Now(), ctx.Who().user.id);
  });
  if (outcome.kind == storage::SaveAnswerOutcome::Kind::kLocked) throw LockedError();
  if (outcome.kind == storage::SaveAnswerOutcome::Kind::kNotFound) throw core::AppError::NotFound("Ce diagnostic n'existe pas.");
  return outcome;
}

std::vector<storage::DiagnosticRecord> OtherDiagnostics(Context& ctx, const storage::DiagnosticRecord& current) {
  std::vector<storage::DiagnosticRecord> out;
  ctx.services.db.Run([&](storage::Session& s) {
    for (auto& d : storage::ListDiagnostics(s, {}, current.structure_id)) {
      if (d.id != current.id) out.push_back(std::move(d));
    }
  });
  return out;
}

DiagnosticData ComparedDiagnostic(Context& ctx, const DiagnosticData& current) {
  std::string other = ctx.request.Query("with");
  if (other.empty()) other = ctx.request.Query("avec");
  if (other.empty()) other = current.record.previous_diagnostic_id;
  if (other.empty()) {
    // No previous one named: the latest locked diagnostic made before this one.
    for (const auto& d : OtherDiagnostics(ctx, current.record)) {
      if (d.status == "locked" && d.created_at <= current.record.created_at) {
        other = d.id;
        break;
      }
    }
  }
  if (other.empty()) {
    throw core::AppError::NotFound("Cette structure n'a pas d'autre diagnostic validé auquel comparer celui-ci.");
  }
  if (other == current.record.id) {
    throw core::AppError::Invalid("Choisissez un autre diagnostic que celui-ci.", {{"with", "Choisissez un autre diagnostic."}});
  }
  DiagnosticData before = LoadDiagnosticData(ctx, other);
  if (before.record.structure_id != current.record.structure_id) {
    throw core::AppError::Invalid("On ne compare que deux diagnostics de la même structure.",
                                  {{"with", "Choisissez un diagnostic de la même structure."}});
  }
  return before;
}

void LockDiagnostic(Context& ctx, const std::string& id) {
  ctx.services.db.Transact([&](storage::Session& s) {
    auto d = storage::FindDiagnostic(s, id);
    if (!d) throw core::AppError::NotFound("Ce diagnostic n'existe pas.");
    if (!storage::SetDiagnosticStatus(s, id, "locked", ctx.services.clock.Now(), ctx.Who().user.id)) throw LockedError();
    // The plan is made in the same transaction: a locked diagnostic always has its items.
    DiagnosticData data{*d, storage::LoadContext(s, id), storage::LoadAnswers(s, id)};
    const auto& who = ctx.Who().user;
    const auto added = AddDiagnosticToPlan(s, CurrentReferential(), *d, AnswerSetOf(data), ctx.services.clock.Now(),
                                           who.display_name.empty() ? who.email : who.display_name);
    Audit(ctx, s, "diagnostic.locked", *d,
          "Diagnostic validé et verrouillé ; " + std::to_string(added) + " action(s) ajoutée(s) au plan");
  });
}

}  // namespace vigie::web
