// Pages of the maturity diagnostic: start (or re-assess) from the structure page,
// 1. context sheet, 2. interview by domain with autosave, 3. restitution with scores,
// priorities and the lock. Writes go through diagnostic_actions (shared with the API).

#include "core/french_format.hpp"
#include "report/typography.hpp"
#include "diagnostic/applicability.hpp"
#include "diagnostic/comparison.hpp"
#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"
#include "storage/tenancy_repository.hpp"
#include "web/diagnostic_actions.hpp"
#include "web/qr_code.hpp"
#include "web/radar_chart.hpp"
#include "web/view_helpers.hpp"
#include "web/web_app.hpp"

namespace vigie::web {
namespace {

using tenancy::Action;

std::string StatusLabel(const std::string& status) {
  if (status == "context") return "Fiche contexte";
  if (status == "interview") return "Entretien en cours";
  if (status == "locked") return "Validé et verrouillé";
  return status;
}

// Scores as the reports write them: one decimal, French comma.
std::string OneDecimal(double v) { return report::FormatDecimal(v, 1); }

View HeaderView(Context& ctx, const DiagnosticData& data, const std::string& step) {
  View v = Object();
  v.set("id", data.record.id);
  v.set("diagnostic_id", data.record.id);  // inside loops, {{id}} is the item's
  v.set("status", StatusLabel(data.record.status));
  v.set("locked", data.record.status == "locked");
  v.set("created_at", core::FormatDate(data.record.created_at));
  const tenancy::Scope scope{data.record.region_id, data.record.structure_id};
  const bool can_run = tenancy::Allows(ctx.Principal(), Action::kRunDiagnostic, scope) && data.record.status != "locked";
  v.set("can_run", can_run);
  v.set("step_context", step == "context");
  v.set("step_interview", step == "interview");
  v.set("step_results", step == "results");
  ctx.services.db.Run([&](storage::Session& s) {
    if (auto st = storage::FindStructure(s, data.record.structure_id)) {
      v.set("structure_name", st->name);
      v.set("structure_id", st->id);
    }
  });
  return v;
}

Response ContextPage(Context& ctx, const std::vector<core::FieldError>& errors, const std::map<std::string, std::string>& typed,
                     int status) {
  const auto data = LoadDiagnosticData(ctx, ctx.request.Param("id"));
  View v = HeaderView(ctx, data, "context");
  View merged = ErrorsView(errors);
  View items = List();
  for (const auto& item : CurrentReferential().context) {
    View i = Object();
    i.set("id", item.id);
    i.set("label", item.label);
    if (!item.help.empty()) i.set("help", item.help);
    auto value_it = typed.find(item.id);
    const std::string value = value_it != typed.end() ? value_it->second
                              : data.context.count(item.id) ? data.context.at(item.id) : "";
    i.set("value", value);
    i.set("is_choice", !item.options.empty());
    View options = List();
    for (const auto& o : item.options) options.push_back(Option(o.value, o.label, o.value == value));
    i.set("options", options);
    for (const auto& e : errors) {
      if (e.field == item.id) i.set("error", e.message);
    }
    items.push_back(i);
  }
  v.set("items", items);
  v.set("errors", merged.get("errors") ? *merged.get("errors") : List());
  v.set("has_errors", !errors.empty());
  v.set("summary", "La fiche contexte n'a pas été enregistrée");
  return ctx.Page("diagnostic_context", "Fiche contexte", v, status);
}

Response InterviewPage(Context& ctx) {
  const auto data = LoadDiagnosticData(ctx, ctx.request.Param("id"));
  const auto& r = CurrentReferential();
  const auto set = AnswerSetOf(data);
  const auto report = diagnostic::Score(r, set);
  std::string current = ctx.request.Query("domaine");
  if (!current.empty() && std::none_of(r.domains.begin(), r.domains.end(), [&](const auto& d) { return d.id == current; })) {
    throw core::AppError::NotFound("Ce domaine n'existe pas.");
  }
  if (current.empty()) current = r.domains.front().id;
  View v = HeaderView(ctx, data, "interview");
  View nav = List();
  for (std::size_t i = 0; i < r.domains.size(); ++i) {
    const auto& d = r.domains[i];
    const auto& ds = report.domains[i];
    View n = Object();
    n.set("id", d.id);
    n.set("title", d.title);
    n.set("current", d.id == current);
    n.set("progress", std::to_string(ds.answered + static_cast<int>(ds.coverage_gaps.size()) -
                                     static_cast<int>(std::count_if(ds.coverage_gaps.begin(), ds.coverage_gaps.end(),
                                                                    [&](const std::string& q) { return !data.answers.count(q); }))) +
                              " / " + std::to_string(ds.asked));
    nav.push_back(n);
    if (d.id != current) continue;
    v.set("domain_title", d.title);
    v.set("domain_summary", d.summary);
    if (i + 1 < r.domains.size()) v.set("next_domain", r.domains[i + 1].id);
    View questions = List();
    const auto not_applicable = diagnostic::NotApplicableByContext(r, set);
    for (const auto& qid : d.question_ids) {
      const auto* q = r.FindQuestion(qid);
      const auto applicability = diagnostic::ApplicabilityOf(r, *q, set, not_applicable);
      if (applicability == diagnostic::Applicability::kHidden) continue;
      View qv = Object();
      qv.set("id", q->id);
      qv.set("dom_id", "q-" + q->id);
      qv.set("text", q->text);
      qv.set("help", q->help);
      qv.set("na_by_context", applicability == diagnostic::Applicability::kNotApplicableByContext);
      auto it = data.answers.find(qid);
      const std::string answer = it == data.answers.end() ? "" : it->second.answer;
      qv.set("revision", std::to_string(it == data.answers.end() ? 0 : it->second.revision));
      qv.set("comment", it == data.answers.end() ? "" : it->second.comment);
      qv.set("evidence", it == data.answers.end() ? "" : it->second.evidence);
      View choices = List();
      const std::pair<std::string, std::string> kChoices[] = {
          {"0", q->levels[0]}, {"1", q->levels[1]}, {"2", q->levels[2]}, {"3", q->levels[3]},
          {"?", "Je ne sais pas"}, {"na", "Non applicable"}};
      for (const auto& [value, label] : kChoices) {
        View c = Object();
        c.set("value", value);
        c.set("key", value == "na" ? "n" : value);
        c.set("label", value.size() == 1 && value != "?" ? "Niveau " + value + " — " + label : label);
        c.set("checked", value == answer);
        c.set("input_id", "q-" + q->id + "-" + (value == "?" ? "dk" : value));
        choices.push_back(c);
      }
      qv.set("choices", choices);
      questions.push_back(qv);
    }
    v.set("questions", questions);
  }
  v.set("domains", nav);
  return ctx.Page("diagnostic_interview", "Entretien", v);
}

Response ResultsPage(Context& ctx) {
  const auto data = LoadDiagnosticData(ctx, ctx.request.Param("id"));
  const auto& r = CurrentReferential();
  const auto set = AnswerSetOf(data);
  const auto report = diagnostic::Score(r, set);
  View v = HeaderView(ctx, data, "results");
  v.set("global", report.global ? OneDecimal(*report.global) + "\u00A0/\u00A0100" : std::string("—"));
  v.set("answered", std::to_string(report.answered) + " réponses sur " + std::to_string(report.asked) + " questions posées");
  View domains = List();
  for (std::size_t i = 0; i < r.domains.size(); ++i) {
    const auto& ds = report.domains[i];
    View d = Object();
    d.set("title", r.domains[i].title);
    d.set("score", ds.score ? OneDecimal(*ds.score) + "\u00A0/\u00A05" : std::string("Non évalué"));
    d.set("level", ds.score ? std::to_string(ds.level) + " — " + ds.level_name : std::string("—"));
    d.set("level_class", "badge-level-" + std::to_string(ds.score ? std::max(0, ds.level - 1) : 0));
    d.set("gaps", ds.coverage_gaps.empty() ? std::string() : std::to_string(ds.coverage_gaps.size()) + " « je ne sais pas » ou sans réponse");
    domains.push_back(d);
  }
  v.set("domains", domains);
  std::vector<RadarAxis> axes;
  std::string alt = "Radar des scores par domaine, de 0 à 5 : ";
  for (std::size_t i = 0; i < r.domains.size(); ++i) {
    axes.push_back({r.domains[i].title, report.domains[i].score});
    alt += r.domains[i].title + " " + (report.domains[i].score ? OneDecimal(*report.domains[i].score) : "non évalué") +
           (i + 1 < r.domains.size() ? " ; " : ".");
  }
  v.set("radar", SvgDataUri(RadarSvg(axes)));
  v.set("radar_alt", alt);
  // What pulled each domain down: its three heaviest losses.
  View explanations = List();
  for (std::size_t i = 0; i < r.domains.size(); ++i) {
    const auto& ds = report.domains[i];
    if (ds.pulled_down.empty()) continue;
    View e = Object();
    e.set("title", r.domains[i].title);
    View items = List();
    for (std::size_t k = 0; k < ds.pulled_down.size() && k < 3; ++k) {
      const auto* q = r.FindQuestion(ds.pulled_down[k].question_id);
      View item = Object();
      item.set("question", q ? q->text : ds.pulled_down[k].question_id);
      item.set("answer", ds.pulled_down[k].answer.empty() ? std::string("sans réponse")
                         : ds.pulled_down[k].answer == "?" ? std::string("je ne sais pas")
                                                            : "niveau " + ds.pulled_down[k].answer);
      items.push_back(item);
    }
    e.set("items", items);
    explanations.push_back(e);
  }
  v.set("explanations", explanations);
  View priorities = List();
  View top = List();
  for (const auto& p : diagnostic::Prioritize(r, set)) {
    const auto* m = r.FindMeasure(p.measure_id);
    View pv = Object();
    pv.set("rank", std::to_string(p.rank));
    pv.set("priority", "P" + std::to_string(p.priority));
    pv.set("priority_class", "badge-p" + std::to_string(p.priority));
    pv.set("title", m->title);
    pv.set("horizon", p.horizon);
    pv.set("why", p.why);
    pv.set("quick_win", p.quick_win);
    if (p.rank <= 6) top.push_back(pv);
    priorities.push_back(pv);
  }
  v.set("top", top);
  v.set("priorities", priorities);
  v.set("has_priorities", !diagnostic::Prioritize(r, set).empty());
  v.set("has_previous", !OtherDiagnostics(ctx, data.record).empty());
  v.set("see_plan", tenancy::Allows(ctx.Principal(), Action::kViewActionPlan,
                                    {data.record.region_id, data.record.structure_id}));
  return ctx.Page("diagnostic_results", "Restitution", v);
}

std::string Signed(double delta) {
  if (delta > 0.05) return "+" + OneDecimal(delta);
  if (delta < -0.05) return OneDecimal(delta);
  return "=";
}

Response ComparisonPage(Context& ctx) {
  const auto after = LoadDiagnosticData(ctx, ctx.request.Param("id"));
  const auto before = ComparedDiagnostic(ctx, after);
  const auto& r = CurrentReferential();
  const auto c = diagnostic::Compare(r, AnswerSetOf(before), AnswerSetOf(after));
  View v = HeaderView(ctx, after, "results");
  v.set("before_date", core::FormatDate(before.record.created_at));
  v.set("before_id", before.record.id);
  View choices = List();
  for (const auto& d : OtherDiagnostics(ctx, after.record)) {
    choices.push_back(Option(d.id,
                             "Diagnostic du " + core::FormatDate(d.created_at) +
                                 (d.status == "locked" ? " (validé)" : " (en cours)"),
                             d.id == before.record.id));
  }
  v.set("choices", choices);
  auto fmt = [](const std::optional<double>& s, const char* unit) {
    return s ? OneDecimal(*s) + "\u00A0/\u00A0" + unit : std::string("—");
  };
  v.set("global_before", fmt(c.global_before, "100"));
  v.set("global_after", fmt(c.global_after, "100"));
  View domains = List();
  for (std::size_t i = 0; i < c.domains.size(); ++i) {
    View d = Object();
    d.set("title", r.domains[i].title);
    d.set("before", fmt(c.domains[i].before, "5"));
    d.set("after", fmt(c.domains[i].after, "5"));
    d.set("delta", c.domains[i].delta ? Signed(*c.domains[i].delta) : std::string("—"));
    domains.push_back(d);
  }
  v.set("domains", domains);
  auto titles = [&](const std::vector<std::string>& ids) {
    View list = List();
    for (const auto& id : ids) {
      View m = Object();
      m.set("title", r.FindMeasure(id)->title);
      list.push_back(m);
    }
    return list;
  };
  v.set("resolved", titles(c.resolved_measures));
  v.set("has_resolved", !c.resolved_measures.empty());
  v.set("added", titles(c.new_measures));
  v.set("has_added", !c.new_measures.empty());
  return ctx.Page("diagnostic_comparison", "Comparaison", v);
}

}  // namespace

void AddDiagnosticRoutes(WebApp& app) {
  app.Add("GET", "/diagnostics/{id:id}/comparaison", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, ComparisonPage});
  app.Add("POST", "/structures/{id:id}/diagnostics", {Guard::kSignedIn, Action::kRunDiagnostic, StructureScopeOfPath, [](Context& ctx) {
            const auto st = StructureOfPath(ctx);
            try {
              const auto d = CreateDiagnostic(ctx, st, ctx.request.FormValue("from_previous") == "1");
              return ctx.RedirectWithFlash("/diagnostics/" + d.id + "/contexte", "success",
                                           "Diagnostic créé : commencez par la fiche contexte.");
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return ctx.RedirectWithFlash("/structures/" + st.id, "error", e.what());
            }
          }});
  app.Add("GET", "/diagnostics/{id:id}", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, ResultsPage});
  app.Add("GET", "/diagnostics/{id:id}/contexte", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath,
                                                   [](Context& ctx) { return ContextPage(ctx, {}, {}, 200); }});
  app.Add("POST", "/diagnostics/{id:id}/contexte", {Guard::kSignedIn, Action::kRunDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            std::map<std::string, std::string> values;
            for (const auto& item : CurrentReferential().context) values[item.id] = tenancy::TrimCopy(ctx.request.FormValue(item.id));
            try {
              SaveDiagnosticContext(ctx, ctx.request.Param("id"), values);
            } catch (const core::AppError& e) {
              if (e.kind() != core::ErrorKind::kInvalid) throw;
              return ContextPage(ctx, e.fields(), values, 422);
            }
            return ctx.RedirectWithFlash("/diagnostics/" + ctx.request.Param("id") + "/entretien", "success",
                                         "Fiche contexte enregistrée.");
          }});
  app.Add("GET", "/diagnostics/{id:id}/entretien", {Guard::kSignedIn, Action::kViewDiagnostic, DiagnosticScopeOfPath, InterviewPage});
  // Without JavaScript, each question's form posts here; with it, answers go to the API.
  app.Add("POST", "/diagnostics/{id:id}/reponses", {Guard::kSignedIn, Action::kRunDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            const std::string question = ctx.request.FormValue("question");
            long long revision = 0;
            try {
              revision = std::stoll("0" + ctx.request.FormValue("revision"));
            } catch (...) {
            }
            const auto outcome = SaveDiagnosticAnswer(ctx, ctx.request.Param("id"), question, ctx.request.FormValue("answer"),
                                                      ctx.request.FormValue("comment"), ctx.request.FormValue("evidence"), revision);
            const auto* q = CurrentReferential().FindQuestion(question);
            const std::string back = "/diagnostics/" + ctx.request.Param("id") + "/entretien?domaine=" + q->domain_id + "#q-" + question;
            if (outcome.kind == storage::SaveAnswerOutcome::Kind::kConflict) {
              return ctx.RedirectWithFlash(back, "warning",
                                           "Cette réponse a été modifiée par une autre personne entre-temps : la page montre la version enregistrée.");
            }
            return ctx.RedirectWithFlash(back, "success", "Réponse enregistrée.");
          }});
  app.Add("POST", "/diagnostics/{id:id}/verrouiller", {Guard::kSignedIn, Action::kRunDiagnostic, DiagnosticScopeOfPath, [](Context& ctx) {
            LockDiagnostic(ctx, ctx.request.Param("id"));
            return ctx.RedirectWithFlash("/diagnostics/" + ctx.request.Param("id"), "success",
                                         "Diagnostic validé et verrouillé : ses résultats ne changeront plus.");
          }});
}

}  // namespace vigie::web
