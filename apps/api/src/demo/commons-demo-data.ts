import type { CommonKind, CommonStatus } from '@ouvroir/contracts';

/**
 * A common of the demo catalogue: written for the demo (the names are those of projects the
 * programme uses; descriptions, addresses and figures are illustrative). Maintainers are demo
 * accounts (by login) or organisations (by name); usages are organisations by name.
 */
export interface DemoCommon {
  kind: CommonKind;
  name: string;
  summary: string;
  description: string;
  domain: 'logiciels-libres' | 'ressources-educatives-libres';
  status: CommonStatus;
  licence: string;
  website?: string;
  tags: string[];
  /** Source first; a mirror names its source by URL. */
  repositories?: { url: string; mirrorOf?: string }[];
  /** The first one publishes it. */
  maintainers: string[];
  organisations?: string[];
  usedBy?: { organisation: string; instanceUrl?: string; userCount?: number }[];
  /** ScoLOMFR concepts by label: level, subject, pedagogical and document types. */
  scolomfr?: string[];
}

const FEATURES = (...features: string[]) => `\n\n## Fonctionnalités\n\n${features.map((f) => `- ${f}`).join('\n')}`;

/** Demo people of the académies that the demo accounts do not represent, so that their organisations exist. */
export const DEMO_ACADEMY_PEOPLE = [
  {
    login: 'referent-versailles',
    given_name: 'Inès',
    family_name: 'Moreau',
    email: 'ines.moreau@ac-versailles.fr',
    part: 'référente numérique de l’académie de Versailles',
    ouvroir_role: 'member' as const,
    organisation: 'Académie de Versailles',
  },
  {
    login: 'referent-lyon',
    given_name: 'Paul',
    family_name: 'Girard',
    email: 'paul.girard@ac-lyon.fr',
    part: 'référent numérique de l’académie de Lyon',
    ouvroir_role: 'member' as const,
    organisation: 'Académie de Lyon',
  },
];

const THREE_ACADEMIES = [
  { organisation: 'Académie de Rennes', instanceUrl: 'https://mathalea.ac-rennes.example', userCount: 12_000 },
  { organisation: 'Académie de Versailles', userCount: 25_000 },
  { organisation: 'Académie de Lyon', userCount: 8_500 },
];

export const DEMO_COMMONS: DemoCommon[] = [
  // Software
  {
    kind: 'software',
    name: 'MathALÉA',
    summary: 'Des exercices de mathématiques à données aléatoires, géométrie et calcul, du CP à la terminale.',
    description:
      'MathALÉA génère des exercices de mathématiques dont les données changent à chaque tirage, avec leurs corrections : calcul, géométrie, fonctions, probabilités. Les enseignants composent des fiches, des diaporamas de calcul mental et des évaluations, projetés en classe ou donnés en ligne.' +
      FEATURES('Exercices à données aléatoires avec correction', 'Diaporamas de calcul mental', 'Export LaTeX et PDF'),
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'AGPL-3.0-or-later',
    website: 'https://coopmaths.fr/alea',
    tags: ['learning-management-system', 'mathématiques', 'exercices'],
    repositories: [
      { url: 'https://forge.apps.education.fr/coopmaths/mathalea' },
      { url: 'https://github.com/coopmaths/mathalea', mirrorOf: 'https://forge.apps.education.fr/coopmaths/mathalea' },
    ],
    maintainers: ['karim'],
    organisations: ['Académie de Rennes'],
    usedBy: THREE_ACADEMIES,
  },
  {
    kind: 'software',
    name: 'Éléa',
    summary: 'La plateforme d’apprentissage en ligne des académies, construite sur Moodle.',
    description:
      'Éléa est une plateforme d’apprentissage fondée sur Moodle : les enseignants y scénarisent des parcours, suivent la progression de leurs élèves et partagent leurs parcours avec des collègues d’autres académies grâce à une bibliothèque commune.' +
      FEATURES('Parcours scénarisés', 'Bibliothèque de parcours partagés', 'Suivi de la progression'),
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'GPL-3.0-or-later',
    website: 'https://elea.apps.education.fr',
    tags: ['learning-management-system', 'moodle'],
    repositories: [
      { url: 'https://forge.apps.education.fr/elea/elea' },
      { url: 'https://github.com/dne-elea/elea', mirrorOf: 'https://forge.apps.education.fr/elea/elea' },
    ],
    maintainers: ['helene'],
    organisations: ['Direction du numérique pour l’éducation'],
    usedBy: [
      { organisation: 'Académie de Versailles', instanceUrl: 'https://elea.ac-versailles.fr', userCount: 180_000 },
      { organisation: 'Académie de Lyon', instanceUrl: 'https://elea.ac-lyon.fr', userCount: 95_000 },
    ],
  },
  {
    kind: 'software',
    name: 'Moodle',
    summary: 'La plateforme libre d’apprentissage en ligne la plus répandue au monde, sur laquelle Éléa est bâtie.',
    description:
      'Moodle gère des cours en ligne, des activités, des tests et des forums. Une communauté internationale le développe ; les académies en font des plateformes pour leurs établissements.',
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'GPL-3.0-or-later',
    website: 'https://moodle.org',
    tags: ['learning-management-system'],
    repositories: [{ url: 'https://github.com/moodle/moodle' }],
    maintainers: ['samir'],
  },
  {
    kind: 'software',
    name: 'Capytale',
    summary: 'Des activités de programmation en ligne pour la classe, de la conception à la correction.',
    description:
      'Capytale permet aux enseignants de créer des activités de programmation (Python, HTML, SQL, robots), de les distribuer à leurs élèves, puis de suivre et d’annoter leurs travaux, sans rien installer sur les postes.' +
      FEATURES('Carnets Python', 'Distribution par code d’activité', 'Annotation des copies'),
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'AGPL-3.0-or-later',
    website: 'https://capytale2.ac-paris.fr',
    tags: ['it-development', 'programmation', 'nsi'],
    repositories: [{ url: 'https://forge.apps.education.fr/capytale/capytale' }],
    maintainers: ['samir', 'karim'],
    usedBy: [{ organisation: 'Académie de Versailles', userCount: 40_000 }],
  },
  {
    kind: 'software',
    name: 'Digipad',
    summary: 'Des murs collaboratifs multimédias pour la classe, sans compte pour les élèves.',
    description:
      'Digipad, de La Digitale, crée des murs où chacun dépose textes, images, vidéos, liens et fichiers. L’enseignant modère les contributions, organise les colonnes et partage le mur par un lien ou un code QR.' +
      FEATURES('Murs en colonnes, en grille ou libres', 'Modération des contributions'),
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'AGPL-3.0-or-later',
    website: 'https://digipad.app',
    tags: ['collaboration', 'la digitale'],
    repositories: [
      { url: 'https://forge.apps.education.fr/ladigitale/digipad' },
      { url: 'https://github.com/ladigitale/digipad', mirrorOf: 'https://forge.apps.education.fr/ladigitale/digipad' },
    ],
    maintainers: ['claire'],
    usedBy: [{ organisation: 'Collège Anne de Bretagne (Rennes)' }],
  },
  {
    kind: 'software',
    name: 'Digiboard',
    summary: 'Un tableau blanc collaboratif en ligne, pour écrire et dessiner ensemble en direct.',
    description:
      'Digiboard, de La Digitale, est un tableau blanc où l’enseignant et les élèves écrivent, dessinent et déposent des images ensemble, depuis un navigateur.',
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'AGPL-3.0-or-later',
    website: 'https://digiboard.app',
    tags: ['collaboration', 'la digitale'],
    repositories: [{ url: 'https://forge.apps.education.fr/ladigitale/digiboard' }],
    maintainers: ['claire'],
  },
  {
    kind: 'software',
    name: 'Digistorm',
    summary: 'Sondages, questionnaires et nuages de mots en direct pour animer la classe.',
    description:
      'Digistorm, de La Digitale, crée des sondages, des questionnaires, des remue-méninges et des nuages de mots auxquels les élèves répondent depuis leur appareil ; les résultats s’affichent en direct.',
    domain: 'logiciels-libres',
    status: 'seeking_maintainers',
    licence: 'AGPL-3.0-or-later',
    tags: ['survey', 'la digitale'],
    repositories: [{ url: 'https://forge.apps.education.fr/ladigitale/digistorm' }],
    maintainers: ['claire'],
  },
  {
    kind: 'software',
    name: 'Primtux',
    summary: 'Une distribution libre pour l’école primaire, prête à installer sur des postes anciens.',
    description:
      'Primtux rassemble sur un seul système les logiciels libres de l’école primaire : lecture, calcul, jeux éducatifs, dessin et navigateur filtré. Elle fonctionne sur des ordinateurs anciens et se règle par cycle.' +
      FEATURES('Sessions par cycle', 'Navigateur filtré', 'Fonctionne sur des postes anciens'),
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'GPL-3.0-or-later',
    website: 'https://primtux.fr',
    tags: ['linux', 'standalone/desktop', 'école'],
    repositories: [
      { url: 'https://forge.apps.education.fr/primtux/primtux' },
      { url: 'https://github.com/primtux/primtux', mirrorOf: 'https://forge.apps.education.fr/primtux/primtux' },
    ],
    maintainers: ['claire', 'samir'],
    usedBy: [{ organisation: 'Académie de Lyon', userCount: 3_000 }],
  },
  {
    kind: 'software',
    name: 'EOLE',
    summary: 'Des serveurs libres pour les réseaux des établissements : pare-feu, annuaire et partages.',
    description:
      'EOLE (Ensemble ouvert libre et évolutif) fournit des modules serveur prêts à déployer dans les établissements : pare-feu et filtrage (Amon), serveur pédagogique (Scribe), annuaire et partages de fichiers, administrés depuis une console commune.',
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'CECILL-2.1',
    website: 'https://pcll.ac-dijon.fr/eole/',
    tags: ['network-management', 'it-security', 'linux', 'standalone/backend'],
    repositories: [{ url: 'https://forge.apps.education.fr/eole/eole' }],
    maintainers: ['samir'],
    organisations: ['Académie de Rennes'],
    usedBy: [{ organisation: 'Académie de Rennes', userCount: 60_000 }],
  },
  {
    kind: 'software',
    name: 'LibreOffice',
    summary: 'La suite bureautique libre : traitement de texte, tableur, présentations et dessin.',
    description:
      'LibreOffice lit et écrit les formats ouverts (OpenDocument) et ceux des autres suites. Installée sur les postes des établissements, elle évite aux familles d’acheter une licence pour travailler à la maison.',
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'MPL-2.0',
    website: 'https://fr.libreoffice.org',
    tags: ['office', 'productivity-suite'],
    repositories: [{ url: 'https://github.com/LibreOffice/core' }],
    maintainers: ['marc'],
    usedBy: [{ organisation: 'Collège Anne de Bretagne (Rennes)' }],
  },
  {
    kind: 'software',
    name: 'Sacoche',
    summary: 'Évaluer par compétences et suivre les acquis des élèves, du cycle 2 au lycée.',
    description:
      'Sacoche permet aux équipes d’évaluer par compétences, de suivre les acquis de chaque élève, de produire des bilans et d’échanger avec les familles. L’établissement l’héberge ou passe par un hébergement mutualisé.',
    domain: 'logiciels-libres',
    status: 'active',
    licence: 'AGPL-3.0-or-later',
    website: 'https://sacoche.sesamath.net',
    tags: ['évaluation', 'compétences'],
    repositories: [{ url: 'https://forge.apps.education.fr/sesamath/sacoche' }],
    maintainers: ['karim'],
  },
  {
    kind: 'software',
    name: 'Cartes mentales Éditeur+',
    summary: 'Un éditeur de cartes mentales sous licence d’éditeur : présent dans les classes, mais pas libre.',
    description:
      'Cet éditeur de cartes mentales est utilisé dans plusieurs établissements. Sa licence n’est pas libre : le catalogue l’affiche pour que chacun le sache, et le groupe de travail cherche une solution libre équivalente.',
    domain: 'logiciels-libres',
    status: 'active',
    licence: 'LicenseRef-Licence-editeur',
    tags: ['mind-mapping', 'licence non libre'],
    maintainers: ['samir'],
  },
  // Educational resources
  {
    kind: 'educational_resource',
    name: 'Exercices de géométrie',
    summary: 'Des exercices de géométrie plane pour le cycle 4, avec leurs corrigés et des figures à construire.',
    description:
      'Une centaine d’exercices de géométrie plane pour le collège : triangles, théorème de Pythagore, Thalès, transformations. Chaque exercice a son corrigé et une figure à construire avec un logiciel de géométrie dynamique libre.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-SA-4.0',
    tags: ['mathématiques', 'géométrie', 'collège'],
    repositories: [{ url: 'https://forge.apps.education.fr/claire-legoff/exercices-de-geometrie' }],
    maintainers: ['claire'],
    scolomfr: ['cycle 4', 'mathématiques', 'exercice'],
  },
  {
    kind: 'educational_resource',
    name: 'Manuel libre de mathématiques de 6e',
    summary: 'Un manuel de mathématiques de sixième écrit à plusieurs, sous licence libre.',
    description:
      'Un manuel complet de sixième : nombres, calcul, géométrie, grandeurs et mesures, avec exercices et activités de découverte. Chaque chapitre se modifie et se réimprime librement.',
    domain: 'ressources-educatives-libres',
    status: 'maintained',
    licence: 'CC-BY-SA-4.0',
    tags: ['mathématiques', 'manuel'],
    maintainers: ['karim'],
    organisations: ['Réseau Canopé'],
    scolomfr: ['cycle 3', 'mathématiques', 'manuel d’enseignement'],
  },
  {
    kind: 'educational_resource',
    name: 'Lire au CP : albums et fiches',
    summary: 'Des fiches de lecture et des albums illustrés pour apprendre à lire au CP.',
    description:
      'Des albums illustrés écrits pour le CP, gradués selon la progression en lecture, et les fiches qui les accompagnent.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-4.0',
    tags: ['lecture', 'cp'],
    maintainers: ['claire'],
    scolomfr: ['cycle 2', 'français (premier degré)', 'activité pédagogique'],
  },
  {
    kind: 'educational_resource',
    name: 'Histoire des arts au collège',
    summary: 'Des études d’œuvres pour l’histoire des arts, avec leurs images sous licence libre.',
    description:
      'Des études d’œuvres classées par période, chacune avec ses images sous licence libre, ses questions et ses pistes pour l’oral.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-SA-4.0',
    tags: ['histoire des arts'],
    maintainers: ['aicha'],
    organisations: ['Réseau Canopé'],
    scolomfr: ['cycle 4', 'histoire', 'étude de cas'],
  },
  {
    kind: 'educational_resource',
    name: 'Cartes de géographie à compléter',
    summary: 'Des fonds de carte libres de droits pour la géographie, du cycle 3 au lycée.',
    description:
      'Des fonds de carte de la France, de l’Europe et du monde, en images vectorielles à imprimer et modifier.',
    domain: 'ressources-educatives-libres',
    status: 'maintained',
    licence: 'etalab-2.0',
    tags: ['géographie', 'cartes'],
    maintainers: ['helene'],
    scolomfr: ['cycle 3', 'géographie', 'image numérique'],
  },
  {
    kind: 'educational_resource',
    name: 'Vidéos d’allemand pour débutants',
    summary: 'De courtes vidéos pour commencer l’allemand, avec leurs transcriptions.',
    description: 'Des vidéos de deux minutes tournées en situation, sous-titrées, avec transcriptions et exercices.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-NC-SA-4.0',
    tags: ['langues', 'allemand'],
    maintainers: ['aicha'],
    scolomfr: ['collège', 'allemand', 'banque de vidéos'],
  },
  {
    kind: 'educational_resource',
    name: 'Éducation aux médias : vrai ou faux ?',
    summary: 'Des séances pour apprendre à vérifier une information et une image.',
    description:
      'Cinq séances clés en main pour repérer une fausse information, retrouver la source d’une image et citer ses sources.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-4.0',
    tags: ['emi'],
    maintainers: ['aicha'],
    organisations: ['Réseau Canopé'],
    scolomfr: ['lycée', 'éducation aux médias et à l’information', 'activité pédagogique'],
  },
  {
    kind: 'educational_resource',
    name: 'Fiches de technologie : objets connectés',
    summary: 'Des fiches d’activités de technologie sur les objets connectés, pour le cycle 4.',
    description:
      'Des activités pour programmer une carte à microcontrôleur, mesurer et transmettre des données, en classe de technologie.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-SA-4.0',
    tags: ['technologie', 'programmation'],
    maintainers: ['claire', 'karim'],
    scolomfr: ['cycle 4', 'technologie', 'activité pédagogique'],
  },
  // Services
  {
    kind: 'service',
    name: 'Apps Éducation',
    summary: 'Les services numériques libres du ministère pour les agents : visio, pads, partage de fichiers.',
    description:
      'Apps Éducation réunit des services libres hébergés par le ministère pour ses agents : classes virtuelles, documents collaboratifs, partage de fichiers, vidéos, forge de code.',
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'AGPL-3.0-or-later',
    website: 'https://portail.apps.education.fr',
    tags: ['collaboration', 'services'],
    repositories: [{ url: 'https://forge.apps.education.fr/apps-education/portail' }],
    maintainers: ['nadia'],
    organisations: ['Direction du numérique pour l’éducation'],
    usedBy: [
      { organisation: 'Académie de Rennes' },
      { organisation: 'Académie de Versailles' },
      { organisation: 'Direction du numérique pour l’éducation' },
    ],
  },
  {
    kind: 'service',
    name: 'La forge des communs numériques éducatifs',
    summary: 'La forge GitLab du ministère où enseignants et agents publient leurs logiciels et ressources.',
    description:
      'forge.apps.education.fr héberge les dépôts des communs numériques éducatifs : code, ressources, sites. Les projets y sont publics et peuvent avoir un miroir sur GitHub.',
    domain: 'logiciels-libres',
    status: 'maintained',
    licence: 'MIT',
    website: 'https://forge.apps.education.fr',
    tags: ['it-development', 'forge'],
    maintainers: ['nadia', 'samir'],
    organisations: ['Direction du numérique pour l’éducation'],
  },
  {
    kind: 'service',
    name: 'Nextcloud académique',
    summary: 'Un serveur de fichiers libre hébergé par l’académie pour chaque collège.',
    description:
      'Un Nextcloud hébergé par l’académie : chaque collège y range et partage ses documents, sans dépendre d’un service commercial.',
    domain: 'logiciels-libres',
    status: 'active',
    licence: 'AGPL-3.0-or-later',
    tags: ['document-management', 'collaboration'],
    maintainers: ['samir'],
    organisations: ['Académie de Rennes'],
    usedBy: [{ organisation: 'Académie de Rennes', instanceUrl: 'https://nuage.ac-rennes.example', userCount: 15_000 }],
  },
  {
    kind: 'service',
    name: 'Classe virtuelle partagée',
    summary: 'Des classes virtuelles pour les cours à distance, hébergées par un opérateur public.',
    description:
      'Des salles de classe virtuelle avec tableau blanc, partage d’écran et enregistrement, ouvertes aux enseignants.',
    domain: 'logiciels-libres',
    status: 'seeking_maintainers',
    licence: 'LGPL-3.0-or-later',
    tags: ['video-conferencing'],
    maintainers: ['aicha'],
  },
  {
    kind: 'service',
    name: 'Quiz en ligne de l’éditeur',
    summary: 'Un service de quiz d’un éditeur privé, sous conditions d’utilisation propriétaires.',
    description:
      'Un service de quiz répandu dans les classes. Ses conditions ne sont pas une licence libre : il figure ici pour que chacun le sache.',
    domain: 'logiciels-libres',
    status: 'active',
    licence: 'LicenseRef-Conditions-editeur',
    tags: ['survey', 'licence non libre'],
    maintainers: ['marc'],
  },
  // Datasets
  {
    kind: 'dataset',
    name: 'Annuaire de l’éducation',
    summary: 'Les écoles, collèges et lycées avec leur adresse, leur UAI et leurs coordonnées.',
    description:
      'La liste des établissements scolaires publics et privés, mise à jour chaque jour, avec leur UAI, leur adresse et leur position.',
    domain: 'ressources-educatives-libres',
    status: 'maintained',
    licence: 'etalab-2.0',
    website: 'https://data.education.gouv.fr',
    tags: ['établissements', 'uai'],
    maintainers: ['helene'],
    organisations: ['Direction du numérique pour l’éducation'],
  },
  {
    kind: 'dataset',
    name: 'Effectifs d’élèves par établissement',
    summary: 'Les effectifs par niveau et par établissement, chaque rentrée depuis 2018.',
    description: 'Les effectifs d’élèves par établissement et par niveau, publiés à chaque rentrée.',
    domain: 'ressources-educatives-libres',
    status: 'maintained',
    licence: 'etalab-2.0',
    tags: ['effectifs', 'statistiques'],
    maintainers: ['marc'],
  },
  {
    kind: 'dataset',
    name: 'Corpus de textes pour l’apprentissage de la lecture',
    summary: 'Des textes courts annotés par niveau de difficulté, pour les outils d’aide à la lecture.',
    description:
      'Un corpus de textes courts libres, annotés par niveau de difficulté et par graphèmes travaillés, pour les logiciels de lecture.',
    domain: 'ressources-educatives-libres',
    status: 'active',
    licence: 'CC-BY-4.0',
    tags: ['lecture', 'corpus'],
    repositories: [{ url: 'https://forge.apps.education.fr/corpus-lecture/textes' }],
    maintainers: ['claire'],
  },
  {
    kind: 'dataset',
    name: 'Base des logiciels libres recommandés',
    summary: 'La liste des logiciels libres recommandés dans les établissements, avec leurs usages.',
    description:
      'Une base ouverte des logiciels libres conseillés, discipline par discipline, tenue par le groupe de travail.',
    domain: 'logiciels-libres',
    status: 'active',
    licence: 'ODbL-1.0',
    tags: ['logiciels', 'recommandations'],
    maintainers: ['karim', 'samir'],
  },
  {
    kind: 'dataset',
    name: 'Carte des tiers-lieux éducatifs',
    summary: 'Les tiers-lieux et fablabs ouverts aux classes, avec leurs équipements.',
    description: 'Les tiers-lieux ouverts aux classes, leurs équipements et leurs conditions d’accueil.',
    domain: 'ressources-educatives-libres',
    status: 'archived',
    licence: 'ODbL-1.0',
    tags: ['tiers-lieux'],
    maintainers: ['aicha'],
  },
];
