#include "sample_report_model.hpp"

#include <algorithm>
#include <cstdio>

#include "sample_texts.hpp"

namespace vigie::testing {
namespace {

const char* const kLevelNames[] = {"",         "Exposé",    "Fragile", "En construction",
                                   "Maîtrisé", "Exemplaire"};

int LevelOf(double score) {
  return score < 1 ? 1 : score < 2 ? 2 : score < 3 ? 3 : score < 4.25 ? 4 : 5;
}

// Comments as consultants write them, with the characters markup cares about.
const char* const kComments[] = {
    "Le prestataire & l'éditeur se renvoient la responsabilité : personne ne sait qui décide !",
    "Mot de passe « Ehpad2024 » partagé par l'équipe de nuit ; affiché sur le poste <accueil>.",
    "",
    "À vérifier avec la direction : la convention date de 2017 ? Le document n'a pas été retrouvé.",
    "Sauvegarde sur un disque USB branché en permanence (x < 1 copie hors ligne) : risque majeur.",
    "Voir "
    "https://cyber.gouv.fr/publications/guide-dhygiene-informatique-renforcer-la-securite-de-son-"
    "systeme-dinformation-en-42-mesures pour la mesure de référence.",
    "",
    "Réponse donnée par la cadre de santé ; à confirmer avec le référent informatique.",
};

const char* const kEvidence[] = {"", "Contrat de maintenance du 12/03/2021, article 7.", "",
                                 "Capture d'écran de la "
                                 "console d'administration (accès > 3 comptes génériques).",
                                 ""};

}  // namespace

report::ReportModel SampleReportModel() {
  report::ReportModel m;
  m.diagnostic_id = "01J9SAMPLEDIAGNOSTIC000000";
  m.structure_id = "01J9SAMPLESTRUCTURE0000000";
  m.structure_name = "EHPAD Les Tilleuls & Les Acacias";
  m.finess = "210012345";
  m.category = "EHPAD";
  m.centre_name = "Centre régional de ressources cyber Bourgogne-Franche-Comté";
  m.consultant = "Camille Martin";
  m.interview_date = "29/11/2026";
  m.locked_date = "02/12/2026";
  m.generated_at = "03/12/2026 à 14 h 05";
  m.referential = "Vigie 2026.1";
  m.context = {{"Nombre de sites", "3"},
               {"Soins médicaux sur place", "Oui (infirmerie, circuit du médicament)"},
               {"Messagerie", "Hébergée sur un serveur de la structure"},
               {"Annuaire des comptes", "Active Directory géré par le prestataire"},
               {"Wi-Fi des résidents", "Partagé avec le réseau du personnel"},
               {"Serveurs", "Dans un local technique non fermé à clé"}};
  m.scale = {
      {1, "Exposé",
       "Les protections de base manquent : un incident courant pourrait arrêter l'activité."},
      {2, "Fragile",
       "Quelques protections existent, sans organisation : elles tiennent à une personne."},
      {3, "En construction", "L'essentiel est en place mais incomplet ou non vérifié."},
      {4, "Maîtrisé", "Les mesures sont en place, connues et vérifiées régulièrement."},
      {5, "Exemplaire",
       "Les mesures sont vérifiées, améliorées après chaque exercice ou incident."}};

  const auto& domains = SampleDomains();
  const double scores[] = {2.4, 1.6, 3.1, 0.8, 1.2, 2.0, 3.6, 1.9,
                           1.4, -1,  0.6, 2.7, 1.1, 0.9, 4.4};
  int finding_index = 0;
  for (std::size_t d = 0; d < domains.size(); ++d) {
    const auto& source = domains[d];
    report::DomainSection domain;
    domain.id = source.id;
    domain.title = source.title;
    const double score = scores[d % std::size(scores)];
    if (score >= 0) {
      domain.score = score;
      domain.level = LevelOf(score);
      domain.level_name = kLevelNames[domain.level];
      domain.summary = "Le domaine « " + domain.title + " » est au niveau " + domain.level_name +
                       " : les réponses montrent des pratiques réelles mais inégales selon les "
                       "sites ; les points "
                       "faibles ci-dessous expliquent l'essentiel de l'écart.";
      const std::size_t count =
          source.questions.size() + 2;  // two questions asked again for the annex site
      domain.asked = static_cast<int>(count);
      for (std::size_t q = 0; q < count; ++q) {
        const auto& question = source.questions[q % source.questions.size()];
        report::Finding finding;
        finding.question_id = std::string(source.id) + ".q" + std::to_string(q + 1);
        finding.question = question.question;
        if (q >= source.questions.size()) finding.question += " (site annexe)";
        const int pattern[] = {0, 1, 3, 2, -1, 1, 0, 3, 2, 1, 0};
        finding.level = pattern[(static_cast<std::size_t>(finding_index) + d) % std::size(pattern)];
        if (finding.level >= 0) {
          finding.answer = "Niveau " + std::to_string(finding.level) + " — " +
                           question.levels[static_cast<std::size_t>(finding.level)];
          ++domain.answered;
        } else {
          finding.answer = finding_index % 2 == 0 ? "Je ne sais pas" : "Sans réponse";
          ++domain.coverage_gaps;
        }
        finding.comment = kComments[static_cast<std::size_t>(finding_index) % std::size(kComments)];
        finding.evidence =
            kEvidence[static_cast<std::size_t>(finding_index) % std::size(kEvidence)];
        ++finding_index;
        (finding.level == 3 ? domain.strengths : domain.weaknesses).push_back(std::move(finding));
      }
      std::stable_sort(
          domain.weaknesses.begin(), domain.weaknesses.end(),
          [](const report::Finding& a, const report::Finding& b) { return a.level < b.level; });
    } else {
      domain.summary =
          "Aucune question de ce domaine ne s'applique à la structure : il n'est pas évalué.";
    }
    m.asked += domain.asked;
    m.answered += domain.answered;
    m.domains.push_back(std::move(domain));
  }
  m.global = 46.3;
  m.strengths = {domains[14].title, domains[6].title, domains[2].title};

  // Measures: priorities from the domain's weakness, ranked by priority then domain.
  for (std::size_t d = 0; d < domains.size(); ++d) {
    for (std::size_t k = 0; k < domains[d].measures.size(); ++k) {
      const auto& source = domains[d].measures[k];
      report::MeasureEntry e;
      e.id = source.id;
      e.title = source.title;
      e.domain_title = domains[d].title;
      e.why = source.why;
      e.how =
          "1. Le référent organise la mesure avec le prestataire.\n2. La direction valide et suit.";
      e.who = k % 2 == 0 ? "Direction, Prestataire informatique" : "Référent sécurité";
      e.effort = source.effort;
      e.cost = source.cost;
      const double score = scores[d % std::size(scores)];
      e.priority = std::clamp(static_cast<int>(k) / 2 + (score < 1.5   ? 1
                                                         : score < 2.5 ? 2
                                                                       : 3),
                              1, 4);
      e.horizon = e.priority == 1   ? "3 mois"
                  : e.priority == 2 ? "6 mois"
                  : e.priority == 3 ? "12 mois"
                                    : "18 mois";
      e.quick_win = (e.effort == "XS" || e.effort == "S") && e.cost == "Sans coût";
      e.reason = "Priorité " + std::to_string(e.priority) + " : le domaine « " + e.domain_title +
                 " » est fragile et cette mesure réduit directement le risque d'arrêt de "
                 "l'accompagnement.";
      e.mappings = source.mappings;
      m.measures.push_back(std::move(e));
    }
  }
  std::stable_sort(m.measures.begin(), m.measures.end(),
                   [](const report::MeasureEntry& a, const report::MeasureEntry& b) {
                     return a.priority < b.priority;
                   });
  for (std::size_t i = 0; i < m.measures.size(); ++i) m.measures[i].rank = static_cast<int>(i + 1);
  for (auto& domain : m.domains) {
    for (const auto& e : m.measures) {
      if (e.domain_title == domain.title && domain.score) domain.measure_ids.push_back(e.id);
    }
  }

  const char* const statuses[] = {"todo",  "doing", "todo",      "done",
                                  "doing", "todo",  "abandoned", "todo"};
  const char* const owners[] = {"Mme Durand (directrice)", "M. Petit (référent)",
                                "Prestataire InfoSanté & Cie", ""};
  for (std::size_t i = 0; i < m.measures.size(); ++i) {
    const auto& e = m.measures[i];
    report::PlanRow row;
    char id[32];
    std::snprintf(id, sizeof id, "01J9ITEM%018zu", i);
    row.item_id = id;
    row.measure_id = e.id;
    row.domain_title = e.domain_title;
    row.title = e.title;
    row.why = e.why;
    row.how = e.how;
    row.priority = e.priority;
    row.horizon = e.horizon;
    row.owner = owners[i % std::size(owners)];
    row.due_date = i % 3 == 0 ? "" : "2027-0" + std::to_string(1 + i % 9) + "-15";
    row.status = statuses[i % std::size(statuses)];
    if (row.status == "abandoned")
      row.abandon_reason = "Remplacée par le projet régional de messagerie.";
    row.progress = row.status == "doing" ? 40 : row.status == "done" ? 100 : 0;
    row.comment = i % 4 == 0 ? "Devis demandé au prestataire < 2 000 € ; relance le 15/01 !" : "";
    m.plan.push_back(std::move(row));
  }

  m.summary_intro = {
      "Cette synthèse rassemble l'essentiel du diagnostic, sans détail technique : le score "
      "global, les domaines "
      "les plus fragiles et les six mesures prioritaires, celles qui réduisent le plus le risque "
      "de voir "
      "l'accompagnement des résidents interrompu."};
  m.confidentiality =
      "Document confidentiel — diffusion restreinte à la structure et au centre de ressources";
  m.method = {
      "Le diagnostic a été conduit lors d'un entretien d'une demi-journée sur site, avec la "
      "direction, le référent "
      "et le prestataire informatique. Chaque question est notée de 0 (rien en place) à 3 (en "
      "place et vérifié) ; "
      "« je ne sais pas » est une réponse admise : elle signale un point à vérifier.",
      "Les scores sont pondérés selon l'importance des questions pour la continuité de "
      "l'accompagnement. Les mesures "
      "sont déclenchées par les réponses et classées par priorité : gravité du risque, effort, "
      "coût et dépendances.",
      "Les éléments de preuve consultés (contrats, captures, procédures) sont cités avec les "
      "réponses ; aucun test "
      "technique intrusif n'a été réalisé."};
  m.next_steps = {
      "Présenter cette synthèse au comité de direction et désigner un référent sécurité avant la "
      "fin du mois.",
      "Réunion de lancement du plan d'action avec le centre et le prestataire : les mesures P1 "
      "sont engagées sous 3 mois.",
      "Point d'étape avec le centre dans six mois ; nouveau diagnostic dans un an pour mesurer les "
      "progrès."};
  m.glossary = {
      {"ANSSI", "Agence nationale de la sécurité des systèmes d'information."},
      {"CaRE", "Programme « Cybersécurité accélération et résilience des établissements »."},
      {"DUI",
       "Dossier usager informatisé : le dossier de soins et d'accompagnement des résidents."},
      {"FINESS",
       "Fichier national des établissements sanitaires et sociaux : identifiant de la structure."},
      {"HAS",
       "Haute Autorité de santé : son référentiel d'évaluation comporte des critères sur le "
       "numérique."},
      {"MFA",
       "Authentification multifacteur : un mot de passe et un second élément (code, application)."},
      {"NIS 2", "Directive européenne sur la sécurité des réseaux et des systèmes d'information."},
      {"PGSSI-S", "Politique générale de sécurité des systèmes d'information de santé."},
      {"Rançongiciel", "Logiciel malveillant qui chiffre les données et exige une rançon."},
      {"ReCyF", "Référentiel cyber France : socle d'exigences publié par l'ANSSI."}};
  return m;
}

}  // namespace vigie::testing
