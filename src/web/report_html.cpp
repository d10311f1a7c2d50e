#include "web/report_html.hpp"

#include "core/embedded.hpp"
#include "core/markup.hpp"
#include "report/typography.hpp"
#include "web/action_plan_actions.hpp"
#include "web/qr_code.hpp"
#include "web/radar_chart.hpp"
#include "web/templates.hpp"

namespace vigie {
const std::vector<core::EmbeddedFile>& WebFiles();
}

namespace vigie::web {
namespace {

std::string Decimal(double v) { return report::FormatDecimal(v, 1); }

View FindingsView(const std::vector<report::Finding>& findings) {
  View list = List();
  for (const auto& f : findings) {
    View v = Object();
    v.set("question", f.question);
    v.set("answer", f.answer);
    if (!f.comment.empty()) v.set("comment", f.comment);
    if (!f.evidence.empty()) v.set("evidence", f.evidence);
    list.push_back(v);
  }
  return list;
}

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out.empty() ? "—" : out;
}

View ParagraphsView(const std::vector<std::string>& paragraphs) {
  View list = List();
  for (const auto& p : paragraphs) list.push_back(View(p));
  return list;
}

View ReportView(const report::ReportModel& m) {
  View v = Object();
  v.set("structure_name", m.structure_name);
  v.set("finess", m.finess);
  v.set("category", m.category);
  v.set("centre", m.centre_name);
  v.set("consultant", m.consultant);
  v.set("interview_date", m.interview_date);
  v.set("locked_date", m.locked_date);
  v.set("generated_at", m.generated_at);
  v.set("referential", m.referential);
  v.set("confidentiality", m.confidentiality);
  v.set("global", m.global ? Decimal(*m.global) + "\u00A0/\u00A0100" : std::string("—"));
  v.set("answered", std::to_string(m.answered) + " réponses sur " + std::to_string(m.asked) + " questions posées");
  v.set("summary_intro", ParagraphsView(m.summary_intro));
  v.set("method", ParagraphsView(m.method));
  v.set("next_steps", ParagraphsView(m.next_steps));
  View strengths = List();
  for (const auto& s : m.strengths) strengths.push_back(View(s));
  v.set("strengths", strengths);
  View context = List();
  for (const auto& c : m.context) {
    View row = Object();
    row.set("label", c.label);
    row.set("value", c.value);
    context.push_back(row);
  }
  v.set("context", context);
  View scale = List();
  for (const auto& s : m.scale) {
    View row = Object();
    row.set("level", std::to_string(s.level));
    row.set("name", s.name);
    row.set("description", s.description);
    scale.push_back(row);
  }
  v.set("scale", scale);
  std::map<std::string, const report::MeasureEntry*> by_id;
  View measures = List();
  View top = List();
  View annex = List();
  for (const auto& e : m.measures) {
    by_id[e.id] = &e;
    View row = Object();
    row.set("id", e.id);
    row.set("rank", std::to_string(e.rank));
    row.set("priority", "P" + std::to_string(e.priority));
    row.set("priority_class", "badge-p" + std::to_string(e.priority));
    row.set("title", e.title);
    row.set("domain", e.domain_title);
    row.set("horizon", e.horizon);
    row.set("effort", e.effort);
    row.set("cost", e.cost);
    row.set("who", e.who);
    row.set("reason", e.reason);
    row.set("why", e.why);
    row.set("how", e.how);
    if (e.rank <= 6) top.push_back(row);
    measures.push_back(row);
    View a = Object();
    a.set("id", e.id);
    a.set("title", e.title);
    auto mapping = [&](const char* key) {
      auto it = e.mappings.find(key);
      return it == e.mappings.end() ? std::string("—") : Join(it->second);
    };
    a.set("anssi", mapping("anssi"));
    a.set("pgssi", mapping("pgssi"));
    a.set("care", mapping("care"));
    a.set("has", mapping("has"));
    a.set("nis2", mapping("nis2"));
    a.set("recyf", mapping("recyf"));
    annex.push_back(a);
  }
  v.set("top", top);
  v.set("measures", measures);
  v.set("annex", annex);
  std::vector<RadarAxis> axes;
  View domains = List();
  int n = 0;
  for (const auto& d : m.domains) {
    axes.push_back({d.title, d.score});
    View row = Object();
    row.set("anchor", "domaine-" + std::to_string(++n));
    row.set("number", std::to_string(n));
    row.set("title", d.title);
    row.set("summary", d.summary);
    row.set("score", d.score ? Decimal(*d.score) + "\u00A0/\u00A05" : std::string("Non évalué"));
    row.set("level", d.score ? std::to_string(d.level) + " — " + d.level_name : std::string("—"));
    row.set("coverage", std::to_string(d.answered) + " / " + std::to_string(d.asked));
    row.set("strengths", FindingsView(d.strengths));
    row.set("has_strengths", !d.strengths.empty());
    row.set("weaknesses", FindingsView(d.weaknesses));
    row.set("has_weaknesses", !d.weaknesses.empty());
    View dm = List();
    for (const auto& id : d.measure_ids) {
      auto it = by_id.find(id);
      if (it == by_id.end()) continue;
      View x = Object();
      x.set("title", it->second->title);
      x.set("priority", "P" + std::to_string(it->second->priority));
      x.set("priority_class", "badge-p" + std::to_string(it->second->priority));
      dm.push_back(x);
    }
    row.set("measures", dm);
    row.set("has_measures", !d.measure_ids.empty());
    domains.push_back(row);
  }
  v.set("domains", domains);
  v.set("radar", SvgDataUri(RadarSvg(axes)));
  View plan = List();
  for (const auto& p : m.plan) {
    View row = Object();
    row.set("priority", "P" + std::to_string(p.priority));
    row.set("priority_class", "badge-p" + std::to_string(p.priority));
    row.set("title", p.title);
    row.set("domain", p.domain_title);
    row.set("horizon", p.horizon);
    row.set("owner", p.owner.empty() ? std::string("—") : p.owner);
    row.set("due", p.due_date.empty() ? std::string("—") : FrenchDay(p.due_date));
    row.set("progress", std::to_string(p.progress));
    plan.push_back(row);
  }
  v.set("plan", plan);
  View glossary = List();
  for (const auto& g : m.glossary) {
    View row = Object();
    row.set("term", g.term);
    row.set("definition", g.definition);
    glossary.push_back(row);
  }
  v.set("glossary", glossary);
  return v;
}

}  // namespace

std::string ReportHtmlBody(Templates& templates, const report::ReportModel& model) {
  return templates.Render("report_full", ReportView(model));
}

std::string ReportHtmlDocument(const report::ReportModel& model) {
  Templates templates;
  const auto css = core::FindEmbedded(WebFiles(), "assets/vigie.css");
  return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" +
         core::EscapeMarkup("Rapport de diagnostic — " + model.structure_name) + "</title><style>" +
         (css ? std::string(*css) : std::string()) + "</style></head><body><main class=\"report\">" +
         ReportHtmlBody(templates, model) + "</main></body></html>\n";
}

}  // namespace vigie::web
