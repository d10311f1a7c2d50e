// Texts of the sample model, taken from the shipped referential
// (data/referentials/vigie): domain titles, questions with what each level looks
// like, and the first four measures of each domain with their referential mappings.
// Generated once from the TOML files; the sample does not load the referential so
// that documents can be rendered and benchmarked without it.

#include "sample_texts.hpp"

namespace vigie::testing {

const std::vector<SampleDomain>& SampleDomains() {
  static const std::vector<SampleDomain> kDomains = {
      {"governance",
       "Gouvernance de la sécurité",
       {
           {"La direction s’est-elle saisie de la sécurité informatique comme d’un sujet de "
            "fonctionnement de la structure, et non comme d’une affaire technique ?",
            {"Le sujet n’a jamais été abordé en direction ; il est considéré comme l’affaire du "
             "prestataire ou de la personne « qui s’y connaît ».",
             "La direction s’y intéresse, souvent après un incident ou une alerte, mais sans "
             "décision ni objectif : on en parle ponctuellement.",
             "Le sujet est traité en comité de direction, quelques décisions ont été prises "
             "(référent, budget, diagnostic), mais sans objectifs écrits ni calendrier.",
             "La direction a fixé des objectifs écrits, le sujet revient au moins deux fois par an "
             "en comité de direction et les décisions sont tracées dans les comptes rendus."}},
           {"Une personne de la structure est-elle désignée pour suivre la sécurité informatique, "
            "et les équipes comme le prestataire savent-ils que c’est elle ?",
            {"Personne n’est désigné : chacun appelle le prestataire ou se débrouille.",
             "Une personne joue ce rôle de fait, sans que cela soit écrit ni annoncé aux équipes.",
             "Un référent est désigné par écrit, mais il manque de temps ou de formation, ou les "
             "professionnels ne savent pas qu’ils doivent s’adresser à lui.",
             "Un référent est désigné par écrit, avec un temps dédié et un suppléant ; il est "
             "connu des équipes et du prestataire, et a suivi une formation de base."}},
           {"Les règles de sécurité informatique de la structure sont-elles écrites dans un "
            "document validé par la direction ?",
            {"Aucune règle écrite.",
             "Quelques consignes isolées existent (note de service, procédure du prestataire), "
             "sans document d’ensemble.",
             "Un document existe, mais il est ancien, repris d’un modèle sans adaptation, ou n’a "
             "pas été validé par la direction.",
             "Une politique adaptée à la structure est validée par la direction, diffusée aux "
             "encadrants et revue depuis moins de trois ans."}},
           {"Le risque d’une cyberattaque ou d’une panne informatique longue figure-t-il dans "
            "l’analyse des risques de la structure ?",
            {"Le risque informatique n’apparaît dans aucun document de gestion des risques.",
             "Il est cité en une ligne, sans évaluation de ses conséquences sur l’accompagnement.",
             "Il est évalué (gravité, probabilité) pour quelques scénarios, mais sans actions "
             "associées ou sans mise à jour.",
             "Les principaux scénarios (rançongiciel, panne du DUI, messagerie piratée) sont "
             "évalués, reliés à des actions et revus chaque année avec le reste des risques."}},
           {"Un budget est-il prévu chaque année pour la sécurité informatique ?",
            {"Aucun budget : les dépenses sont faites dans l’urgence, après une panne ou un "
             "incident.",
             "Des dépenses de sécurité sont engagées au cas par cas, sans ligne identifiée.",
             "Une ligne existe dans le budget informatique, mais elle n’est pas reliée à des "
             "priorités ou reste insuffisante pour les renouvellements prévus.",
             "Un budget annuel est prévu à partir du plan d’action, avec le renouvellement des "
             "équipements anticipé sur plusieurs années."}},
           {"Les actions de sécurité sont-elles suivies dans le temps, avec un point régulier sur "
            "ce qui est fait et ce qui reste à faire ?",
            {"Aucun suivi : rien n’a été évalué ou les recommandations reçues n’ont pas été "
             "reprises.",
             "Quelques actions sont lancées après un audit ou un incident, sans liste ni "
             "échéances.",
             "Un plan d’action existe, mais il n’est pas tenu à jour ou n’a pas de responsable par "
             "action.",
             "Un plan d’action avec responsables et échéances est revu au moins deux fois par an ; "
             "la structure se réévalue régulièrement (diagnostic, audit)."}},
           {"Le conseil d’administration ou l’organisme gestionnaire est-il informé de l’état de "
            "la sécurité informatique ?",
            {"Les instances n’ont jamais été informées.",
             "Le sujet a été évoqué oralement, de façon ponctuelle (souvent après un incident).",
             "Un point est fait par écrit, mais de façon irrégulière ou sans demander de décision "
             "aux instances.",
             "Un bilan annuel est présenté aux instances, qui valident les priorités et les moyens "
             "; le conseil de la vie sociale est informé de ce qui concerne les données des "
             "personnes accompagnées."}},
           {"La direction connaît-elle les obligations de la structure en matière de sécurité "
            "informatique et de données, et quelqu’un les suit-il ?",
            {"Ces obligations ne sont pas connues.",
             "Certaines sont connues de nom, sans savoir concrètement ce qu’elles demandent à la "
             "structure.",
             "Elles sont connues de la direction, mais personne n’est chargé de suivre leurs "
             "évolutions.",
             "Les obligations sont connues et listées, une personne (ou le siège) en assure la "
             "veille et les traduit en actions dans le plan de sécurité."}},
       },
       {
           {"M-GOV-01",
            "Désigner un référent sécurité et le faire connaître",
            "Sans interlocuteur désigné, un courriel piégé ou une alerte de l’antivirus n’est "
            "signalé à personne, le prestataire n’a pas d’interlocuteur pour décider, et le jour "
            "d’une attaque on perd des heures à savoir qui appelle qui, pendant que le dossier des "
            "résidents et le plan de soins restent inaccessibles.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H39"}},
             {"pgssi", {"P2"}},
             {"care", {"D2-P2"}},
             {"nis2", {"a"}},
             {"recyf", {"R2"}}}},
           {"M-GOV-02",
            "Inscrire la sécurité informatique à l’ordre du jour de la direction et des instances",
            "Une cyberattaque n’est pas une panne technique : la structure se retrouve sans "
            "dossier usager, sans planning, sans messagerie et parfois sans téléphone, pendant des "
            "semaines.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H39"}},
             {"pgssi", {"P2"}},
             {"nis2", {"a"}},
             {"recyf", {"R2"}},
             {"has", {"3.15-02"}}}},
           {"M-GOV-03",
            "Rédiger une politique de sécurité courte et la faire valider par la direction",
            "Sans règles écrites, chacun fait à sa façon : comptes partagés, sauvegardes jamais "
            "vérifiées, prestataires qui se connectent quand ils veulent.",
            "M",
            "Sans coût",
            "6 mois",
            {{"pgssi", {"P1", "P2"}},
             {"care", {"D2-P1"}},
             {"nis2", {"a"}},
             {"recyf", {"R2"}},
             {"has", {"3.15-02"}}}},
           {"M-GOV-04",
            "Intégrer le risque informatique dans la gestion des risques et lui donner un budget",
            "Une structure qui n’a pas évalué ce que coûterait une semaine sans dossier usager ni "
            "messagerie ne peut pas arbitrer ses dépenses : les équipements obsolètes restent en "
            "service, les sauvegardes restent fragiles, et la reprise après une attaque coûte bien "
            "plus cher que la prévention (reconstruction, heures supplémentaires, retards de "
            "facturation).",
            "M",
            "Sans coût",
            "12 mois",
            {{"anssi", {"H41"}},
             {"nis2", {"a"}},
             {"recyf", {"R2", "R16"}},
             {"has", {"3.14-01", "3.15-02"}}}},
       }},
      {"knowing_is",
       "Connaissance du système d’information",
       {
           {"Savez-vous quelles activités de la structure ne peuvent pas s’arrêter plus de "
            "quelques heures, et de quels outils informatiques elles dépendent ?",
            {"Aucune réflexion n’a été menée sur les activités critiques.",
             "La direction sait les citer oralement, sans lien écrit avec les outils dont elles "
             "dépendent.",
             "Une liste écrite existe, mais elle ne précise pas les outils et prestataires, ou ne "
             "couvre qu’une partie des services.",
             "Les activités critiques sont listées avec les logiciels, équipements et prestataires "
             "dont elles dépendent, et la durée d’arrêt supportable ; la liste est revue chaque "
             "année."}},
           {"Savez-vous où sont conservées les données sensibles : dossiers des personnes "
            "accompagnées, données du personnel, paie, comptabilité ?",
            {"Personne ne sait précisément où se trouvent les données sensibles.",
             "Les emplacements principaux sont connus (DUI, logiciel de paie), mais pas les copies "
             "ni les fichiers bureautiques.",
             "Les emplacements sont connus et la plupart des copies identifiées, mais rien n’est "
             "écrit ou la liste n’est pas tenue à jour.",
             "Une liste écrite indique, pour chaque type de données, où elles sont conservées, qui "
             "y accède et qui les sauvegarde ; elle est reliée au registre des traitements."}},
           {"Existe-t-il une liste à jour des équipements informatiques : postes, portables, "
            "tablettes, téléphones, serveurs, imprimantes, box et pare-feu ?",
            {"Aucune liste des équipements.",
             "Une liste partielle ou ancienne existe (factures, tableau commencé), sans mise à "
             "jour.",
             "Une liste assez complète existe, tenue par le prestataire ou le référent, mais sans "
             "mise à jour régulière ou sans l’âge et le système des équipements.",
             "Un inventaire complet (type, utilisateur ou lieu, système, date d’achat, fin de "
             "garantie) est mis à jour à chaque arrivée ou sortie d’équipement et remis à la "
             "structure."}},
           {"Existe-t-il une liste des logiciels et services en ligne utilisés, avec leur éditeur "
            "et le contact pour chacun ?",
            {"Aucune liste des logiciels.",
             "Les principaux logiciels sont connus, sans liste écrite.",
             "Une liste existe pour les logiciels principaux, mais sans les services en ligne "
             "utilisés par les équipes, ou sans contacts ni responsables.",
             "Une liste complète indique pour chaque logiciel ou service en ligne l’éditeur, le "
             "contact, le responsable interne, les données concernées et la fin de support "
             "prévue."}},
           {"Disposez-vous d’un schéma simple du réseau informatique : sites, accès internet, "
            "pare-feu, Wi-Fi, serveurs et liens entre eux ?",
            {"Aucun schéma ; personne dans la structure ne sait décrire le réseau.",
             "Le prestataire connaît le réseau, mais rien n’est écrit ou remis à la structure.",
             "Un schéma existe, mais il est ancien ou incomplet (un site, le Wi-Fi ou les accès "
             "extérieurs manquent).",
             "Un schéma à jour, remis à la structure, montre les sites, les accès internet, le "
             "pare-feu, les Wi-Fi, les serveurs et les accès extérieurs ; il est revu à chaque "
             "changement important."}},
           {"Connaissez-vous tous les partenaires qui échangent des données avec la structure ou "
            "se connectent à son informatique, et par quel moyen ?",
            {"Les échanges et connexions avec l’extérieur ne sont pas connus.",
             "Les principaux partenaires sont connus, sans précision sur les données échangées ni "
             "les moyens utilisés.",
             "Les échanges sont recensés pour les principaux partenaires, mais la liste n’est pas "
             "écrite ou oublie les accès techniques (éditeurs, maintenance).",
             "Une liste écrite et à jour recense chaque partenaire, les données échangées, le "
             "canal utilisé et le responsable interne ; elle est relue quand un partenaire "
             "change."}},
           {"Les équipements connectés qui ne sont pas des ordinateurs (appel malade, contrôle "
            "d’accès, vidéosurveillance, téléphonie, dispositifs médicaux) sont-ils connus et "
            "suivis ?",
            {"Ces équipements ne sont pas recensés et personne ne sait qui les maintient.",
             "On sait qu’ils existent et qui les a installés, sans liste ni suivi.",
             "Ils sont listés avec leur fournisseur, mais leur raccordement au réseau et leurs "
             "mises à jour ne sont pas suivis.",
             "Ils figurent dans l’inventaire avec leur fournisseur, leur raccordement au réseau et "
             "leur contrat de maintenance ; le prestataire informatique sait où ils se trouvent "
             "sur le réseau."}},
           {"Seuls les appareils de la structure peuvent-ils se brancher ou se connecter au réseau "
            "des professionnels ?",
            {"N’importe quel appareil peut se connecter au réseau des professionnels ; c’est "
             "courant.",
             "La règle est connue (pas d’appareil personnel), mais rien ne l’impose techniquement.",
             "Un réseau séparé existe pour les appareils personnels ou invités, mais le réseau "
             "professionnel reste accessible par des prises ou un code trop largement connu.",
             "Le réseau professionnel n’accepte que les appareils de la structure ; les appareils "
             "personnels et invités vont sur un réseau séparé ; le code du Wi-Fi professionnel "
             "change au départ des personnes qui le connaissaient."}},
           {"Les informations utiles pour faire face à une panne (contacts, inventaire, schéma, "
            "accès aux logiciels) sont-elles disponibles sans l’informatique ?",
            {"Ces informations n’existent que sur le réseau de la structure, ou pas du tout.",
             "Quelques numéros de téléphone sont notés sur papier (prestataire, éditeur du DUI).",
             "Un classeur ou une copie hors ligne existe, mais il est incomplet ou n’a pas été mis "
             "à jour depuis plus d’un an.",
             "Un classeur de crise à jour (contacts, contrats, inventaire, schéma, activités "
             "critiques) est conservé sur papier à la direction et sur un site ou chez une "
             "personne désignée ; il est vérifié chaque année."}},
       },
       {
           {"M-KIS-01",
            "Lister les activités critiques et les données sensibles, avec les outils dont elles "
            "dépendent",
            "On ne protège bien que ce que l’on connaît.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H4"}},
             {"pgssi", {"P1"}},
             {"care", {"D2-O1.c"}},
             {"nis2", {"c", "i"}},
             {"recyf", {"R1"}},
             {"has", {"3.14-01"}}}},
           {"M-KIS-02",
            "Tenir l’inventaire des équipements, des logiciels et des objets connectés",
            "Un poste oublié, un vieux serveur ou une tablette qui n’est plus mise à jour est "
            "souvent la porte d’entrée d’une attaque.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H4", "H35"}},
             {"pgssi", {"P4", "P6"}},
             {"nis2", {"i"}},
             {"recyf", {"R1", "R5"}}}},
           {"M-KIS-03",
            "Faire établir un schéma du réseau et la liste des liens avec l’extérieur",
            "Quand une attaque se propage, il faut savoir en minutes ce qui est relié à quoi pour "
            "isoler un site, couper un accès de partenaire ou débrancher un serveur.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H4", "H25"}},
             {"pgssi", {"P4"}},
             {"nis2", {"d"}},
             {"recyf", {"R1", "R3", "R7"}}}},
           {"M-KIS-04",
            "Réserver le réseau des professionnels aux appareils de la structure",
            "Un téléphone personnel infecté ou l’ordinateur d’un visiteur branché sur le réseau "
            "des professionnels peut atteindre directement le serveur du dossier usager et les "
            "sauvegardes.",
            "M",
            "€",
            "12 mois",
            {{"anssi", {"H7", "H20"}},
             {"pgssi", {"P4"}},
             {"nis2", {"i"}},
             {"recyf", {"R5", "R7"}}}},
       }},
      {"personal_data",
       "Données personnelles et de santé",
       {
           {"Un délégué à la protection des données (DPO) est-il désigné pour la structure ?",
            {"Aucun DPO n’est désigné.",
             "Une personne est pressentie ou joue le rôle sans désignation officielle.",
             "Un DPO est désigné auprès de la CNIL, mais il n’intervient pas dans la structure ou "
             "n’est pas connu des équipes.",
             "Un DPO désigné, connu des équipes et des personnes accompagnées, est consulté sur "
             "les nouveaux projets et fait un bilan annuel à la direction."}},
           {"La structure tient-elle un registre des traitements de données personnelles (dossier "
            "usager, paie, recrutement, vidéosurveillance…) ?",
            {"Aucun registre.",
             "Un registre a été commencé (modèle téléchargé, quelques lignes), sans suite.",
             "Le registre couvre les principaux traitements, mais il n’est pas à jour ou oublie "
             "les durées de conservation et les prestataires.",
             "Le registre est complet, mis à jour à chaque nouveau logiciel ou service, et relu au "
             "moins une fois par an avec le DPO."}},
           {"Les personnes accompagnées, leurs proches et les salariés sont-ils informés de "
            "l’usage de leurs données et de leurs droits ?",
            {"Aucune information n’est donnée.",
             "Une mention générale figure dans un document, sans explication compréhensible.",
             "L’information est donnée aux personnes accompagnées, mais pas aux salariés, ou elle "
             "n’est plus à jour (nouveau logiciel, nouveaux partenaires).",
             "Une information claire et à jour est remise à l’admission et à l’embauche ; les "
             "demandes d’accès sont traitées selon une procédure connue."}},
           {"Dans le dossier usager informatisé, chaque professionnel n’accède-t-il qu’aux "
            "informations dont il a besoin pour son métier ?",
            {"Tous les professionnels ont les mêmes droits, souvent complets.",
             "Deux ou trois profils existent (par exemple administratif et soignant), mais ils "
             "sont trop larges et n’ont pas été choisis par la structure.",
             "Des profils par métier existent, mais des exceptions subsistent (stagiaires ou "
             "intérimaires avec des droits larges, informations médicales visibles de tous).",
             "Des profils par métier, validés par la direction et le médecin coordonnateur ou le "
             "cadre de santé, limitent les accès ; les droits sont revus chaque année."}},
           {"Peut-on savoir qui a consulté ou modifié le dossier d’une personne accompagnée, et "
            "cela est-il vérifié en cas de doute ?",
            {"On ne sait pas si le logiciel garde des traces.",
             "Le logiciel garde des traces, mais personne à la structure ne sait les consulter.",
             "Les traces peuvent être consultées, au besoin avec l’éditeur, mais aucune règle ne "
             "dit quand ni par qui.",
             "Une procédure désigne qui consulte les traces et dans quels cas ; les professionnels "
             "savent que les accès sont tracés ; la durée de conservation est connue."}},
           {"Les informations de santé ou sensibles envoyées à l’extérieur passent-elles par une "
            "messagerie sécurisée de santé ou un autre moyen protégé ?",
            {"Les informations sensibles partent par courriel ordinaire, fax ou clé USB.",
             "Une messagerie sécurisée existe, mais elle est peu utilisée ; le courriel ordinaire "
             "reste la règle.",
             "La messagerie sécurisée est utilisée avec les principaux partenaires de santé, mais "
             "pas pour tous les échanges sensibles (social, justice, familles).",
             "Les échanges de données de santé passent par la messagerie sécurisée ou des portails "
             "protégés ; les autres envois sensibles sont chiffrés ; la règle est écrite et connue "
             "des équipes."}},
           {"L’hébergeur en ligne du dossier usager est-il certifié pour les données de santé, et "
            "le contrat le garantit-il ?",
            {"On ne sait pas où ni par qui les données sont hébergées.",
             "L’éditeur affirme être « HDS », sans document à l’appui.",
             "Le contrat mentionne l’hébergement certifié, mais pas la restitution des données, la "
             "sauvegarde ou les clauses de sous-traitance.",
             "Le contrat précise l’hébergeur certifié, le lieu d’hébergement, les sauvegardes, la "
             "restitution des données et les obligations de sous-traitant ; le certificat a été "
             "vérifié."}},
           {"Au quotidien, les informations sur les personnes accompagnées restent-elles hors de "
            "vue des visiteurs (écrans, documents imprimés, tableaux affichés) ?",
            {"Les informations sont régulièrement visibles des visiteurs, sans que cela soit perçu "
             "comme un problème.",
             "Le problème est connu, quelques consignes orales existent.",
             "Des consignes écrites existent (verrouillage des sessions, rangement, destruction "
             "des papiers), mais elles sont inégalement appliquées.",
             "Les postes sont placés et réglés pour ne rien montrer au public, les sessions se "
             "verrouillent seules, les papiers sont détruits ; les encadrants le vérifient."}},
           {"Quand un ordinateur, un copieur, un téléphone ou un disque quitte la structure, les "
            "données qu’il contient sont-elles effacées de façon sûre ?",
            {"Les équipements partent sans que personne ne s’occupe des données.",
             "On supprime les fichiers ou on formate, sans méthode fiable.",
             "Le prestataire efface les postes, mais pas les copieurs, téléphones ou disques "
             "externes, ou sans certificat.",
             "Tout équipement qui sort est effacé de façon sûre ou détruit, avec un certificat "
             "conservé ; la règle figure dans le contrat du prestataire et du loueur des "
             "copieurs."}},
       },
       {
           {"M-DAT-01",
            "Désigner un délégué à la protection des données et tenir le registre des traitements",
            "Les informations sur les personnes accompagnées (santé, handicap, situation "
            "familiale, décisions de justice) sont parmi les plus sensibles qui soient.",
            "M",
            "€",
            "6 mois",
            {{"pgssi", {"P1"}}, {"has", {"2.2-07"}}}},
           {"M-DAT-02",
            "Régler les droits d’accès au dossier usager selon les métiers",
            "Quand tous les professionnels voient tout, une information médicale ou un écrit de "
            "psychologue peut circuler bien au-delà de ceux qui en ont besoin, et un seul compte "
            "volé suffit à exposer tous les dossiers.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H9", "H36"}},
             {"pgssi", {"P5", "P7"}},
             {"nis2", {"i"}},
             {"recyf", {"R10"}},
             {"has", {"2.2-07", "2.10-02"}}}},
           {"M-DAT-03",
            "Échanger les données de santé par la messagerie sécurisée de santé",
            "Un courriel ordinaire peut être lu en chemin, envoyé par erreur au mauvais "
            "destinataire ou récupéré depuis une boîte piratée.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H18"}},
             {"pgssi", {"P1"}},
             {"nis2", {"h"}},
             {"recyf", {"R7"}},
             {"has", {"2.10-02"}}}},
           {"M-DAT-04",
            "Vérifier le contrat d’hébergement du dossier usager",
            "Si l’hébergeur n’est pas certifié ou si le contrat est muet, la structure ne sait pas "
            "où sont les dossiers de ses résidents, si elle pourra les récupérer en cas de "
            "faillite ou de changement d’éditeur, ni qui doit la prévenir en cas de fuite.",
            "S",
            "Sans coût",
            "6 mois",
            {{"pgssi", {"P1", "P6"}}, {"care", {"D2-O2.a"}}, {"nis2", {"d"}}, {"recyf", {"R3"}}}},
       }},
      {"suppliers",
       "Prestataires, télémaintenance et services en ligne",
       {
           {"Savez-vous qui intervient sur votre informatique et vos équipements, et comment "
            "joindre chacun en urgence, y compris la nuit et le week-end ?",
            {"Aucune liste ; les contacts sont dans la mémoire ou le téléphone de quelques "
             "personnes.",
             "Les contacts du prestataire principal et de l’éditeur du DUI sont connus, sans liste "
             "d’ensemble.",
             "Une liste existe, mais elle est incomplète (fournisseurs d’équipements oubliés), "
             "sans horaires couverts ni numéros de contrat, ou inconnue des cadres d’astreinte.",
             "Une liste à jour indique pour chaque intervenant le périmètre, le contact d’urgence, "
             "les horaires couverts et le numéro de contrat ; elle est dans le classeur "
             "d’astreinte."}},
           {"Existe-t-il un contrat écrit avec votre prestataire informatique, qui décrit ce qu’il "
            "fait et dans quels délais ?",
            {"Aucun contrat : le prestataire intervient à la demande et facture à l’intervention.",
             "Un contrat existe (banque d’heures, assistance), mais il ne décrit ni le périmètre "
             "ni les délais.",
             "Le contrat décrit le périmètre et les délais, mais il est ancien, oublie des "
             "éléments importants (sauvegardes, pare-feu, messagerie) ou ne prévoit pas "
             "d’astreinte.",
             "Un contrat à jour décrit le périmètre complet, les délais d’intervention, "
             "l’astreinte éventuelle et les comptes rendus attendus ; il est relu à chaque "
             "renouvellement."}},
           {"Ce contrat contient-il des engagements de sécurité : confidentialité, protection des "
            "données, alerte en cas d’incident, restitution des accès en fin de contrat ?",
            {"Aucun engagement de sécurité dans le contrat.",
             "Une clause générale de confidentialité, sans plus.",
             "Quelques engagements (RGPD, sauvegardes), mais ni alerte en cas d’incident, ni "
             "conditions d’accès à distance, ni restitution en fin de contrat.",
             "Le contrat comporte des engagements complets (confidentialité, RGPD, alerte rapide, "
             "sauvegardes, mises à jour, accès à distance, réversibilité) et la structure vérifie "
             "qu’ils sont tenus."}},
           {"Quand le prestataire ou un éditeur se connecte à distance, cet accès est-il contrôlé "
            ": compte personnel, double authentification ou ouverture à la demande ?",
            {"Des accès à distance sont ouverts en permanence, avec des comptes ou mots de passe "
             "partagés, et personne dans la structure ne sait qui peut s’en servir.",
             "Les outils d’accès à distance sont connus, mais ils restent ouverts en permanence "
             "avec un mot de passe commun.",
             "Les accès sont personnels ou ouverts à la demande, mais sans double "
             "authentification, ou un éditeur garde un accès permanent non maîtrisé.",
             "Chaque intervenant a un accès personnel protégé par une double authentification, ou "
             "l’accès n’est ouvert qu’à la demande par la structure ; la liste des accès est "
             "connue et les accès inutiles sont supprimés."}},
           {"Savez-vous quand un prestataire ou un éditeur est intervenu à distance, et ce qu’il a "
            "fait ?",
            {"La structure ne sait pas quand ni comment les intervenants se connectent.",
             "Les interventions importantes sont annoncées oralement, sans trace.",
             "Un ticket ou un compte rendu existe pour la plupart des interventions, mais les "
             "connexions ne sont pas historisées ou personne ne les regarde.",
             "Chaque intervention fait l’objet d’un ticket ou d’un compte rendu ; l’historique des "
             "connexions est conservé et le référent peut le consulter."}},
           {"La structure peut-elle reprendre la main sur son informatique sans son prestataire : "
            "mots de passe d’administration, documentation, licences ?",
            {"Seul le prestataire détient les accès d’administration ; la structure ne sait pas "
             "lesquels existent.",
             "La structure sait quels accès existent, mais ne les détient pas.",
             "La structure détient une partie des accès ou une copie ancienne, non vérifiée ; "
             "certaines licences ou le nom de domaine sont au nom du prestataire.",
             "La structure détient une copie à jour des accès d’administration (coffre ou "
             "enveloppe scellée), la documentation technique, les licences et le nom de domaine à "
             "son nom ; la copie est vérifiée chaque année."}},
           {"Pour vos services en ligne (dossier usager hébergé, paie, planning, messagerie, "
            "partage de fichiers), savez-vous qui sauvegarde les données et comment les récupérer "
            "?",
            {"Personne ne sait qui sauvegarde les données des services en ligne ni comment les "
             "récupérer.",
             "On suppose que le fournisseur sauvegarde, sans l’avoir vérifié.",
             "Les engagements de sauvegarde sont connus pour le dossier usager, mais pas pour les "
             "autres services (messagerie, partage de fichiers, planning).",
             "Pour chaque service en ligne, les sauvegardes, leur durée et le moyen de récupérer "
             "les données sont connus et écrits ; un export a déjà été testé pour le service le "
             "plus critique."}},
           {"Le prestataire vous rend-il compte régulièrement de l’état de votre informatique : "
            "sauvegardes, mises à jour, alertes de sécurité ?",
            {"Aucun compte rendu ; la structure n’a pas d’information sauf en cas de panne.",
             "Des informations sont données oralement ou à la demande.",
             "Un rapport est envoyé, mais irrégulièrement, ou il n’est lu par personne à la "
             "structure.",
             "Un rapport au moins trimestriel (sauvegardes, mises à jour, alertes, incidents) est "
             "lu par le référent, discuté lors d’un point régulier et suivi d’actions."}},
           {"Avant d’acheter un logiciel, un service en ligne ou un équipement connecté, "
            "vérifiez-vous des exigences de sécurité ?",
            {"Aucune question de sécurité n’est posée lors des achats.",
             "La question est posée parfois, de façon orale, selon la personne qui achète.",
             "Quelques critères sont vérifiés pour les gros achats (hébergement des données), mais "
             "pas pour les petits outils ou les équipements connectés.",
             "Une courte liste de critères (hébergement, double authentification, mises à jour, "
             "réversibilité, clauses RGPD) est utilisée pour tout achat, avec l’avis du "
             "prestataire et du DPO."}},
       },
       {
           {"M-SUP-01",
            "Signer avec le prestataire informatique un contrat qui comporte des engagements de "
            "sécurité",
            "Sans contrat, le prestataire n’a aucune obligation de surveiller les sauvegardes, "
            "d’appliquer les mises à jour, de prévenir la structure d’un incident ni d’intervenir "
            "un week-end.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H3"}}, {"pgssi", {"P1", "P6"}}, {"nis2", {"d"}}, {"recyf", {"R3"}}}},
           {"M-SUP-02",
            "Verrouiller les accès à distance des prestataires et des éditeurs",
            "Un accès à distance toujours ouvert et protégé par un simple mot de passe est l’une "
            "des portes d’entrée les plus utilisées par les attaquants : en passant par le compte "
            "du prestataire, ils arrivent directement sur le serveur du dossier usager et sur les "
            "sauvegardes, avec tous les droits.",
            "M",
            "€",
            "3 mois",
            {{"anssi", {"H3", "H13", "H25", "H36"}},
             {"pgssi", {"P6"}},
             {"nis2", {"d", "j"}},
             {"recyf", {"R3", "R8"}}}},
           {"M-SUP-03",
            "Tenir l’annuaire des intervenants et de leurs contacts d’urgence",
            "Le jour d’une panne du dossier usager ou de l’appel malade un samedi soir, le cadre "
            "d’astreinte doit savoir qui appeler et ce que couvre le contrat.",
            "XS",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H3"}}, {"pgssi", {"P6"}}, {"nis2", {"d"}}, {"recyf", {"R3"}}}},
           {"M-SUP-04",
            "Garder la maîtrise des accès d’administration et des données confiées aux services en "
            "ligne",
            "Si seul le prestataire détient les mots de passe du serveur, du pare-feu et de la "
            "messagerie, la structure est bloquée le jour où il disparaît, se sépare de son "
            "technicien ou est lui-même attaqué.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H3", "H5", "H37"}},
             {"pgssi", {"P6", "P7"}},
             {"care", {"D2-O2.a"}},
             {"nis2", {"c", "d"}},
             {"recyf", {"R3", "R13"}}}},
       }},
      {"accounts",
       "Comptes et authentification",
       {
           {"Chaque professionnel a-t-il ses propres identifiants pour l’ordinateur, la messagerie "
            "et le dossier usager, plutôt qu’un compte partagé par service ou par équipe ?",
            {"Les comptes partagés sont la règle : par service, par poste ou pour toute l’équipe.",
             "Les personnels administratifs ont des comptes personnels, mais les équipes de soins "
             "ou éducatives partagent des comptes.",
             "La plupart des professionnels ont leurs comptes, mais il reste des comptes partagés "
             "(nuit, remplaçants, stagiaires, boîte générique utilisée avec un mot de passe "
             "commun).",
             "Chaque personne, remplaçants et intérimaires compris, a ses propres identifiants sur "
             "chaque outil ; les boîtes génériques sont ouvertes par délégation, jamais avec un "
             "mot de passe commun."}},
           {"Sur les postes partagés (salle de soins, bureau des éducateurs, tablettes de "
            "transmission), chacun se connecte-t-il avec ses identifiants, et les sessions se "
            "verrouillent-elles seules ?",
            {"Les postes partagés restent ouverts en permanence sous une même session.",
             "Chacun est censé se connecter avec ses identifiants, mais en pratique la session "
             "reste ouverte d’une personne à l’autre.",
             "Chacun se connecte avec ses identifiants, mais les sessions ne se verrouillent pas "
             "automatiquement, ou le DUI reste ouvert sous le nom de la personne précédente.",
             "Chacun se connecte avec ses identifiants (de façon rapide : badge, changement "
             "d’utilisateur) et les sessions du poste et du DUI se verrouillent automatiquement "
             "après quelques minutes."}},
           {"Quand un salarié, un remplaçant ou un stagiaire arrive ou part, ses accès sont-ils "
            "créés et supprimés selon une procédure connue ?",
            {"Aucune procédure : les comptes des personnes parties restent actifs.",
             "Les comptes sont créés à l’arrivée, mais les suppressions au départ se font au "
             "hasard.",
             "Une procédure existe pour les salariés en contrat durable, mais pas pour les "
             "remplaçants, intérimaires et stagiaires, ou elle oublie certains outils.",
             "Une procédure écrite relie le service du personnel, le référent et le prestataire ; "
             "tous les accès sont ouverts et fermés à date, pour toutes les catégories de "
             "personnel."}},
           {"Les comptes existants sont-ils revus régulièrement pour supprimer ceux qui ne servent "
            "plus ?",
            {"Les comptes n’ont jamais été revus.",
             "Une revue a été faite une fois, souvent après un incident ou un changement de "
             "prestataire.",
             "Une revue est faite de temps en temps, sur une partie des outils seulement.",
             "Une revue de tous les comptes (session, messagerie, DUI, accès à distance) est faite "
             "au moins une fois par an avec la liste du personnel ; les comptes inutiles sont "
             "supprimés et la revue est tracée."}},
           {"Les mots de passe suivent-ils des règles connues de tous, imposées par les outils "
            "quand c’est possible ?",
            {"Aucune règle ; les mots de passe sont courts, communs ou affichés.",
             "Des conseils ont été donnés, mais rien n’est imposé et les mots de passe faibles "
             "restent courants.",
             "Des règles sont imposées sur certains outils (session Windows), mais pas sur les "
             "autres (DUI, logiciels métiers), ou le mot de passe initial est le même pour tous.",
             "Des règles de longueur et de complexité raisonnables sont imposées sur tous les "
             "outils, le mot de passe initial est unique et doit être changé, et les "
             "professionnels savent où noter leurs mots de passe de façon sûre."}},
           {"Les mots de passe d’origine des équipements (box, pare-feu, Wi-Fi, imprimantes, "
            "caméras, appel malade) ont-ils été changés ?",
            {"Personne ne s’est posé la question ; des mots de passe d’usine sont probablement en "
             "place.",
             "Les mots de passe de la box et du Wi-Fi ont été changés, les autres équipements "
             "n’ont pas été vérifiés.",
             "Les équipements informatiques ont été vérifiés, mais pas ceux des autres "
             "fournisseurs (caméras, appel malade, contrôle d’accès).",
             "Tous les mots de passe d’origine ont été changés, y compris sur les équipements des "
             "autres fournisseurs ; la vérification fait partie de chaque installation."}},
           {"La connexion à la messagerie depuis internet demande-t-elle une double "
            "authentification (un code sur le téléphone ou une application en plus du mot de "
            "passe) ?",
            {"La messagerie est accessible depuis internet avec le seul mot de passe.",
             "La double authentification est activée pour quelques comptes (direction, "
             "administrateurs).",
             "Elle est activée pour la plupart des comptes, mais il reste des exceptions (boîtes "
             "génériques, anciens protocoles de connexion, comptes partagés).",
             "Tous les comptes, administrateurs et boîtes génériques compris, demandent une double "
             "authentification depuis internet ; les anciens protocoles qui la contournent sont "
             "désactivés et les exceptions sont justifiées par écrit."}},
           {"Les accès à distance au réseau de la structure (télétravail, cadres d’astreinte, "
            "siège) demandent-ils une double authentification ?",
            {"Des accès à distance existent avec le seul mot de passe, ou un bureau à distance est "
             "ouvert directement sur internet.",
             "Les accès passent par un VPN avec mot de passe seul ; la double authentification "
             "n’existe que pour quelques personnes.",
             "La double authentification est en place pour la plupart des accès, mais des comptes "
             "anciens ou de service y échappent.",
             "Tout accès à distance au réseau demande une double authentification, la liste des "
             "personnes autorisées est tenue à jour et les accès inutiles sont fermés."}},
           {"Les professionnels de santé se connectent-ils aux services de santé (DMP, messagerie "
            "sécurisée, ordonnances) avec leur propre carte CPS ou e-CPS ?",
            {"Ces services ne sont pas utilisés faute de moyens d’identification, ou ils le sont "
             "avec la carte d’une autre personne.",
             "Quelques professionnels ont une carte CPS, mais elle est partagée ou laissée dans un "
             "lecteur.",
             "Les professionnels de santé utilisent leur propre carte ou e-CPS, mais pas "
             "systématiquement, ou la connexion par Pro Santé Connect n’est pas activée dans le "
             "DUI alors qu’elle est disponible.",
             "Chaque professionnel de santé utilise sa propre carte CPS ou son e-CPS, les cartes "
             "ne sont jamais prêtées, et le DUI utilise Pro Santé Connect lorsqu’il le permet."}},
       },
       {
           {"M-ACC-01",
            "Donner à chaque professionnel ses propres identifiants",
            "Avec un compte partagé, on ne sait pas qui a modifié une prescription, consulté un "
            "dossier ou cliqué sur le courriel piégé, et l’on ne peut pas retirer l’accès d’une "
            "seule personne qui part : le mot de passe commun circule chez d’anciens salariés et "
            "intérimaires.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H8", "H14"}},
             {"pgssi", {"P5"}},
             {"nis2", {"i"}},
             {"recyf", {"R10"}},
             {"has", {"2.2-07", "2.10-02"}}}},
           {"M-ACC-02",
            "Activer la double authentification sur la messagerie pour tous les comptes",
            "La messagerie piratée est l’incident le plus fréquent dans les structures : avec un "
            "seul mot de passe volé par un faux courriel, l’attaquant lit les échanges sur les "
            "résidents, envoie de fausses factures aux familles ou aux fournisseurs au nom de la "
            "structure, et s’en sert pour entrer plus loin.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H13", "H24"}}, {"pgssi", {"P5"}}, {"nis2", {"j"}}, {"recyf", {"R10"}}}},
           {"M-ACC-03",
            "Exiger la double authentification pour tout accès à distance au réseau",
            "Un accès à distance protégé par un seul mot de passe, ou un bureau à distance ouvert "
            "sur internet, est la porte d’entrée classique des rançongiciels : l’attaquant arrive "
            "sur le réseau comme un salarié, chiffre le serveur du dossier usager et les "
            "sauvegardes, et la structure se retrouve sans plan de soins ni planning pendant des "
            "semaines.",
            "M",
            "€",
            "3 mois",
            {{"anssi", {"H13", "H32"}},
             {"pgssi", {"P5"}},
             {"nis2", {"j"}},
             {"recyf", {"R8", "R10"}}}},
           {"M-ACC-04",
            "Organiser les arrivées et départs et revoir les comptes chaque année",
            "Le compte d’un salarié parti, dont le mot de passe n’a jamais changé, reste une porte "
            "ouverte : il peut être utilisé par l’ancien salarié lui-même ou par un attaquant qui "
            "l’a volé, sans que personne ne le remarque, pour consulter les dossiers des personnes "
            "accompagnées.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H5", "H6"}},
             {"pgssi", {"P5"}},
             {"nis2", {"i"}},
             {"recyf", {"R4", "R10"}}}},
       }},
      {"privileged_access",
       "Administration et accès privilégiés",
       {
           {"Savez-vous précisément qui dispose de droits d'administrateur sur votre informatique, "
            "y compris chez votre prestataire ?",
            {"Personne ne sait qui a des droits d'administrateur ; d'anciens salariés ou un ancien "
             "prestataire en ont peut-être encore.",
             "On connaît de mémoire les principales personnes (le prestataire, le référent), mais "
             "rien n'est écrit et des comptes génériques subsistent.",
             "Une liste existe pour les principaux systèmes, mais elle oublie des consoles "
             "(Microsoft 365, pare-feu, logiciel de soins) ou n'a pas été revue depuis plus d'un "
             "an.",
             "Une liste complète et nominative des comptes d'administration est tenue à jour, "
             "revue au moins une fois par an et à chaque départ ou changement de prestataire."}},
           {"Les personnes qui administrent l'informatique utilisent-elles un compte "
            "d'administration réservé à cet usage, distinct de leur compte de tous les jours ?",
            {"Les administrateurs travaillent au quotidien avec un compte qui a tous les droits, "
             "et lisent leurs courriels ou naviguent sur internet avec.",
             "Un compte d'administration existe, mais il est partagé entre plusieurs personnes, ou "
             "le compte de tous les jours du référent garde aussi des droits d'administrateur.",
             "Les administrateurs ont des comptes dédiés et nominatifs, mais certaines consoles "
             "(Microsoft 365, pare-feu, logiciel de soins) sont encore administrées avec des "
             "comptes ordinaires ou partagés.",
             "Chaque administrateur, prestataire compris, a un compte d'administration nominatif "
             "réservé aux tâches techniques, jamais utilisé pour la messagerie ni la navigation ; "
             "la règle est écrite et vérifiée chaque année."}},
           {"Les utilisateurs (soignants, secrétariat, direction) sont-ils privés des droits "
            "d'administrateur sur leur propre ordinateur ?",
            {"Tous les utilisateurs, ou la plupart, sont administrateurs de leur poste et "
             "installent eux-mêmes ce dont ils ont besoin.",
             "Les droits ont été retirés sur une partie des postes, mais la direction, le "
             "secrétariat ou certains postes partagés restent administrateurs « pour dépanner ».",
             "Aucun utilisateur n'est administrateur au quotidien, mais des exceptions subsistent "
             "sans être listées ni revues (ancien poste, logiciel métier, portable de la "
             "direction).",
             "Aucun utilisateur n'a de droits d'administrateur ; les installations passent par le "
             "prestataire ou le référent ; les rares exceptions sont écrites, justifiées et revues "
             "chaque année."}},
           {"Le mot de passe du compte administrateur intégré à chaque ordinateur est-il différent "
            "d'un poste à l'autre ?",
            {"Le même mot de passe administrateur local sert sur tous les postes, souvent depuis "
             "des années, et plusieurs personnes le connaissent.",
             "Le mot de passe a été changé récemment, mais il reste identique sur tous les postes "
             "ou sur une grande partie d'entre eux.",
             "Les mots de passe sont différents, mais gérés à la main (tableur, carnet) et "
             "rarement changés, ou une partie du parc n'est pas couverte.",
             "Chaque poste a un mot de passe administrateur local unique, renouvelé "
             "automatiquement et consultable par les seuls administrateurs, ou le compte est "
             "désactivé ; le prestataire le vérifie sur chaque nouveau poste."}},
           {"Les comptes d'administration accessibles depuis internet (Microsoft 365, console du "
            "pare-feu, sauvegarde en ligne, console de l'antivirus) sont-ils protégés par une "
            "double authentification ?",
            {"Aucun compte d'administration n'est protégé par une double authentification.",
             "La double authentification est activée sur un ou deux comptes, souvent à l'essai, "
             "mais pas sur les autres consoles.",
             "Les principaux comptes d'administration (Microsoft 365, pare-feu) sont protégés, "
             "mais d'autres consoles joignables depuis internet ne le sont pas, ou un compte de "
             "secours non protégé n'est pas surveillé.",
             "Tous les comptes d'administration joignables depuis internet exigent une double "
             "authentification ; l'éventuel compte de secours est gardé en lieu sûr et son "
             "utilisation est contrôlée."}},
           {"Les comptes techniques utilisés par les logiciels et les équipements (sauvegarde, "
            "logiciel de soins, copieur, antivirus) n'ont-ils que les droits dont ils ont besoin ?",
            {"Personne ne connaît les comptes techniques ; certains ont tous les droits et un mot "
             "de passe d'origine.",
             "Les principaux comptes techniques sont connus, mais ils gardent des droits "
             "d'administrateur complets et un mot de passe jamais changé.",
             "Les droits ont été réduits pour la plupart des comptes techniques, mais il n'existe "
             "pas de liste à jour, ou les mots de passe restent inchangés depuis l'installation.",
             "Chaque compte technique est listé avec son usage et son responsable, n'a que les "
             "droits nécessaires, un mot de passe long et propre, et la liste est revue chaque "
             "année."}},
           {"Vos serveurs et les postes qui servent à administrer sont-ils réservés à cet usage, "
            "sans messagerie ni navigation sur internet ?",
            {"Un serveur sert aussi de poste de travail, ou l'on y navigue et lit ses courriels ; "
             "l'administration se fait depuis n'importe quel poste.",
             "Les serveurs ne servent plus de postes de travail, mais on y navigue encore pour "
             "dépanner, et l'administration se fait depuis les postes de tous les jours.",
             "Les serveurs ne servent qu'à leur rôle et ne naviguent pas, mais l'administration se "
             "fait encore depuis des postes qui ont aussi la messagerie et internet.",
             "Les serveurs sont réservés à leur rôle et ne peuvent pas aller librement sur "
             "internet ; l'administration se fait depuis des postes ou des sessions réservés, sans "
             "messagerie ni navigation, y compris chez le prestataire."}},
           {"Le nombre de comptes qui ont les droits les plus élevés sur votre annuaire Active "
            "Directory (« Admins du domaine ») est-il réduit au strict nécessaire ?",
            {"Personne n'a regardé qui est membre des groupes d'administration de l'annuaire, ou "
             "on y trouve de nombreux comptes, dont ceux d'anciens salariés ou prestataires.",
             "La liste a été consultée, mais elle contient encore des comptes techniques, des "
             "comptes génériques ou des comptes inutiles.",
             "Seuls des comptes d'administration nominatifs et nécessaires figurent dans ces "
             "groupes, mais aucune revue régulière n'est prévue.",
             "Les groupes d'administration ne comptent que quelques comptes nominatifs dédiés ; "
             "ils sont revus au moins une fois par an et à chaque départ, et leurs mots de passe "
             "sont changés régulièrement."}},
           {"Un audit de sécurité de votre annuaire Active Directory a-t-il été réalisé, et ses "
            "points critiques ont-ils été corrigés ?",
            {"Aucun audit de l'annuaire n'a jamais été réalisé.",
             "Un audit a été fait il y a longtemps, ou ses résultats n'ont été ni lus ni remis à "
             "la structure.",
             "Un audit récent existe et une partie des corrections a été faite, mais des points "
             "critiques restent ouverts sans échéance.",
             "Un audit a eu lieu depuis moins d'un an, les points critiques sont corrigés, les "
             "autres ont une échéance, et un nouvel audit est prévu après chaque changement "
             "important (migration, nouveau serveur, nouveau prestataire)."}},
       },
       {
           {"M-ADM-01",
            "Retirer les droits d'administrateur des utilisateurs sur leurs postes",
            "Un salarié administrateur de son poste peut, sans le savoir, installer un logiciel "
            "malveillant qui prend le contrôle de l'ordinateur puis gagne les autres : un clic sur "
            "une pièce jointe piégée suffit pour bloquer le logiciel de soins ou chiffrer les "
            "dossiers des résidents.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H11", "H29"}}, {"pgssi", {"P5"}}, {"nis2", {"i"}}, {"recyf", {"R11"}}}},
           {"M-ADM-02",
            "Réserver des comptes dédiés à l'administration et les protéger par une double "
            "authentification",
            "Un compte administrateur qui sert aussi à lire ses courriels ou à naviguer est exposé "
            "à chaque hameçonnage.",
            "M",
            "€",
            "3 mois",
            {{"anssi", {"H8", "H13", "H27"}},
             {"pgssi", {"P5"}},
             {"nis2", {"i", "j"}},
             {"recyf", {"R10", "R11", "R19"}}}},
           {"M-ADM-03",
            "Tenir la liste des comptes à privilèges et réduire les droits des comptes techniques",
            "Un compte d'administration oublié — celui d'un ancien salarié, d'un ancien "
            "prestataire, ou un compte technique aux droits complets dont le mot de passe n'a "
            "jamais changé — est une porte ouverte que personne ne surveille.",
            "S",
            "Sans coût",
            "6 mois",
            {{"anssi", {"H5", "H9"}}, {"pgssi", {"P5"}}, {"nis2", {"i"}}, {"recyf", {"R11"}}}},
           {"M-ADM-04",
            "Réserver les serveurs à leur rôle et administrer depuis un environnement sûr",
            "Une page piégée ouverte depuis un serveur, ou une pièce jointe ouverte depuis le "
            "poste qui sert à administrer l'annuaire, donne à l'attaquant les mêmes droits que "
            "l'administrateur : il atteint d'un coup le dossier usager, les fichiers partagés et "
            "les sauvegardes, et peut arrêter toute l'informatique des unités.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H27", "H28"}},
             {"pgssi", {"P4"}},
             {"nis2", {"i"}},
             {"recyf", {"R11", "R19"}}}},
       }},
      {"workstations",
       "Postes de travail et appareils mobiles",
       {
           {"Tous vos ordinateurs et serveurs sont-ils protégés par un antivirus professionnel, "
            "actif, à jour et géré depuis une console ?",
            {"Certains postes ou serveurs n'ont pas d'antivirus, ou l'antivirus est une version "
             "gratuite installée poste par poste, sans aucune vue d'ensemble.",
             "Un antivirus est installé sur la plupart des postes, mais sans console : personne ne "
             "sait s'il est actif et à jour partout.",
             "Un antivirus professionnel est géré depuis une console, mais des postes ou serveurs "
             "y échappent (portables, postes anciens, serveur du logiciel de soins).",
             "Tous les postes et serveurs sont protégés par un antivirus professionnel, ou un "
             "outil de détection et de réponse (EDR), géré depuis une console ; le prestataire "
             "vérifie chaque mois que chaque nouvelle machine y apparaît et qu'aucune n'est en "
             "retard."}},
           {"Les ordinateurs partagés des unités de soins (poste de soins, salle de transmissions, "
            "poste infirmier) sont-ils réservés à l'usage professionnel et réglés pour limiter ce "
            "qu'on peut y faire ?",
            {"Les postes partagés servent aussi à un usage personnel (réseaux sociaux, achats en "
             "ligne, messagerie privée, téléchargements), sans aucune règle.",
             "Une consigne orale réserve ces postes au travail, mais rien ne limite techniquement "
             "ce qu'on y fait.",
             "La consigne est écrite et une partie des postes est restreinte (navigation filtrée, "
             "installations impossibles), mais d'autres postes d'unité restent ouverts à tout "
             "usage.",
             "Tous les postes partagés sont réservés aux usages professionnels : navigation "
             "limitée aux sites utiles, messageries personnelles et installations bloquées ; la "
             "consigne est affichée et le prestataire contrôle régulièrement leur configuration."}},
           {"Les tablettes, ordinateurs ou chariots informatisés utilisés pour la distribution et "
            "la traçabilité des médicaments sont-ils protégés, et peut-on les remplacer rapidement "
            "en cas de panne ou de perte ?",
            {"Les appareils du circuit du médicament ne sont ni verrouillés ni suivis ; aucun "
             "remplacement n'est prévu en cas de panne.",
             "Les appareils sont protégés par un code, mais servent aussi à d'autres usages, et "
             "aucun appareil de secours n'est prêt.",
             "Les appareils sont réservés à cet usage et verrouillés, mais l'appareil de secours "
             "manque pour une partie des unités ou n'est pas configuré.",
             "Chaque unité dispose d'appareils réservés au circuit du médicament, verrouillés "
             "automatiquement et gérés par le prestataire, avec un appareil de secours configuré "
             "et vérifié chaque mois."}},
           {"Les téléphones et tablettes fournis aux équipes (soins à domicile, équipes mobiles, "
            "astreinte) sont-ils protégés par un code imposé, gérés à distance et effaçables en "
            "cas de perte ?",
            {"Les appareils sont remis sans configuration : pas de code imposé, pas de liste, "
             "aucune possibilité d'effacement à distance.",
             "Un code est demandé aux salariés et une liste des appareils existe, mais rien n'est "
             "imposé ni géré à distance.",
             "Les appareils sont gérés par un outil de gestion de flotte (code imposé, effacement "
             "possible), mais une partie des appareils ou de leurs mises à jour échappe à ce "
             "suivi.",
             "Tous les appareils sont inventoriés et gérés à distance : code imposé, chiffrement, "
             "mises à jour suivies, applications limitées aux usages professionnels ; la conduite "
             "à tenir en cas de perte ou de vol est connue des équipes."}},
           {"Les professionnels évitent-ils d'utiliser leur téléphone personnel ou leurs "
            "messageries privées pour échanger des informations sur les personnes accompagnées "
            "(photos de plaies, transmissions, plannings nominatifs) ?",
            {"Les échanges sur les personnes accompagnées passent couramment par les téléphones et "
             "messageries personnels, sans consigne.",
             "La direction connaît la pratique et l'a déconseillée, mais aucun outil professionnel "
             "ne permet de faire autrement.",
             "Un outil professionnel existe (application du dossier usager, messagerie sécurisée, "
             "téléphone de service), mais l'usage des appareils personnels persiste dans certaines "
             "équipes ou la nuit.",
             "Les équipes disposent d'outils professionnels adaptés, une consigne écrite est "
             "connue de tous, remplaçants compris, et les cadres vérifient régulièrement que les "
             "informations ne circulent plus sur les appareils personnels."}},
           {"Les ordinateurs portables qui sortent de la structure (direction, cadres d'astreinte, "
            "télétravail, équipes mobiles) ont-ils leur disque chiffré ?",
            {"Aucun portable n'est chiffré, ou personne ne sait s'ils le sont.",
             "Certains portables, souvent ceux de la direction, sont chiffrés à l'initiative de "
             "chacun, sans suivi.",
             "Les portables sont chiffrés, mais les clés de récupération ne sont pas conservées de "
             "façon sûre, ou les nouveaux portables ne sont pas vérifiés.",
             "Tous les portables, ainsi que les tablettes qui contiennent des données, sont "
             "chiffrés ; les clés de récupération sont conservées hors des appareils et le "
             "chiffrement est vérifié sur chaque nouvel appareil."}},
           {"L'usage des clés USB et disques externes est-il encadré : supports fournis par la "
            "structure, analyse automatique, pas de données de résidents sur des supports non "
            "protégés ?",
            {"Chacun utilise ses propres clés USB, y compris pour transporter des données de "
             "résidents, sans aucune règle.",
             "Une consigne orale existe, mais les clés personnelles restent courantes et rien "
             "n'est vérifié.",
             "La structure fournit des clés pour les besoins identifiés et l'antivirus analyse les "
             "supports branchés, mais des clés personnelles ou non chiffrées circulent encore.",
             "Les besoins sont recensés, seules des clés chiffrées fournies par la structure sont "
             "utilisées, l'antivirus analyse tout support branché et les postes sensibles bloquent "
             "les supports non autorisés."}},
           {"Vos ordinateurs sont-ils installés et réglés de la même façon, selon une "
            "configuration de sécurité définie et vérifiée par votre prestataire ?",
            {"Chaque poste est installé au cas par cas, avec les réglages d'origine ; personne ne "
             "sait ce qui est installé dessus.",
             "Le prestataire suit quelques habitudes d'installation, mais elles ne sont pas "
             "écrites, et les postes anciens ou achetés en urgence y échappent.",
             "Une configuration de référence est appliquée aux nouveaux postes et un inventaire "
             "existe, mais une partie du parc n'est pas conforme ou n'est pas vérifiée.",
             "Tous les postes suivent une configuration de référence écrite, appliquée "
             "automatiquement par un outil de gestion du parc ; un inventaire à jour fait "
             "apparaître les écarts et les logiciels non autorisés, qui sont corrigés."}},
       },
       {
           {"M-WKS-01",
            "Protéger tous les postes et serveurs par un antivirus professionnel géré depuis une "
            "console",
            "Un rançongiciel ou un logiciel espion arrive presque toujours par un poste : courriel "
            "piégé, clé USB, site compromis.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H14"}}, {"pgssi", {"P4"}}, {"nis2", {"g"}}, {"recyf", {"R9"}}}},
           {"M-WKS-02",
            "Réserver aux soins les postes partagés des unités et les appareils du circuit du "
            "médicament",
            "Un poste d'unité qui sert aussi à naviguer ou à lire une messagerie privée fait "
            "entrer les logiciels malveillants au plus près des soins, sur la machine qui ouvre le "
            "dossier de tous les résidents.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H14", "H30"}},
             {"pgssi", {"P4"}},
             {"nis2", {"c", "g"}},
             {"recyf", {"R13", "R18"}},
             {"has", {"2.2-07"}}}},
           {"M-WKS-03",
            "Équiper et gérer les téléphones et tablettes des équipes, pour ne plus dépendre des "
            "appareils personnels",
            "Les équipes mobiles transportent sur leurs appareils les adresses, les codes d'accès "
            "au domicile et des informations de santé des personnes accompagnées.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H30", "H31", "H33"}},
             {"pgssi", {"P1", "P4"}},
             {"nis2", {"h", "i"}},
             {"recyf", {"R5"}},
             {"has", {"2.2-07"}}}},
           {"M-WKS-04",
            "Chiffrer les ordinateurs portables et encadrer les clés USB",
            "La perte d'un portable non chiffré ou d'une clé USB contenant un export du dossier "
            "usager expose les informations de santé de dizaines de résidents, avec une "
            "notification possible à la CNIL et aux personnes concernées.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H15", "H31"}},
             {"pgssi", {"P4"}},
             {"nis2", {"h"}},
             {"recyf", {"R5", "R9"}}}},
       }},
      {"updates",
       "Mises à jour et fin de vie",
       {
           {"Est-il écrit qui installe les mises à jour de chaque équipement et logiciel, et dans "
            "quel délai ?",
            {"Aucune règle : personne ne sait qui met à jour quoi, ni quand.",
             "Le prestataire dit s'en occuper, mais rien n'est écrit, ni le périmètre ni les "
             "délais.",
             "Le contrat ou une procédure prévoit les mises à jour, mais le périmètre est "
             "incomplet (logiciels métiers, équipements réseau ou installés par d'autres "
             "entreprises oubliés) ou aucun délai n'est fixé pour les failles urgentes.",
             "Une règle écrite désigne un responsable pour chaque famille d'équipements et de "
             "logiciels, fixe des délais (plus courts pour les failles critiques et les "
             "équipements exposés à internet) et prévoit un compte rendu que le référent lit."}},
           {"Les mises à jour de sécurité de Windows et de la suite bureautique sont-elles "
            "installées sur tous les postes dans le mois qui suit leur publication ?",
            {"Les mises à jour sont désactivées ou suspendues sur de nombreux postes ; personne ne "
             "les suit.",
             "Les mises à jour automatiques de Windows sont laissées actives, mais personne ne "
             "vérifie qu'elles s'installent vraiment.",
             "Le prestataire pilote les mises à jour depuis une console, mais des postes restent "
             "en retard de plusieurs mois (portables, postes d'unité toujours allumés, postes "
             "anciens).",
             "Le prestataire déploie les correctifs sur tous les postes en moins d'un mois, "
             "relance les retardataires et remet un rapport mensuel indiquant la proportion de "
             "postes à jour."}},
           {"Vos serveurs (fichiers, annuaire, logiciel de soins, paie) reçoivent-ils eux aussi "
            "les mises à jour de sécurité, selon un calendrier convenu ?",
            {"Les serveurs ne sont jamais mis à jour, ou pas depuis plus de six mois.",
             "Les serveurs sont mis à jour de temps en temps, au gré des interventions du "
             "prestataire, sans calendrier.",
             "Un créneau de maintenance régulier existe, mais certains serveurs (logiciel de "
             "soins, ancien serveur de fichiers) en sont exclus par crainte d'une panne.",
             "Tous les serveurs sont mis à jour chaque mois dans un créneau connu des unités, "
             "après vérification de la dernière sauvegarde, et le prestataire en rend compte."}},
           {"Les équipements visibles depuis internet (pare-feu, VPN, passerelle d'accès à "
            "distance, webmail, portail d'un logiciel) reçoivent-ils leurs correctifs en quelques "
            "jours quand une faille grave est annoncée ?",
            {"Personne ne met à jour ces équipements ; leur version n'est pas connue, certains "
             "n'ont jamais été mis à jour depuis leur installation.",
             "Ces équipements sont mis à jour de temps en temps, sans lien avec les alertes de "
             "sécurité.",
             "Le prestataire met à jour ces équipements après les alertes, mais les délais "
             "dépassent souvent plusieurs semaines, ou un équipement est oublié.",
             "Tous les équipements exposés sont listés avec leur version ; les correctifs "
             "critiques sont appliqués en quelques jours, la structure en est informée, et un "
             "équipement qui n'est plus maintenu est remplacé en priorité."}},
           {"Votre serveur de messagerie installé sur place ou au siège (Microsoft Exchange ou "
            "autre) est-il dans une version maintenue, et reçoit-il ses correctifs de sécurité dès "
            "leur publication ?",
            {"La version du serveur n'est pas connue, ou elle n'est plus maintenue et aucun "
             "remplacement n'est prévu.",
             "Le serveur est mis à jour de temps en temps, avec plusieurs mois de retard sur les "
             "correctifs publiés.",
             "Le serveur est dans une version maintenue et mis à jour régulièrement, mais les "
             "correctifs urgents attendent la maintenance suivante.",
             "Le serveur est dans une version maintenue, les correctifs urgents sont appliqués en "
             "quelques jours et la structure en est informée ; le passage à un service de "
             "messagerie hébergé a été étudié."}},
           {"Les autres logiciels des postes (navigateurs, lecteur PDF, Java, visioconférence, "
            "prise en main à distance) sont-ils eux aussi tenus à jour ?",
            {"Les logiciels restent dans leur version d'installation ; personne ne sait lesquels "
             "sont installés.",
             "Les navigateurs se mettent à jour automatiquement, mais les autres logiciels ne sont "
             "pas suivis.",
             "Le prestataire met à jour les principaux logiciels, mais sans inventaire complet : "
             "des versions anciennes subsistent sur certains postes.",
             "Un inventaire des logiciels est tenu à jour ; le prestataire déploie leurs mises à "
             "jour de façon centralisée, supprime les logiciels inutiles et signale les versions "
             "dépassées."}},
           {"Vos logiciels métiers (dossier usager, paie, facturation, plannings) sont-ils dans "
            "une version maintenue par leur éditeur, sans vous obliger à garder un système ancien "
            "?",
            {"Des logiciels métiers ne sont plus maintenus par leur éditeur, ou leur situation est "
             "inconnue.",
             "Les logiciels sont sous contrat de maintenance, mais les nouvelles versions ne sont "
             "pas installées, ou un logiciel impose un système ancien.",
             "Les principaux logiciels sont à jour et maintenus, mais un logiciel secondaire "
             "(ancienne paie, outil de pointage) reste dans une version dépassée, sans plan de "
             "sortie.",
             "Tous les logiciels métiers sont dans des versions maintenues, compatibles avec des "
             "systèmes à jour ; les fins de maintenance sont connues et anticipées lors des "
             "renouvellements de contrat."}},
           {"Les autres équipements connectés (imprimantes, stockage réseau, bornes Wi-Fi, "
            "caméras, téléphonie, système d'appel malade) sont-ils eux aussi mis à jour ?",
            {"Ces équipements n'ont jamais été mis à jour et personne n'en est responsable.",
             "Certains équipements sont mis à jour à l'occasion d'une panne ou d'une intervention, "
             "sans suivi.",
             "Les équipements principaux ont un responsable et sont mis à jour, mais d'autres "
             "(caméras, stockage, appel malade) échappent encore au suivi.",
             "Chaque famille d'équipements a un responsable désigné (prestataire ou installateur) "
             "qui applique les mises à jour et en rend compte ; les équipements qui ne reçoivent "
             "plus de mises à jour sont isolés puis remplacés."}},
           {"Tous vos ordinateurs, serveurs et équipements fonctionnent-ils avec un système encore "
            "maintenu par son fabricant ?",
            {"Des systèmes qui ne sont plus maintenus sont en service, et personne n'en a la "
             "liste.",
             "Les systèmes concernés sont connus, mais aucun remplacement n'est prévu ni budgété.",
             "Un plan de remplacement existe et avance, mais des systèmes non maintenus restent en "
             "service sans être isolés du reste du réseau.",
             "Aucun système non maintenu n'est en service, ou les rares exceptions sont isolées, "
             "listées et ont une date de remplacement ; les fins de support des deux prochaines "
             "années sont inscrites au budget."}},
       },
       {
           {"M-UPD-01",
            "Corriger sans délai les équipements exposés à internet",
            "Les failles des pare-feu, des VPN et des serveurs de messagerie sont exploitées en "
            "masse dans les jours qui suivent leur annonce : c'est l'une des premières portes "
            "d'entrée des rançongiciels dans les établissements de santé et médico-sociaux.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H23", "H34"}},
             {"pgssi", {"P4"}},
             {"nis2", {"e"}},
             {"recyf", {"R7", "R8"}}}},
           {"M-UPD-02",
            "Mettre à jour chaque mois tous les postes, serveurs et logiciels, et le prouver",
            "Un poste ou un serveur en retard de mises à jour garde des failles connues que les "
            "rançongiciels exploitent automatiquement pour passer d'une machine à l'autre.",
            "M",
            "€",
            "3 mois",
            {{"anssi", {"H16", "H34"}}, {"pgssi", {"P4"}}, {"nis2", {"e"}}, {"recyf", {"R5"}}}},
           {"M-UPD-03",
            "Remplacer ou isoler les systèmes qui ne sont plus maintenus",
            "Un système en fin de support ne sera plus jamais corrigé : chaque faille découverte "
            "reste une porte ouverte sur le reste du réseau.",
            "L",
            "€",
            "12 mois",
            {{"anssi", {"H35"}}, {"pgssi", {"P4"}}, {"nis2", {"e"}}, {"recyf", {"R1", "R5"}}}},
           {"M-UPD-04",
            "Écrire qui met à jour quoi, et dans quel délai",
            "Quand personne n'a écrit qui met à jour quoi, les mises à jour tombent entre les "
            "mailles : la structure croit le prestataire responsable, le prestataire s'en tient à "
            "son contrat, les installateurs ne reviennent jamais.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H3", "H34"}}, {"pgssi", {"P6"}}, {"nis2", {"d", "e"}}, {"recyf", {"R3"}}}},
       }},
      {"network",
       "Réseau, exposition sur internet, Wi-Fi et messagerie",
       {
           {"Votre accès à internet est-il protégé par un pare-feu professionnel, administré et "
            "maintenu par quelqu'un de compétent ?",
            {"Seule la box de l'opérateur sépare le réseau d'internet, ou personne ne sait ce qui "
             "le protège.",
             "Un pare-feu est installé, mais sa configuration n'a pas été revue depuis "
             "l'installation et personne n'en est clairement responsable.",
             "Un pare-feu professionnel est administré par le prestataire, mais ses règles "
             "contiennent des autorisations trop larges ou ne sont revues qu'après un incident.",
             "Un pare-feu professionnel sous maintenance filtre les flux entrants et sortants ; "
             "ses règles sont documentées, justifiées et revues au moins une fois par an, et ses "
             "journaux sont conservés."}},
           {"Êtes-vous certain qu'aucun ordinateur ni serveur n'est joignable directement depuis "
            "internet par le « bureau à distance » (RDP) ou par le partage de fichiers ?",
            {"Le bureau à distance ou le partage de fichiers d'au moins une machine est ouvert "
             "directement sur internet.",
             "Une ouverture a été fermée récemment, ou le prestataire affirme que rien n'est "
             "ouvert, mais personne n'a vérifié la configuration du pare-feu.",
             "La configuration du pare-feu a été vérifiée et aucune ouverture directe n'existe, "
             "mais sans contrôle depuis l'extérieur ni règle écrite pour les demandes futures.",
             "Aucune machine n'est joignable directement ; les accès à distance passent tous par "
             "un VPN ou une passerelle avec double authentification ; un contrôle depuis "
             "l'extérieur le confirme et toute nouvelle ouverture doit être validée par écrit."}},
           {"Les pages d'administration de vos équipements (pare-feu, box, stockage réseau, "
            "caméras, appel malade) sont-elles inaccessibles depuis internet ?",
            {"Au moins une page d'administration est joignable depuis internet, ou personne ne le "
             "sait.",
             "Le prestataire a fermé l'administration du pare-feu, mais celle des caméras, du "
             "stockage ou d'autres équipements installés par des tiers reste ouverte.",
             "Aucune page d'administration n'est ouverte à tous, mais certaines restent "
             "accessibles depuis internet sans passer par un VPN, ou la liste n'a pas été vérifiée "
             "depuis l'extérieur.",
             "Les pages d'administration ne sont accessibles que depuis le réseau interne ou par "
             "un VPN avec double authentification ; les installateurs passent par ce même accès "
             "contrôlé, et un contrôle depuis l'extérieur le confirme."}},
           {"Votre réseau est-il découpé, pour que les équipements sensibles (serveurs, appel "
            "malade, vidéoprotection, équipements médicaux) soient séparés des postes de travail ?",
            {"Tous les équipements sont sur le même réseau, sans séparation.",
             "Une séparation existe pour un usage (par exemple la téléphonie), mais serveurs, "
             "postes et équipements techniques partagent le même réseau.",
             "Les principaux usages sont séparés (postes, serveurs, équipements techniques), mais "
             "les échanges entre réseaux sont peu filtrés ou non documentés.",
             "Les réseaux sont séparés par usage, les échanges entre eux sont limités au strict "
             "nécessaire par le pare-feu, et le prestataire tient un schéma à jour."}},
           {"Le Wi-Fi proposé aux résidents, aux familles et aux visiteurs est-il complètement "
            "séparé du réseau utilisé par le personnel ?",
            {"Résidents, visiteurs et personnel partagent le même Wi-Fi, avec le même mot de "
             "passe.",
             "Un Wi-Fi distinct existe pour les résidents, mais il aboutit au même réseau que "
             "celui du personnel.",
             "Le Wi-Fi des résidents est sur un réseau séparé, mais la séparation n'a jamais été "
             "vérifiée, ou les appareils des résidents se voient entre eux.",
             "Le Wi-Fi des résidents et des visiteurs est un réseau isolé qui ne donne accès qu'à "
             "internet ; les appareils connectés ne se voient pas entre eux, et la séparation est "
             "vérifiée après chaque modification du réseau."}},
           {"Le Wi-Fi du personnel utilise-t-il une protection récente, et ses bornes sont-elles "
            "administrées et mises à jour par votre prestataire ?",
            {"Le Wi-Fi du personnel est ouvert ou protégé par une méthode ancienne (WEP, WPA), ou "
             "personne ne sait comment il est protégé.",
             "Le Wi-Fi est protégé en WPA2, mais les bornes gardent leurs réglages d'origine (WPS "
             "actif, administration depuis le Wi-Fi) et n'ont jamais été mises à jour.",
             "La protection est correcte et les bornes sont administrées par le prestataire, mais "
             "leurs mises à jour ne sont pas suivies ou certaines bornes installées par d'autres "
             "échappent à ce suivi.",
             "Le Wi-Fi du personnel utilise WPA2-AES ou WPA3, avec de préférence une "
             "authentification individuelle ; toutes les bornes sont administrées, mises à jour et "
             "documentées par le prestataire."}},
           {"La navigation sur internet depuis les postes est-elle filtrée, pour bloquer les sites "
            "malveillants ou frauduleux connus ?",
            {"Aucun filtrage : tous les sites sont accessibles depuis tous les postes.",
             "Un filtrage existe sur une partie du parc (antivirus de quelques postes, option de "
             "la box), sans vue d'ensemble.",
             "Un filtrage est appliqué à tous les postes par le pare-feu ou un service dédié, mais "
             "ses blocages ne sont jamais consultés ni ses réglages revus.",
             "Tous les postes, portables compris hors de la structure, passent par un filtrage à "
             "jour ; le prestataire en suit les blocages et ajuste les réglages avec le "
             "référent."}},
           {"Votre messagerie bloque-t-elle les courriels piégés (pièces jointes dangereuses, "
            "liens frauduleux) avant qu'ils n'arrivent dans les boîtes du personnel ?",
            {"Aucun filtrage au-delà du réglage par défaut du fournisseur ; personne ne sait ce "
             "qui est bloqué.",
             "Un antispam est actif, mais sans réglage particulier : pièces jointes dangereuses "
             "acceptées, messages externes non signalés.",
             "Le filtrage est réglé (pièces jointes dangereuses bloquées, liens analysés), mais "
             "les transferts automatiques vers l'extérieur restent possibles, ou les messages "
             "externes ne sont pas signalés.",
             "Le filtrage est réglé et suivi : pièces jointes dangereuses bloquées, liens "
             "analysés, messages externes signalés, transferts automatiques vers l'extérieur "
             "interdits ; le prestataire remet un bilan régulier."}},
           {"Votre nom de domaine de messagerie est-il protégé contre l'usurpation, pour que "
            "personne ne puisse facilement envoyer de faux courriels en votre nom ?",
            {"Aucun des trois réglages n'est en place, ou la structure ne sait pas qui gère son "
             "nom de domaine.",
             "Un enregistrement SPF existe, mais ni DKIM ni DMARC.",
             "SPF et DKIM sont en place et DMARC est publié en simple observation (« none »), sans "
             "demande de rejet.",
             "SPF, DKIM et DMARC sont en place, DMARC demande la mise en quarantaine ou le rejet "
             "des faux messages, et le prestataire suit les rapports reçus."}},
       },
       {
           {"M-NET-01",
            "Fermer les accès directs depuis internet aux machines et aux pages d'administration",
            "Un bureau à distance, un partage de fichiers ou une page d'administration ouverts sur "
            "internet sont trouvés en quelques heures par les robots des attaquants.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H23", "H28"}},
             {"pgssi", {"P4"}},
             {"nis2", {"e", "j"}},
             {"recyf", {"R7", "R8"}}}},
           {"M-NET-02",
            "Faire administrer un pare-feu professionnel et découper le réseau",
            "Sans pare-feu administré ni séparation interne, un poste infecté atteint librement "
            "les serveurs, la centrale d'appel malade et la vidéoprotection : une attaque partie "
            "d'un ordinateur d'accueil peut arrêter tous les systèmes utiles aux soins et à la "
            "sécurité des résidents.",
            "L",
            "€",
            "12 mois",
            {{"anssi", {"H19", "H22"}}, {"pgssi", {"P4"}}, {"nis2", {"e"}}, {"recyf", {"R7"}}}},
           {"M-NET-03",
            "Séparer le Wi-Fi des résidents et sécuriser celui du personnel",
            "Un appareil de résident ou de visiteur infecté, relié au même réseau que les postes "
            "de soins, peut les atteindre directement.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H19", "H20"}}, {"pgssi", {"P4"}}, {"nis2", {"e"}}, {"recyf", {"R7"}}}},
           {"M-NET-04",
            "Filtrer les courriels piégés et la navigation",
            "Un courriel piégé ouvert dans une unité, ou un lien vers un site malveillant, peut "
            "installer un rançongiciel ou livrer le mot de passe d'un soignant.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H22", "H24"}},
             {"pgssi", {"P4"}},
             {"nis2", {"g"}},
             {"recyf", {"R7", "R9"}}}},
       }},
      {"physical",
       "Sécurité physique",
       {
           {"Le local ou l'armoire qui abrite vos serveurs et vos principaux équipements réseau "
            "est-il fermé à clé et réservé à quelques personnes désignées ?",
            {"Les serveurs et équipements réseau sont en libre accès : bureau ouvert, couloir, "
             "placard non fermé.",
             "Le local ou l'armoire ferme à clé, mais la clé est accessible à beaucoup de monde, "
             "ou le local sert aussi à d'autres usages.",
             "L'accès est limité à quelques personnes, mais sans liste à jour des détenteurs de "
             "clés ou de badges.",
             "Le local ou l'armoire est fermé et réservé à l'informatique ; la liste des personnes "
             "autorisées est tenue à jour et revue chaque année."}},
           {"Ce local est-il protégé contre les coupures de courant, la chaleur, l'eau et le feu ?",
            {"Aucune protection : pas d'onduleur, ni ventilation adaptée, ni surveillance de la "
             "température.",
             "Un onduleur existe, mais il n'est ni testé ni entretenu, et la température n'est pas "
             "surveillée.",
             "L'onduleur est entretenu et la ventilation adaptée, mais aucune alerte ne prévient "
             "d'une surchauffe ou d'une coupure, ou un risque d'eau ou de feu reste sans réponse.",
             "L'onduleur est entretenu et testé chaque année, les serveurs s'arrêtent proprement, "
             "la température est surveillée avec alerte, le local est à l'abri de l'eau et équipé "
             "d'un extincteur adapté ; le raccordement au groupe électrogène est vérifié s'il "
             "existe."}},
           {"Les équipements réseau dont dépendent la téléphonie, l'appel malade et l'accès au "
            "logiciel de soins (box, pare-feu, commutateurs, bornes Wi-Fi) restent-ils alimentés "
            "pendant une coupure de courant ?",
            {"Aucun équipement réseau n'est secouru ; personne ne sait ce qui s'arrête lors d'une "
             "coupure.",
             "La box ou le pare-feu est sur un onduleur, mais pas les commutateurs ni les bornes "
             "dont dépendent la téléphonie et l'appel malade.",
             "Les équipements réseau principaux sont secourus, mais les batteries ne sont pas "
             "suivies ou le comportement lors d'une coupure n'a jamais été vérifié.",
             "Tous les équipements réseau dont dépendent la téléphonie, l'appel malade et le "
             "logiciel de soins sont secourus ; les batteries sont suivies et le fonctionnement "
             "est vérifié lors des essais du groupe électrogène ou une fois par an."}},
           {"Les équipements réseau installés hors du local informatique (box, commutateurs, "
            "bornes) et les prises réseau des espaces ouverts au public sont-ils hors de portée "
            "des visiteurs ?",
            {"Box, commutateurs ou prises réseau actives sont accessibles dans les espaces ouverts "
             "au public, sans que personne l'ait relevé.",
             "Les équipements principaux ont été déplacés ou protégés, mais des prises réseau "
             "actives restent accessibles dans les espaces publics ou les chambres.",
             "Les équipements sont hors de portée et les prises des espaces publics sont "
             "désactivées, sans vérification régulière.",
             "Tous les équipements réseau sont dans des armoires fermées ou hors de portée, les "
             "prises inutilisées sont désactivées, et le prestataire vérifie ce point à chaque "
             "modification des locaux."}},
           {"Les intervenants extérieurs (techniciens, installateurs, livreurs de matériel) "
            "sont-ils identifiés et accompagnés quand ils accèdent aux locaux techniques ou aux "
            "postes de travail ?",
            {"Les intervenants circulent librement et travaillent seuls ; personne ne vérifie "
             "qu'ils sont attendus.",
             "L'accueil connaît les intervenants habituels, mais aucune vérification n'est prévue "
             "pour un inconnu.",
             "Les interventions sont annoncées et vérifiées, mais les intervenants travaillent "
             "souvent seuls dans les locaux techniques et leur passage n'est pas noté.",
             "Toute intervention est annoncée ou vérifiée auprès du référent, l'intervenant est "
             "accompagné dans les locaux techniques et les bureaux, et son passage est noté dans "
             "un registre."}},
           {"Les clés, badges et codes d'accès aux locaux sensibles (bureau infirmier, pharmacie, "
            "archives, local informatique) sont-ils suivis, changés au besoin et récupérés au "
            "départ des salariés ?",
            {"Personne ne sait qui détient quelles clés ou quels badges ; les codes n'ont jamais "
             "été changés.",
             "Un registre des clés existe, mais il n'est pas à jour, et les codes ne sont changés "
             "qu'après un incident.",
             "Les clés et badges sont suivis et récupérés aux départs, mais les codes d'accès "
             "restent les mêmes depuis longtemps ou les remplaçants échappent au suivi.",
             "Un registre à jour recense clés et badges, qui sont récupérés ou désactivés à chaque "
             "départ, remplaçants compris ; les codes d'accès sont changés régulièrement et après "
             "tout départ sensible."}},
           {"Les ordinateurs portables, tablettes et téléphones sont-ils rangés en lieu sûr quand "
            "ils ne servent pas (nuit, week-end, véhicules des équipes mobiles) ?",
            {"Les appareils restent là où ils ont servi : sur les bureaux, dans les salles de "
             "soins ouvertes ou dans les véhicules.",
             "La consigne de les ranger existe, mais aucun rangement fermé n'est prévu.",
             "Des armoires ou stations de charge fermées existent, mais elles ne sont pas "
             "utilisées partout ni par toutes les équipes.",
             "Chaque service dispose d'un rangement fermé pour ses appareils, la consigne est "
             "suivie, y compris pour les véhicules, et les pertes ou vols sont signalés et "
             "recensés."}},
           {"Les armoires et chariots à médicaments à ouverture électronique (badge, code, "
            "empreinte) ne s'ouvrent-ils qu'aux soignants habilités, et peut-on les ouvrir en cas "
            "de panne ?",
            {"Les codes ou badges sont partagés par toute l'équipe, et personne ne sait comment "
             "ouvrir l'équipement en cas de panne.",
             "Les accès sont individuels, mais rarement mis à jour aux départs, et l'ouverture de "
             "secours n'est pas écrite.",
             "Les accès sont individuels et revus, et l'ouverture de secours existe, mais l'équipe "
             "de nuit ou les remplaçants ne la connaissent pas.",
             "Seuls les soignants habilités ouvrent l'équipement, avec un accès individuel retiré "
             "à chaque départ ; l'ouverture de secours est écrite, connue de toutes les équipes, "
             "nuit comprise, et testée chaque année."}},
       },
       {
           {"M-PHY-01",
            "Fermer le local ou l'armoire informatique et accompagner les intervenants",
            "Quelques secondes d'accès au serveur ou au commutateur suffisent pour débrancher, "
            "voler ou piéger l'équipement qui fait fonctionner le dossier usager et la téléphonie.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H26"}}, {"pgssi", {"P3"}}, {"nis2", {"d", "i"}}, {"recyf", {"R3", "R6"}}}},
           {"M-PHY-02",
            "Secourir l'alimentation des équipements et les protéger de la chaleur et de l'eau",
            "Une coupure de courant, une canicule ou une fuite d'eau peut arrêter le serveur du "
            "dossier usager, couper la téléphonie et l'appel malade, et priver les unités des "
            "plans de soins au moment même où la structure est déjà en difficulté.",
            "S",
            "€",
            "6 mois",
            {{"pgssi", {"P3", "P4"}}, {"nis2", {"c"}}, {"recyf", {"R6", "R13"}}}},
           {"M-PHY-03",
            "Mettre les équipements réseau hors de portée du public",
            "Une prise réseau active dans le hall ou une box posée sur le comptoir de l'accueil "
            "permettent à n'importe qui de se brancher sur le réseau des professionnels, ou de "
            "couper par mégarde la connexion de toute la structure, logiciel de soins compris.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H7", "H26"}},
             {"pgssi", {"P3", "P4"}},
             {"nis2", {"i"}},
             {"recyf", {"R6"}}}},
           {"M-PHY-04",
            "Maîtriser les clés, badges et codes, y compris ceux des armoires à médicaments",
            "Un badge non rendu, un digicode inchangé depuis des années ou un code d'armoire à "
            "médicaments connu de tous ouvrent les locaux sensibles et les traitements à d'anciens "
            "salariés ou à des inconnus.",
            "S",
            "Sans coût",
            "6 mois",
            {{"anssi", {"H6", "H26"}},
             {"pgssi", {"P3"}},
             {"nis2", {"c", "i"}},
             {"recyf", {"R4", "R6", "R13"}}}},
       }},
      {"backups",
       "Sauvegardes et restauration",
       {
           {"Les données dont la structure ne peut pas se passer (dossiers des personnes "
            "accompagnées, paie, comptabilité, documents partagés, messagerie) sont-elles toutes "
            "sauvegardées automatiquement ?",
            {"Aucune sauvegarde, ou seulement des copies faites à la main sur une clé USB quand "
             "quelqu’un y pense.",
             "Une partie des données est sauvegardée (par exemple le serveur), mais des éléments "
             "importants ne le sont pas ou la copie est lancée à la main.",
             "Une sauvegarde automatique, au moins quotidienne, couvre le serveur et les logiciels "
             "principaux ; quelques oublis subsistent (postes, messagerie, un logiciel métier).",
             "Toutes les données indispensables figurent sur une liste tenue à jour et sont "
             "sauvegardées automatiquement chaque jour ; tout nouveau logiciel est ajouté à la "
             "liste dès son installation."}},
           {"Avez-vous décidé, par écrit, ce qui est sauvegardé, à quelle fréquence, combien de "
            "temps les copies sont gardées et qui s’en occupe ?",
            {"Rien n’est écrit : personne dans la structure ne sait ce qui est sauvegardé ni "
             "combien de temps les copies sont gardées.",
             "Le prestataire a réglé les sauvegardes, mais rien n’a été décidé ni écrit avec la "
             "structure.",
             "Un document décrit les sauvegardes, mais il n’a pas été validé par la direction ou "
             "n’est plus à jour.",
             "Un plan de sauvegarde validé par la direction fixe les données concernées, la perte "
             "acceptable, la fréquence, la durée de conservation et les responsables ; il est revu "
             "chaque année avec le prestataire."}},
           {"Une copie de vos sauvegardes est-elle conservée hors ligne ou impossible à modifier, "
            "hors de portée d’une attaque sur votre réseau ?",
            {"Toutes les copies sont joignables depuis le réseau (NAS, disque branché en "
             "permanence, dossier dans le cloud sans verrouillage), ou vous ne savez pas.",
             "Un disque est parfois débranché et rangé, mais de façon irrégulière : la dernière "
             "copie hors ligne peut dater de plusieurs mois.",
             "Une copie hors ligne ou verrouillée existe au moins chaque semaine, mais elle n’est "
             "pas vérifiée ou elle dépend d’une seule personne.",
             "Une copie au moins hebdomadaire est automatiquement verrouillée contre toute "
             "modification ou physiquement débranchée ; sa réussite est contrôlée et elle ne peut "
             "pas être effacée avec les comptes du réseau."}},
           {"Cette copie hors ligne est-elle faite à un rythme fixe, par une personne désignée qui "
            "a un remplaçant, et rangée dans un autre lieu que les serveurs ?",
            {"La copie est faite quand quelqu’un y pense et le disque reste à côté du serveur.",
             "La copie est faite régulièrement, mais le disque est rangé dans le même local que le "
             "serveur ou rien n’est prévu pendant les absences de la personne.",
             "Un rythme fixe et un remplaçant sont prévus, le disque est rangé dans un autre "
             "bâtiment ou un coffre, mais les rotations ne sont pas notées ou le disque n’est pas "
             "chiffré.",
             "Au moins deux disques chiffrés tournent à un rythme fixe (ou une copie externe "
             "verrouillée est surveillée), chaque rotation est notée, et la copie est conservée "
             "hors du bâtiment des serveurs."}},
           {"L’accès aux sauvegardes est-il protégé par des identifiants propres, différents de "
            "ceux qui servent à administrer le réseau et les postes ?",
            {"Les sauvegardes sont lisibles depuis n’importe quel poste (partage ouvert) ou "
             "protégées par un mot de passe partagé ou par défaut.",
             "L’accès est réservé aux administrateurs, mais avec les mêmes comptes que pour le "
             "reste du réseau.",
             "Un compte dédié aux sauvegardes existe, avec un mot de passe robuste connu du seul "
             "prestataire, mais il dépend encore de l’annuaire ou n’a pas de double "
             "authentification.",
             "Les sauvegardes ont leurs propres comptes, indépendants de l’annuaire, avec double "
             "authentification quand c’est possible ; la liste des personnes habilitées est connue "
             "et la console n’est pas joignable depuis les postes des utilisateurs."}},
           {"Quelqu’un vérifie-t-il chaque semaine que les sauvegardes ont réussi, et sait-on quoi "
            "faire quand l’une d’elles échoue ?",
            {"Personne ne vérifie ; un échec ne serait découvert qu’au moment d’avoir besoin de la "
             "sauvegarde.",
             "Le prestataire dit surveiller, mais la structure ne reçoit aucun compte rendu et les "
             "échecs ne sont pas suivis.",
             "Des alertes automatiques arrivent au prestataire et au référent et les échecs sont "
             "corrigés, sans procédure écrite ni délai convenu.",
             "Les rapports sont lus chaque semaine, tout échec est corrigé dans un délai convenu "
             "selon une procédure écrite, et un bilan mensuel est transmis à la direction."}},
           {"Avez-vous déjà vérifié, par un essai réel, que l’on sait restaurer vos données et "
            "remettre en route vos logiciels à partir des sauvegardes ?",
            {"Aucun test de restauration n’a jamais été fait, ou vous ne savez pas.",
             "Seules des restaurations ponctuelles de fichiers ont été faites, après une erreur de "
             "manipulation.",
             "Un test de restauration d’un serveur ou du logiciel principal a eu lieu dans les "
             "douze derniers mois, mais sans compte rendu ni vérification par les utilisateurs.",
             "Au moins une fois par an, un test complet est réalisé et consigné (durée, "
             "difficultés, corrections), avec la vérification des données par un professionnel "
             "désigné ; les résultats alimentent le plan de reprise."}},
           {"Pour vos logiciels hébergés à l’extérieur (dossier usager, paie, messagerie en "
            "ligne), savez-vous ce que le fournisseur sauvegarde et en combien de temps il vous "
            "rendrait vos données ?",
            {"Vous ne savez pas ce que font les fournisseurs ; vous supposez qu’ils sauvegardent.",
             "Le fournisseur l’a affirmé oralement ou dans une brochure, mais rien ne figure au "
             "contrat.",
             "Le contrat mentionne les sauvegardes (fréquence, conservation), mais pas le délai de "
             "restauration ni la récupération de vos données si le fournisseur est indisponible.",
             "Les contrats fixent fréquence, conservation, délai de restauration et récupération "
             "des données ; la structure garde en plus un export régulier des informations "
             "essentielles et, pour la messagerie en ligne, une sauvegarde indépendante."}},
       },
       {
           {"M-BAK-01",
            "Mettre en place une copie de sauvegarde hors ligne ou verrouillée",
            "Lors d’une attaque par rançongiciel, l’attaquant chiffre ou efface d’abord les "
            "sauvegardes joignables depuis le réseau.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H37"}},
             {"pgssi", {"P7.4"}},
             {"care", {"D2-O3.c", "D2-O3.b"}},
             {"nis2", {"c"}},
             {"recyf", {"R13"}}}},
           {"M-BAK-02",
            "Tester la restauration chaque année avec un contrôle par les équipes",
            "Une sauvegarde jamais restaurée peut se révéler incomplète ou illisible le jour où "
            "l’on en a besoin.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H37"}},
             {"pgssi", {"P7.4", "P7.5"}},
             {"care", {"D2-O4"}},
             {"nis2", {"c", "f"}},
             {"recyf", {"R13", "R15"}}}},
           {"M-BAK-03",
            "Écrire le plan de sauvegarde et y faire entrer toutes les données indispensables",
            "Ce qui n’est pas listé n’est pas sauvegardé : le planning des équipes sur un poste, "
            "une boîte aux lettres ou un logiciel ajouté l’an dernier manqueront le jour de "
            "l’incident.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H37"}},
             {"pgssi", {"P7.4"}},
             {"care", {"D2-O2.a", "D2-O2.b"}},
             {"nis2", {"c"}},
             {"recyf", {"R13"}}}},
           {"M-BAK-04",
            "Protéger l’accès aux sauvegardes et surveiller leur réussite",
            "Un attaquant qui a obtenu le mot de passe administrateur du réseau efface les "
            "sauvegardes avant de déclencher le chiffrement.",
            "S",
            "€",
            "3 mois",
            {{"anssi", {"H37", "H8"}},
             {"pgssi", {"P7.4"}},
             {"care", {"D2-O3.a", "D2-O3.d"}},
             {"nis2", {"c", "j"}},
             {"recyf", {"R13", "R11"}}}},
       }},
      {"logs",
       "Journaux, détection et veille",
       {
           {"Les événements importants (connexions, actions des administrateurs, blocages du "
            "pare-feu) sont-ils enregistrés et conservés plusieurs mois ?",
            {"Vous ne savez pas si des journaux existent, ou ils ne sont pas activés.",
             "Les équipements gardent leurs journaux avec les réglages d’origine : ils s’effacent "
             "au bout de quelques jours.",
             "Les journaux du pare-feu et des serveurs sont conservés plusieurs mois, mais chacun "
             "sur son équipement, sans copie à l’abri.",
             "Les journaux du pare-feu, des serveurs, de l’annuaire, de la messagerie et des accès "
             "à distance sont conservés de six mois à un an, copiés hors des équipements "
             "surveillés et horodatés à la même heure de référence."}},
           {"Savez-vous qui se connecte à distance à votre informatique (prestataire, éditeurs, "
            "télétravail), et quand ?",
            {"Vous ne savez pas quels accès à distance existent ni qui les utilise.",
             "Les accès sont connus, mais l’historique des connexions est chez le prestataire et "
             "la structure ne le voit jamais.",
             "Chaque accès à distance est nominatif et tracé ; l’historique peut être obtenu sur "
             "demande, mais personne ne le relit.",
             "Chaque connexion à distance est nominative et tracée, l’historique est relu chaque "
             "mois par le référent avec le prestataire, et une connexion inattendue déclenche une "
             "alerte."}},
           {"Les alertes de l’antivirus et du pare-feu arrivent-elles à quelqu’un qui les examine "
            "et agit ?",
            {"Les alertes s’affichent seulement sur le poste concerné et l’utilisateur les ferme.",
             "Une console centrale reçoit les alertes, mais personne ne la consulte régulièrement.",
             "Le prestataire reçoit les alertes et les traite les jours ouvrés, sans délai "
             "convenu.",
             "Le prestataire reçoit et traite les alertes dans un délai fixé au contrat, y compris "
             "hors heures ouvrées pour les plus graves, et envoie chaque mois un bilan au "
             "référent."}},
           {"Êtes-vous prévenu quand un compte administrateur est créé, ajouté à un groupe "
            "sensible ou utilisé de façon inhabituelle sur votre annuaire ?",
            {"Aucune alerte : la création d’un compte administrateur passerait inaperçue.",
             "Le prestataire peut consulter ces événements après coup, mais rien ne le prévient.",
             "Une alerte est envoyée au prestataire pour les changements sur les comptes "
             "administrateurs, sans relecture régulière.",
             "Les changements sur les comptes et groupes administrateurs déclenchent une alerte "
             "traitée rapidement, et la liste des administrateurs est revue chaque trimestre avec "
             "le référent."}},
           {"Le logiciel de dossier usager garde-t-il la trace de qui consulte ou modifie chaque "
            "dossier, et ces traces sont-elles parfois vérifiées ?",
            {"Vous ne savez pas si le logiciel garde ces traces, ou les comptes sont partagés au "
             "point qu’elles ne désignent personne.",
             "Les traces existent chez l’éditeur, mais personne dans la structure ne sait comment "
             "les obtenir.",
             "Les traces sont accessibles à la direction ou au référent et ont déjà été consultées "
             "à la suite d’une question ou d’une plainte.",
             "Les traces sont conservées au moins six mois et contrôlées par sondage plusieurs "
             "fois par an (dossiers sensibles, accès la nuit, comptes de personnes parties), avec "
             "un compte rendu."}},
           {"Recevez-vous les alertes de sécurité (CERT Santé, centre régional, éditeurs), et "
            "quelqu’un vérifie-t-il si elles vous concernent ?",
            {"Personne ne reçoit d’alertes de sécurité.",
             "Quelqu’un est abonné, mais les messages ne sont pas lus ou pas transmis.",
             "Le référent reçoit les alertes et les transmet au prestataire, sans savoir si elles "
             "ont été traitées.",
             "Le référent reçoit les alertes, le prestataire indique sous quelques jours si la "
             "structure est concernée et ce qui a été corrigé, et le suivi est noté."}},
           {"Vérifiez-vous régulièrement ce que votre structure laisse visible depuis Internet "
            "(pare-feu, accès à distance, messagerie, caméras) ?",
            {"Vous ne savez pas ce qui est visible depuis Internet.",
             "Le prestataire connaît les accès ouverts, mais aucun contrôle extérieur n’a été "
             "fait.",
             "Un contrôle extérieur a été fait une fois et les problèmes trouvés ont été corrigés.",
             "Un contrôle extérieur est fait au moins chaque année et à chaque changement "
             "d’équipement, et toute nouvelle ouverture vers Internet est validée par la "
             "direction."}},
           {"Les anomalies signalées par les professionnels (message suspect, ordinateur qui se "
            "comporte bizarrement, compte bloqué) sont-elles notées et suivies jusqu’à leur "
            "résolution ?",
            {"Rien n’est noté : chacun se débrouille ou appelle qui il peut.",
             "Les signalements passent par le référent ou le prestataire, sans trace écrite.",
             "Les signalements sont notés (tickets du prestataire ou cahier), mais personne ne "
             "fait le point régulièrement.",
             "Un registre unique recense les signalements et leur suite ; le référent le passe en "
             "revue chaque mois avec le prestataire et remonte les événements notables à la "
             "direction."}},
       },
       {
           {"M-LOG-01",
            "Conserver les journaux des équipements clés et tracer les accès à distance",
            "Sans journaux, impossible de savoir par où l’attaquant est entré, quelles données il "
            "a emportées, ni de le dire à la CNIL, aux familles et au CERT Santé.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H36", "H25"}},
             {"pgssi", {"P7.2", "P6.1"}},
             {"nis2", {"b", "d"}},
             {"recyf", {"R8", "R12", "R20"}}}},
           {"M-LOG-02",
            "Faire traiter les alertes de sécurité par le prestataire dans un délai convenu",
            "Une alerte de l’antivirus ou la création d’un compte administrateur inconnu est "
            "souvent le seul signe avant-coureur d’un rançongiciel.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H36", "H40"}},
             {"pgssi", {"P7.1", "P7.2"}},
             {"nis2", {"b"}},
             {"recyf", {"R9", "R12", "R20"}}}},
           {"M-LOG-03",
            "Recevoir les alertes de sécurité et contrôler ce qui est visible depuis Internet",
            "Les attaquants exploitent les failles annoncées dans les jours qui suivent leur "
            "publication, en visant en priorité les équipements joignables depuis Internet.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H34", "H23"}},
             {"pgssi", {"P7.1", "P4.3"}},
             {"care", {"D1"}},
             {"nis2", {"e"}},
             {"recyf", {"R7", "R12"}}}},
           {"M-LOG-04",
            "Contrôler régulièrement les accès au dossier usager",
            "La consultation indiscrète du dossier d’un résident ou d’un jeune accueilli porte "
            "atteinte au secret professionnel et à la confiance des familles ; elle engage la "
            "structure vis-à-vis de la CNIL et pèse dans l’évaluation HAS.",
            "S",
            "Sans coût",
            "12 mois",
            {{"anssi", {"H36"}},
             {"pgssi", {"P7.2", "P5.1"}},
             {"has", {"2.2-07", "2.10-02"}},
             {"nis2", {"i"}},
             {"recyf", {"R10", "R12"}}}},
       }},
      {"incidents",
       "Réagir à un incident et le déclarer",
       {
           {"Si un ordinateur affiche une demande de rançon un samedi soir, les professionnels "
            "présents savent-ils qui appeler, et ces numéros sont-ils accessibles sans "
            "l’informatique ?",
            {"Personne ne sait qui appeler en dehors des heures de bureau ; les numéros ne sont "
             "que dans les ordinateurs ou dans la tête d’une personne.",
             "La direction connaît le numéro du prestataire, mais rien n’est écrit et les équipes "
             "de nuit ne sauraient pas quoi faire.",
             "Une liste imprimée existe (prestataire, astreinte, référent), mais elle est "
             "incomplète, pas à jour ou pas connue de toutes les équipes.",
             "Une liste imprimée, datée et vérifiée au moins chaque année (prestataire, astreinte "
             "de direction, référent, CERT Santé, centre de ressources, assureur) est affichée "
             "dans chaque service et connue des équipes de nuit et de week-end."}},
           {"Savez-vous que vous devez déclarer sans délai tout incident de sécurité informatique "
            "grave, et savez-vous comment le faire ?",
            {"La direction ne connaît pas l’obligation de déclaration.",
             "La direction connaît l’obligation, mais ne sait pas comment déclarer ni qui le "
             "ferait.",
             "La personne qui déclare est désignée et connaît le portail et le CERT Santé, mais "
             "rien n’est écrit et aucun remplaçant n’est prévu.",
             "Une procédure écrite précise les critères de déclaration, la personne qui déclare et "
             "son remplaçant, le portail, le CERT Santé, la CNIL et la plainte ; elle a été jouée "
             "en exercice ou appliquée lors d’un incident réel."}},
           {"Des consignes simples (fiches réflexes) disent-elles aux professionnels quoi faire "
            "devant un ordinateur qui se comporte bizarrement ou un message de rançon ?",
            {"Aucune consigne n’existe.",
             "Des consignes orales ont été données (« appelez le prestataire »), sans support "
             "écrit.",
             "Une fiche réflexe existe et est affichée à quelques endroits, mais elle n’a pas été "
             "expliquée à toutes les équipes.",
             "Des fiches réflexes adaptées à chaque public sont affichées près des postes et dans "
             "le classeur de nuit, présentées à chaque arrivée et revues après chaque exercice ou "
             "incident."}},
           {"Sait-on, sur place, comment isoler rapidement les ordinateurs touchés ou couper "
            "l’accès à Internet, et qui prend cette décision ?",
            {"Personne sur place ne sait comment isoler les postes ou couper Internet, ni qui peut "
             "le décider.",
             "Seul le prestataire, à distance, saurait isoler le réseau ; sur place, personne ne "
             "connaît les équipements.",
             "Le référent sait où sont les équipements et peut débrancher, mais qui décide n’est "
             "écrit nulle part.",
             "Une procédure dit qui décide (direction ou astreinte) et qui agit ; les équipements "
             "sont étiquetés, les conséquences de la coupure sur les services sont connues, et le "
             "geste a été répété en exercice."}},
           {"Votre contrat avec le prestataire informatique prévoit-il une intervention rapide en "
            "cas d’attaque, y compris le week-end ?",
            {"Il n’y a pas de contrat, ou vous ne savez pas ce qu’il prévoit.",
             "Le contrat couvre la maintenance aux heures de bureau, sans rien sur les incidents "
             "de sécurité.",
             "Le contrat mentionne les incidents de sécurité, mais sans délai, sans astreinte ou "
             "sans ce qui est compris.",
             "Le contrat fixe un délai d’intervention, y compris le week-end, ce qui est compris "
             "en cas d’attaque et le recours à un spécialiste ; les coordonnées d’appui extérieur "
             "sont aussi connues."}},
           {"Savez-vous si une assurance couvre les conséquences d’une cyberattaque, et ce qu’elle "
            "exige de vous le jour où elle survient ?",
            {"Vous ne savez pas si vous êtes assuré contre ce risque.",
             "Vous pensez être couvert par un contrat général, sans l’avoir vérifié.",
             "La couverture est vérifiée, mais les conditions (délai de déclaration, plainte, "
             "prestataires imposés) ne sont pas connues de ceux qui géreraient la crise.",
             "La couverture est vérifiée et adaptée ; le numéro d’assistance et les conditions "
             "figurent dans la procédure d’incident."}},
           {"Si des données de personnes accompagnées ou de salariés sont volées ou divulguées, "
            "savez-vous qui doit être prévenu et dans quels délais ?",
            {"Personne ne sait qu’il faut prévenir la CNIL ni dans quel délai.",
             "Un délégué à la protection des données existe, mais il n’est pas prévu de le "
             "prévenir en cas d’incident.",
             "Le délégué et la direction connaissent le délai de 72 heures et la démarche, sans "
             "procédure ni modèle prêts.",
             "Une procédure désigne qui évalue et notifie, un registre des violations est tenu, et "
             "des modèles de notification à la CNIL et de courrier aux personnes et aux familles "
             "sont prêts."}},
           {"Les incidents passés (virus, messagerie piratée, tentative de fraude au virement) "
            "ont-ils été analysés pour en tirer des leçons ?",
            {"Les incidents ne sont ni notés ni analysés.",
             "Les incidents sont connus de la direction, mais rien n’a été écrit ni changé.",
             "Les incidents importants ont fait l’objet d’une note et de quelques actions, sans "
             "suivi.",
             "Chaque incident donne lieu à un compte rendu court (causes, conséquences, actions), "
             "les actions sont suivies dans le plan d’action et les enseignements sont partagés "
             "avec les équipes."}},
       },
       {
           {"M-INC-01",
            "Afficher les contacts d’urgence, utilisables sans informatique",
            "Une attaque se déclare souvent la nuit ou le week-end, quand seules les équipes de "
            "soins sont présentes.",
            "XS",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H40"}}, {"pgssi", {"P7.3"}}, {"nis2", {"b"}}, {"recyf", {"R12", "R14"}}}},
           {"M-INC-02",
            "Préparer la déclaration obligatoire des incidents graves et la notification des "
            "violations de données",
            "Déclarer sans délai un incident grave est une obligation légale pour les ESMS ; c’est "
            "aussi ce qui déclenche l’aide gratuite du CERT Santé.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H40"}},
             {"pgssi", {"P1.1", "P7.3"}},
             {"has", {"2.2-07"}},
             {"nis2", {"b"}},
             {"recyf", {"R12", "R14"}}}},
           {"M-INC-03",
            "Diffuser des fiches réflexes par public et préparer l’isolement du réseau",
            "Les bons gestes dans les premières minutes (isoler le poste, ne pas payer, prévenir) "
            "limitent l’attaque à quelques postes au lieu de toute la structure.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H40", "H2"}},
             {"pgssi", {"P7.3"}},
             {"nis2", {"b", "g"}},
             {"recyf", {"R12", "R14"}}}},
           {"M-INC-04",
            "Faire écrire dans les contrats l’intervention en cas d’attaque et vérifier "
            "l’assurance",
            "Sans engagement écrit, le prestataire peut n’être disponible que le lundi matin, et "
            "l’assurance refuser de payer si ses conditions n’ont pas été respectées.",
            "M",
            "€",
            "6 mois",
            {{"anssi", {"H3", "H40"}},
             {"pgssi", {"P6.6", "P7.3"}},
             {"nis2", {"b", "d"}},
             {"recyf", {"R3", "R12"}}}},
       }},
      {"continuity",
       "Crise, continuité et exercices",
       {
           {"Votre plan de gestion de crise (plan bleu ou équivalent) prévoit-il une panne "
            "informatique longue ou une cyberattaque ?",
            {"Il n’y a pas de plan de crise, ou il ne dit rien de l’informatique.",
             "Le plan cite la panne informatique en une ligne, sans rôles ni décisions prévues.",
             "Une partie du plan traite de la cyberattaque (cellule de crise, rôles, premières "
             "décisions), mais elle n’a pas été mise à jour ou les équipes ne la connaissent pas.",
             "Le plan comporte un scénario de cyberattaque avec rôles et suppléants, il a été mis "
             "à jour depuis moins d’un an et après le dernier exercice, et les représentants du "
             "conseil de la vie sociale ont été consultés."}},
           {"Avez-vous listé les activités qui ne peuvent pas s’arrêter, et combien de temps "
            "chacune peut se passer de l’informatique ?",
            {"Aucune réflexion n’a été menée sur les activités vitales.",
             "Les activités vitales sont connues de la direction, mais rien n’est écrit.",
             "Une liste des activités vitales et de leurs dépendances existe, sans durée tolérable "
             "ni priorité de redémarrage.",
             "Chaque activité vitale a une durée d’arrêt tolérable, une perte de données "
             "acceptable, ses dépendances (logiciels, équipements, fournisseurs, personnes) et une "
             "priorité de redémarrage ; le tableau est validé par la direction et partagé avec le "
             "prestataire."}},
           {"Si le dossier de soins informatisé devient inaccessible, les soignants peuvent-ils "
            "continuer à donner le bon traitement à chaque personne, dès la prochaine "
            "distribution ?",
            {"Les traitements ne sont consultables que dans le logiciel ; rien n’est prévu en cas "
             "de panne.",
             "L’équipe appellerait la pharmacie ou le médecin, mais rien n’est préparé à l’avance.",
             "Les plans d’administration sont imprimés ou exportés, mais irrégulièrement (plus "
             "d’une semaine) ou conservés à un seul endroit inaccessible la nuit.",
             "Les plans d’administration à jour sont exportés au moins chaque semaine et après "
             "chaque changement important, rangés dans chaque unité, avec des feuilles "
             "d’administration papier prêtes ; la procédure est connue des infirmiers de nuit et a "
             "été testée en exercice."}},
           {"Les informations indispensables sur chaque personne accompagnée (contacts des "
            "proches, allergies, régimes, consignes de sécurité, mesures de protection) sont-elles "
            "disponibles sans l’informatique ?",
            {"Toutes ces informations ne sont que dans les logiciels.",
             "Une partie existe sur papier (par exemple la liste des régimes en cuisine), mais "
             "sans mise à jour régulière.",
             "Une fiche par personne existe sur papier ou sur un support hors réseau, mais elle "
             "n’est pas mise à jour à un rythme fixé ou les transmissions papier ne sont pas "
             "prévues.",
             "Une fiche essentielle par personne est mise à jour à un rythme fixé et rangée dans "
             "chaque unité ; des modèles de transmissions papier sont prêts et la ressaisie après "
             "la crise est organisée."}},
           {"Savez-vous quels équipements de sécurité des personnes s’arrêteraient avec le réseau "
            "(appels malades, portes et digicodes, alarmes, téléphones) et comment les compenser ?",
            {"Vous ne savez pas quels équipements dépendent du réseau.",
             "Les équipements concernés sont à peu près connus, mais aucune solution de secours "
             "n’est prévue.",
             "Les équipements concernés et leur secours sont identifiés, sans consigne écrite ni "
             "essai.",
             "Une liste des équipements dépendants et une consigne de secours (rondes, "
             "vérification des portes, téléphones de secours) existent, sont connues des équipes "
             "de nuit et ont été essayées."}},
           {"Pourriez-vous assurer pendant plusieurs semaines le planning des équipes, la paie et "
            "les commandes (repas, pharmacie, fournitures) sans vos logiciels ?",
            {"Rien n’est prévu : le planning et la paie dépendent entièrement des logiciels.",
             "Des solutions sont imaginées (reconduire la paie du mois précédent), mais ni écrites "
             "ni convenues avec les fournisseurs.",
             "Le planning est imprimé régulièrement et le secours de la paie est convenu, mais les "
             "commandes et les contacts fournisseurs ne sont pas prévus.",
             "Le planning des semaines à venir est imprimé régulièrement, une procédure de secours "
             "est convenue avec la paie, et la liste papier des fournisseurs et des commandes "
             "indispensables est prête."}},
           {"Avez-vous convenu avec votre prestataire et vos éditeurs de l’ordre et des délais de "
            "remise en route de vos logiciels après une attaque ?",
            {"Rien n’a été discuté avec le prestataire ni avec les éditeurs.",
             "Le prestataire a une idée de l’ordre de redémarrage, mais rien n’est écrit ni validé "
             "par la direction.",
             "Un ordre de redémarrage et des délais sont écrits, sans avoir été confrontés à un "
             "test réel ni aux besoins des soins.",
             "Un plan de reprise écrit fixe l’ordre et les délais de redémarrage selon les "
             "priorités des soins, les délais ont été vérifiés par un test, et chaque logiciel a "
             "un professionnel désigné pour valider sa remise en service."}},
           {"Avez-vous prévu comment informer les équipes, les personnes accompagnées, les "
            "familles et les autorités pendant une crise, sans la messagerie habituelle ?",
            {"Rien n’est prévu pour communiquer en cas de crise.",
             "La direction communiquerait au cas par cas ; aucun moyen de secours ni message type "
             "n’existe.",
             "Un moyen de joindre les équipes sans la messagerie existe et un porte-parole est "
             "désigné, sans messages types pour l’extérieur.",
             "Un porte-parole, un moyen de communication de secours testé et des messages types "
             "pour les équipes, les familles, les autorités et la presse sont prêts ; les "
             "partenaires extérieurs connaissent le plan."}},
           {"Avez-vous réalisé un exercice de crise cyber (sur table ou en situation) au cours des "
            "douze derniers mois, suivi d’un retour d’expérience ?",
            {"Aucun exercice de crise cyber n’a jamais été fait.",
             "Un exercice a eu lieu il y a plus de deux ans, ou seulement une discussion en comité "
             "de direction.",
             "Un exercice a eu lieu dans les deux dernières années, limité à la direction ou sans "
             "retour d’expérience écrit ni actions.",
             "Un exercice a lieu chaque année avec la direction, l’encadrement et des soignants "
             "(nuit comprise) ; le retour d’expérience est écrit, ses actions sont suivies et le "
             "plan de crise est mis à jour."}},
       },
       {
           {"M-CRI-01",
            "Ajouter la cyberattaque au plan de crise et préparer la communication de secours",
            "Face à une attaque, une structure sans plan improvise les décisions les plus lourdes "
            "(couper le réseau, déclarer, informer les familles) pendant que les soins se "
            "désorganisent.",
            "M",
            "Sans coût",
            "6 mois",
            {{"pgssi", {"P7.5"}},
             {"care", {"D2-O1.a", "D2-O1.b"}},
             {"has", {"3.14-01", "3.14-02"}},
             {"nis2", {"c", "j"}},
             {"recyf", {"R14"}}}},
           {"M-CRI-02",
            "Préparer le mode dégradé du circuit du médicament",
            "Sans plan de soins accessible, la prochaine distribution de médicaments se fait de "
            "mémoire : risque d’oubli, de doublon ou d’erreur de traitement pour chaque personne.",
            "S",
            "Sans coût",
            "3 mois",
            {{"pgssi", {"P7.5"}},
             {"care", {"D2-O1.c"}},
             {"has", {"3.14-01", "3.14-04"}},
             {"nis2", {"c"}},
             {"recyf", {"R13"}}}},
           {"M-CRI-03",
            "Préparer les fiches papier du mode dégradé pour l’accompagnement, la sécurité et la "
            "gestion",
            "Une cyberattaque prive la structure de ses logiciels pendant des semaines : sans "
            "fiches papier, on ne sait plus qui est allergique à quoi, qui prévenir, quelle porte "
            "surveiller ni qui travaille demain.",
            "M",
            "Sans coût",
            "6 mois",
            {{"anssi", {"H4"}},
             {"pgssi", {"P7.5"}},
             {"care", {"D2-O1.c"}},
             {"has", {"3.14-01"}},
             {"nis2", {"c"}},
             {"recyf", {"R13"}}}},
           {"M-CRI-04",
            "Identifier les activités vitales et convenir de l’ordre de redémarrage",
            "Sans priorités écrites, le prestataire redémarre d’abord ce qu’il connaît, pas ce "
            "dont les soins ont besoin, et la structure découvre pendant la crise qu’il faudra des "
            "semaines.",
            "M",
            "Sans coût",
            "12 mois",
            {{"anssi", {"H37"}},
             {"pgssi", {"P7.5"}},
             {"care", {"D2-O1.c", "D2-O4"}},
             {"nis2", {"c"}},
             {"recyf", {"R13"}}}},
       }},
      {"awareness",
       "Sensibilisation et formation",
       {
           {"Chaque nouvel arrivant reçoit-il des consignes de sécurité informatique, y compris "
            "les remplaçants, les intérimaires et les stagiaires ?",
            {"Aucune consigne n’est donnée à l’arrivée.",
             "Les salariés permanents signent une charte, mais les remplaçants et intérimaires ne "
             "reçoivent rien.",
             "Tous les arrivants reçoivent un document de consignes, sans explication orale ni "
             "vérification systématique.",
             "Chaque arrivant, intérimaires et stagiaires compris, reçoit une présentation courte "
             "et une page de consignes dès sa première prise de poste ; c’est noté dans la liste "
             "de contrôle d’accueil."}},
           {"Les professionnels sont-ils sensibilisés aux risques informatiques au moins une fois "
            "par an ?",
            {"Aucune sensibilisation n’a jamais eu lieu.",
             "Une action ponctuelle a eu lieu il y a longtemps, ou seulement un courriel "
             "d’information.",
             "Une sensibilisation a eu lieu dans les deux dernières années, pour une partie du "
             "personnel seulement.",
             "Au moins une action par an touche tous les services, avec des formats courts, des "
             "sujets renouvelés (messages piégés, mots de passe, clés USB, fraude par téléphone) "
             "et un suivi de la participation."}},
           {"Les équipes de nuit et de week-end reçoivent-elles la même information que les "
            "équipes de jour ?",
            {"Les équipes de nuit et de week-end n’ont jamais été sensibilisées.",
             "Les équipes de nuit reçoivent un document, sans échange ni vérification.",
             "Une session a été organisée à un horaire adapté, mais une partie des équipes de nuit "
             "et de week-end n’y a pas assisté.",
             "Les équipes de nuit et de week-end sont sensibilisées chaque année à un horaire "
             "adapté (relève, session de nuit) et leur participation est suivie comme celle des "
             "équipes de jour."}},
           {"Vos équipes savent-elles reconnaître un message piégé et le signaler, et l’avez-vous "
            "déjà vérifié par un exercice ?",
            {"Les équipes n’ont reçu aucune information sur les messages piégés.",
             "Les équipes ont été informées, mais ne savent pas comment signaler un message "
             "suspect.",
             "Une adresse de signalement existe et une campagne de faux messages a été menée une "
             "fois, sans suite.",
             "Des campagnes sont menées régulièrement, après information des représentants du "
             "personnel et sans sanction ; le taux de signalement progresse et chaque campagne est "
             "suivie d’un rappel ciblé."}},
           {"Une charte informatique fixe-t-elle les règles d’usage (identifiants personnels, mots "
            "de passe, clés USB, usage personnel, poste verrouillé), et est-elle connue des "
            "équipes ?",
            {"Il n’y a pas de charte informatique.",
             "Une charte existe, mais elle est ancienne, inadaptée aux unités de soins ou inconnue "
             "des équipes.",
             "Une charte à jour existe et est signée par les salariés permanents, sans "
             "présentation aux équipes.",
             "Une charte courte, à jour et adaptée aux situations de soins est annexée au "
             "règlement intérieur, présentée à chaque arrivée et signée par tous, intérimaires "
             "compris."}},
           {"La direction, l’encadrement et le service comptable ont-ils été sensibilisés aux "
            "escroqueries qui les visent (faux dirigeant, faux changement de coordonnées bancaires "
            "d’un fournisseur) ?",
            {"Aucune sensibilisation ni procédure sur ces escroqueries.",
             "Les personnes concernées en ont entendu parler, sans procédure de vérification.",
             "Une procédure de vérification des changements de coordonnées bancaires existe, sans "
             "sensibilisation de tous les décideurs.",
             "Direction, encadrement et comptabilité sont sensibilisés chaque année, et toute "
             "demande de paiement inhabituelle ou tout changement de coordonnées bancaires est "
             "vérifié par un rappel à un numéro connu."}},
           {"La personne qui s’occupe de l’informatique dans la structure a-t-elle été formée à la "
            "sécurité et dispose-t-elle de temps pour ce rôle ?",
            {"Personne n’a ce rôle, ou la personne n’a reçu aucune formation.",
             "Le référent s’est formé seul, sur son temps disponible.",
             "Le référent a suivi une formation de base (par exemple auprès du centre de "
             "ressources), sans mise à jour ni temps dédié.",
             "Le référent a été formé, met à jour ses connaissances chaque année, participe au "
             "réseau régional des référents et dispose d’un temps défini dans sa fiche de poste."}},
           {"Les professionnels savent-ils ce qu’on attend d’eux en cas de panne informatique ou "
            "d’attaque (premiers gestes, mode dégradé, qui prévenir) ?",
            {"Les équipes n’ont reçu aucune information sur la conduite à tenir.",
             "L’encadrement connaît la conduite à tenir, mais les équipes n’ont pas été informées.",
             "Les équipes ont été informées une fois des premiers gestes, sans formation au mode "
             "dégradé ni rappel.",
             "Chaque année, les équipes (nuit comprise) sont formées aux premiers gestes et au "
             "mode dégradé de leur service, et les nouveaux arrivants en reçoivent les bases dès "
             "leur accueil."}},
       },
       {
           {"M-AWA-01",
            "Donner les consignes essentielles à chaque arrivée, intérimaires compris",
            "Un intérimaire ou un remplaçant qui ne connaît pas les règles utilise un identifiant "
            "partagé, ouvre la pièce jointe piégée ou laisse une session ouverte sur le dossier "
            "des résidents.",
            "S",
            "Sans coût",
            "3 mois",
            {{"anssi", {"H2", "H6"}},
             {"pgssi", {"P2.2"}},
             {"has", {"2.10-02"}},
             {"nis2", {"g", "i"}},
             {"recyf", {"R4"}}}},
           {"M-AWA-02",
            "Sensibiliser chaque année toutes les équipes, nuit et week-end compris",
            "La plupart des attaques commencent par l’erreur d’un professionnel qui n’a jamais été "
            "averti.",
            "M",
            "Sans coût",
            "6 mois",
            {{"anssi", {"H2"}},
             {"pgssi", {"P2.2"}},
             {"has", {"3.14-04", "3.15-03"}},
             {"nis2", {"g"}},
             {"recyf", {"R4"}}}},
           {"M-AWA-03",
            "Entraîner les équipes à repérer et signaler les messages piégés et les fraudes",
            "Un seul clic sur un message piégé peut suffire à faire entrer un rançongiciel ; un "
            "seul virement vers un faux fournisseur peut coûter des dizaines de milliers d’euros à "
            "la structure.",
            "S",
            "€",
            "6 mois",
            {{"anssi", {"H2", "H24"}}, {"pgssi", {"P2.2"}}, {"nis2", {"g"}}, {"recyf", {"R4"}}}},
           {"M-AWA-04",
            "Former le référent informatique à son rôle de sécurité",
            "Le référent est l’interlocuteur du prestataire et le premier appelé en cas "
            "d’incident.",
            "S",
            "Sans coût",
            "6 mois",
            {{"anssi", {"H1", "H39"}},
             {"pgssi", {"P2.1"}},
             {"nis2", {"g"}},
             {"recyf", {"R2", "R4"}}}},
       }},
  };
  return kDomains;
}

}  // namespace vigie::testing
