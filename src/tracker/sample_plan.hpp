#pragma once
// A realistic action plan for tests, the sample tool (tests/tracker) and the
// benchmark: French measures of a nursing home's plan, with accents, « », &, < and >
// in the texts, every status, overdue and empty due dates. Header-only test data.

#include <cstdio>
#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace vigie::tracker::testing {

struct SampleMeasure {
  const char* domain;
  const char* title;
  const char* why;
  const char* how;
  const char* horizon;
};

inline const std::vector<SampleMeasure>& SampleMeasures() {
  static const std::vector<SampleMeasure> kMeasures = {
      {"Sauvegardes", "Sauvegarder chaque nuit le dossier de soins & la comptabilité",
       "Un rançongiciel chiffre aussi les partages : sans copie hors ligne, les données sont perdues.",
       "Copie quotidienne automatique, une copie hors ligne par semaine, test de restauration chaque trimestre.", "3 mois"},
      {"Sauvegardes", "Tester la restauration d'un poste < 4 heures",
       "Une sauvegarde jamais restaurée est une hypothèse, pas une garantie.",
       "Restaurer un poste de soins complet et chronométrer ; consigner le résultat.", "6 mois"},
      {"Comptes et accès", "Supprimer les comptes partagés « soins » des postes infirmiers",
       "Un compte partagé empêche de savoir qui a consulté un dossier (traçabilité exigée).",
       "Un compte nominatif par soignant, verrouillage après 5 minutes, carte CPS si disponible.", "6 mois"},
      {"Comptes et accès", "Activer la double authentification de la messagerie",
       "Le vol d'un mot de passe suffit aujourd'hui à lire tous les échanges avec les familles.",
       "Activer l'authentification à deux facteurs pour la direction puis pour tous les comptes.", "3 mois"},
      {"Comptes et accès", "Revoir les droits d'accès au logiciel de soins",
       "Les anciens salariés et les intérimaires gardent souvent leurs accès.",
       "Revue trimestrielle avec les RH : départs, arrivées, changements de poste.", "3 mois"},
      {"Messagerie", "Utiliser une messagerie sécurisée de santé (MSSanté)",
       "Les résultats d'analyses envoyés par courriel ordinaire sortent du cadre légal.",
       "Ouvrir une boîte MSSanté pour l'établissement et l'utiliser pour les échanges avec les médecins.", "6 mois"},
      {"Postes de travail", "Mettre à jour Windows & les logiciels des postes",
       "Les failles connues sont la première porte d'entrée des attaquants.",
       "Mises à jour automatiques, contrôle mensuel par le prestataire, retrait des postes Windows 7.", "3 mois"},
      {"Postes de travail", "Installer un antivirus géré sur tous les postes",
       "Un poste sans protection contamine tout le réseau.",
       "Antivirus avec console centrale ; alerte envoyée au référent en cas de détection.", "3 mois"},
      {"Réseau et Wi-Fi", "Séparer le Wi-Fi des résidents et des familles du réseau de soins",
       "Un appareil infecté d'un visiteur ne doit pas pouvoir joindre les postes de soins.",
       "Un réseau invité isolé (VLAN), mot de passe changé chaque mois.", "6 mois"},
      {"Réseau et Wi-Fi", "Changer les mots de passe par défaut des équipements",
       "Les box, imprimantes et caméras gardent souvent « admin/admin ».",
       "Inventaire des équipements, mot de passe unique par équipement dans un coffre-fort.", "3 mois"},
      {"Sensibilisation", "Sensibiliser les équipes à l'hameçonnage",
       "La majorité des attaques commence par un courriel piégé ouvert de bonne foi.",
       "Une session de 30 minutes par équipe, rappel annuel, exercice de faux courriel.", "12 mois"},
      {"Sensibilisation", "Afficher la conduite à tenir en cas d'incident",
       "Les premières minutes comptent : débrancher, prévenir, ne pas éteindre.",
       "Affiche près de chaque poste, numéros du référent et du CRRC.", "3 mois"},
      {"Continuité d'activité", "Préparer un plan de fonctionnement en mode dégradé",
       "Sans informatique, la distribution des médicaments doit continuer.",
       "Classeur papier : plans de soins imprimés chaque semaine, procédures manuelles.", "6 mois"},
      {"Continuité d'activité", "Imprimer chaque semaine les plans de soins > 7 jours",
       "En cas de panne, les équipes de nuit doivent connaître les traitements.",
       "Impression automatique le vendredi, classeur rangé dans l'infirmerie.", "3 mois"},
      {"Prestataires", "Signer une clause de sécurité avec le prestataire informatique",
       "Le prestataire a souvent un accès administrateur permanent et non tracé.",
       "Avenant : accès à distance sur demande, journalisé, délai d'intervention en cas d'incident.", "12 mois"},
      {"Prestataires", "Vérifier l'hébergement HDS des données de santé",
       "Les données de santé doivent être hébergées chez un hébergeur certifié HDS.",
       "Demander le certificat HDS à chaque éditeur de logiciel en ligne.", "6 mois"},
      {"Gouvernance", "Nommer un référent cybersécurité",
       "Sans référent, personne ne suit le plan ni ne reçoit les alertes.",
       "Lettre de mission, une demi-journée par mois, contact du CRRC.", "3 mois"},
      {"Gouvernance", "Présenter le plan d'action au conseil d'administration",
       "Les moyens suivent quand la direction et le CA sont informés.",
       "Point annuel : avancement, incidents, budget de l'année suivante.", "12 mois"},
      {"Données de santé", "Chiffrer les ordinateurs portables de la direction",
       "Un portable volé donne accès aux dossiers des résidents et des salariés.",
       "Activer BitLocker, clé de récupération conservée hors du portable.", "6 mois"},
      {"Données de santé", "Tenir le registre des traitements (RGPD)",
       "Le registre est obligatoire et aide à savoir où sont les données.",
       "Modèle de la CNIL, un traitement par logiciel, revue annuelle.", "12 mois"},
  };
  return kMeasures;
}

inline const std::vector<std::string>& SampleSites() {
  static const std::vector<std::string> kSites = {"", " — résidence « Les Tilleuls »", " — site de Dole"};
  return kSites;
}

// `count` plan rows; statuses, owners and dates vary with the row.
inline std::vector<report::PlanRow> SamplePlanRows(std::size_t count = 60) {
  static const char* const kOwners[] = {"Directrice", "Prestataire informatique", "IDEC",
                                        "Référent cyber & qualité", ""};
  static const char* const kStatuses[] = {"todo", "doing", "done", "todo", "doing", "abandoned"};
  std::vector<report::PlanRow> rows;
  const auto& measures = SampleMeasures();
  for (std::size_t i = 0; i < count; ++i) {
    const auto& m = measures[i % measures.size()];
    report::PlanRow row;
    char id[48];
    std::snprintf(id, sizeof id, "01JDQ8ACTION%014zu", i + 1);
    row.item_id = id;
    std::snprintf(id, sizeof id, "M%02zu", i % measures.size() + 1);
    row.measure_id = id;
    row.domain_title = m.domain;
    row.title = std::string(m.title) + SampleSites()[(i / measures.size()) % SampleSites().size()];
    row.why = m.why;
    row.how = m.how;
    row.priority = static_cast<int>(i % 4) + 1;
    row.horizon = m.horizon;
    row.owner = kOwners[i % 5];
    row.status = kStatuses[i % 6];
    if (i % 7 != 3) {
      char date[16];
      // Some due dates are past (overdue when still open), some ahead.
      std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2026 + i % 2, i % 12 + 1, i % 28 + 1);
      row.due_date = date;
    }
    row.progress = row.status == "done" ? 100 : row.status == "doing" ? static_cast<long long>(10 * (i % 9 + 1)) : 0;
    if (row.status == "abandoned") row.abandon_reason = "Remplacé par la mutualisation du GHT (décision du 12/03).";
    if (i % 3 == 0) row.comment = "Devis demandé au prestataire < 2 000 € ; relancer « Info & Co ».";
    row.revision = static_cast<long long>(i % 3) + 1;
    rows.push_back(row);
  }
  return rows;
}

inline std::vector<std::string> SampleGuide() {
  return {
      "Ce fichier est le plan d'action de votre structure, tel que Vigie le connaît au moment du téléchargement.",
      "Modifiez seulement les colonnes sur fond jaune : Responsable, Échéance, Statut, Avancement (%), Commentaire "
      "et Motif d'abandon. Les colonnes grises sont en lecture seule.",
      "Le statut se choisit dans la liste. Un motif est obligatoire pour une mesure abandonnée.",
      "Déposez ensuite le fichier dans Vigie : vous verrez les changements avant de les valider.",
  };
}

}  // namespace vigie::tracker::testing
