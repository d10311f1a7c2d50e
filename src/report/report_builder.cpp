#include "report/report_builder.hpp"

#include <algorithm>

#include "actionplan/plan_builder.hpp"
#include "core/french_format.hpp"
#include "diagnostic/prioritization.hpp"
#include "diagnostic/scoring.hpp"

namespace vigie::report {
namespace {

const referential::Domain* DomainOf(const referential::Referential& r, const std::string& id) {
  for (const auto& d : r.domains) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

std::string AnswerLabel(const referential::Question& q, const std::string& answer) {
  if (answer.empty()) return "Sans réponse";
  if (answer == "?") return "Je ne sais pas";
  if (answer == "na") return "Non applicable";
  const int level = answer[0] - '0';
  if (level < 0 || level > 3) return answer;
  return "Niveau " + answer + " — " + q.levels[level];
}

Finding FindingOf(const referential::Question& q, const std::map<std::string, AnswerNote>& answers) {
  Finding f;
  f.question_id = q.id;
  f.question = q.text;
  auto it = answers.find(q.id);
  const std::string answer = it == answers.end() ? "" : it->second.answer;
  f.answer = AnswerLabel(q, answer);
  f.level = answer.size() == 1 && answer[0] >= '0' && answer[0] <= '3' ? answer[0] - '0' : -1;
  if (it != answers.end()) {
    f.comment = it->second.comment;
    f.evidence = it->second.evidence;
  }
  return f;
}

std::vector<LabeledValue> ContextOf(const referential::Referential& r, const std::map<std::string, std::string>& context) {
  std::vector<LabeledValue> out;
  for (const auto& item : r.context) {
    auto it = context.find(item.id);
    if (it == context.end() || it->second.empty()) continue;
    std::string value = it->second;
    for (const auto& o : item.options) {
      if (o.value == value) value = o.label;
    }
    out.push_back({item.label, value});
  }
  return out;
}

std::string WhoOf(const referential::Measure& m) {
  std::string who;
  for (const auto& w : m.who) who += (who.empty() ? "" : ", ") + actionplan::ActorLabel(w);
  return who;
}

}  // namespace

ReportModel BuildReportModel(const referential::Referential& r, const ReportTexts& texts, const ReportInputs& in) {
  ReportModel m;
  m.diagnostic_id = in.diagnostic_id;
  m.structure_id = in.structure_id;
  m.structure_name = in.structure_name;
  m.finess = in.finess;
  m.category = in.category;
  m.centre_name = in.centre_name;
  m.consultant = in.consultant;
  m.interview_date = in.interview_at ? core::FormatDate(in.interview_at) : "";
  m.locked_date = in.locked_at ? core::FormatDate(in.locked_at) : "";
  m.generated_at = core::FormatDateTime(in.generated_at);
  m.referential = in.referential;
  m.context = ContextOf(r, in.context);
  m.summary_intro = texts.summary_intro;
  m.confidentiality = texts.confidentiality;
  m.method = texts.method;
  m.next_steps = texts.next_steps;
  m.glossary = texts.glossary;
  std::sort(m.glossary.begin(), m.glossary.end(), [](const auto& a, const auto& b) { return a.term < b.term; });
  for (const auto& level : r.maturity_levels) m.scale.push_back({level.level, level.name, level.description});

  diagnostic::AnswerSet set;
  set.context = in.context;
  for (const auto& [qid, note] : in.answers) {
    if (auto a = diagnostic::Answer::Parse(note.answer)) set.answers[qid] = *a;
  }
  const auto score = diagnostic::Score(r, set);
  const auto priorities = diagnostic::Prioritize(r, set);
  m.global = score.global;
  m.asked = score.asked;
  m.answered = score.answered;

  for (const auto& p : priorities) {
    const auto* measure = r.FindMeasure(p.measure_id);
    if (!measure) continue;
    const auto* domain = DomainOf(r, measure->domain_id);
    MeasureEntry e;
    e.id = measure->id;
    e.title = measure->title;
    e.domain_title = domain ? domain->title : measure->domain_id;
    e.why = measure->why;
    e.how = measure->how;
    e.who = WhoOf(*measure);
    e.effort = measure->effort;
    e.cost = measure->cost == "0" ? "Sans coût" : measure->cost;
    e.priority = p.priority;
    e.rank = p.rank;
    e.horizon = p.horizon;
    e.quick_win = p.quick_win;
    e.reason = p.why;
    e.mappings = measure->mappings;
    m.measures.push_back(std::move(e));
  }

  for (std::size_t i = 0; i < r.domains.size() && i < score.domains.size(); ++i) {
    const auto& d = r.domains[i];
    const auto& ds = score.domains[i];
    DomainSection section;
    section.id = d.id;
    section.title = d.title;
    section.summary = d.summary;
    section.score = ds.score;
    section.level = ds.level;
    section.level_name = ds.level_name;
    section.asked = ds.asked;
    section.answered = ds.answered;
    section.coverage_gaps = static_cast<int>(ds.coverage_gaps.size());
    for (const auto& qid : d.question_ids) {
      auto it = set.answers.find(qid);
      if (it == set.answers.end() || it->second.kind != diagnostic::Answer::Kind::kLevel || it->second.level != 3) continue;
      if (const auto* q = r.FindQuestion(qid)) section.strengths.push_back(FindingOf(*q, in.answers));
    }
    for (const auto& lost : ds.pulled_down) {
      if (const auto* q = r.FindQuestion(lost.question_id)) section.weaknesses.push_back(FindingOf(*q, in.answers));
    }
    for (const auto& e : m.measures) {
      const auto* measure = r.FindMeasure(e.id);
      if (measure && measure->domain_id == d.id) section.measure_ids.push_back(e.id);
    }
    m.domains.push_back(std::move(section));
  }

  // The three best domains, the strongest first (order of the referential on ties).
  std::vector<const DomainSection*> scored;
  for (const auto& d : m.domains) {
    if (d.score) scored.push_back(&d);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto* a, const auto* b) { return *a->score > *b->score; });
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) m.strengths.push_back(scored[i]->title);

  for (auto row : in.plan) {
    if (const auto* measure = r.FindMeasure(row.measure_id)) {
      const auto* domain = DomainOf(r, measure->domain_id);
      row.domain_title = domain ? domain->title : measure->domain_id;
      row.title = measure->title;
      row.why = measure->why;
      row.how = measure->how;
    }
    m.plan.push_back(std::move(row));
  }
  std::stable_sort(m.plan.begin(), m.plan.end(), [](const PlanRow& a, const PlanRow& b) { return a.priority < b.priority; });
  return m;
}

}  // namespace vigie::report
