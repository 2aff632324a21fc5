import { errorReasons } from './errors';

/** The kinds of commons the catalogue holds. */
export const COMMON_KINDS = ['software', 'educational_resource', 'service', 'dataset'] as const;
export type CommonKind = (typeof COMMON_KINDS)[number];

export const COMMON_STATUSES = ['active', 'maintained', 'seeking_maintainers', 'archived'] as const;
export type CommonStatus = (typeof COMMON_STATUSES)[number];

/** Where a repository lives, deduced from its host (see `forgeOf`). */
export const FORGES = ['forge_apps_education', 'github', 'gitlab', 'other'] as const;
export type Forge = (typeof FORGES)[number];

export const REPOSITORY_ROLES = ['source', 'mirror'] as const;
export type RepositoryRole = (typeof REPOSITORY_ROLES)[number];

/** The ScoLOMFR vocabularies an educational resource carries, by their number. */
export const SCOLOMFR_VOCABULARIES = ['022', '015', '010', '005'] as const;
export type ScolomfrVocabulary = (typeof SCOLOMFR_VOCABULARIES)[number];
export const SCOLOMFR_VOCABULARY_NAMES: Record<ScolomfrVocabulary, string> = {
  '022': 'level',
  '015': 'subject',
  '010': 'pedagogical_type',
  '005': 'document_type',
};

/** A common's fields and lists, checked by the API and by the web's forms. */
export const COMMON_LIMITS = {
  nameMin: 2,
  nameMax: 120,
  slugMax: 80,
  summaryMax: 300,
  descriptionMax: 20_000,
  websiteMax: 500,
  tagsMax: 10,
  tagMax: 40,
  licenceMax: 300,
  repositoriesMax: 20,
  repositoryUrlMax: 500,
  scolomfrMax: 40,
  maintainersMax: 20,
  instanceUrlMax: 500,
  userCountMax: 10_000_000,
  messageMax: 2_000,
  /** Messages a person may relay to maintainers in an hour, over every common. */
  messagesPerHour: 10,
  /** Months after which a maintenance not confirmed shows « à confirmer ». */
  maintenanceMonths: 12,
} as const;

/** A common's address: lowercase letters, digits and single hyphens (as groups'). */
export const COMMON_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The licences the programme recommends for each kind, with why in one French sentence: the web's
 * form shows them where the licence is chosen (the guidance text around them is the form's).
 */
export const RECOMMENDED_LICENCES: Record<CommonKind, { id: string; reason: string }[]> = {
  software: [
    {
      id: 'EUPL-1.2',
      reason:
        'La licence de l’Union européenne : en français, compatible avec les principales licences libres, pensée pour les administrations.',
    },
    { id: 'MIT', reason: 'Très courte et très permissive : chacun réutilise le code, même dans un logiciel fermé.' },
    {
      id: 'Apache-2.0',
      reason:
        'Permissive, avec une clause explicite sur les brevets : appréciée des projets qui réunissent des entreprises.',
    },
    {
      id: 'GPL-3.0-or-later',
      reason: 'Copyleft : toute version modifiée et distribuée reste libre, sous la même licence.',
    },
    {
      id: 'AGPL-3.0-or-later',
      reason: 'Copyleft étendu aux services en ligne : qui fait tourner une version modifiée en publie le code.',
    },
    {
      id: 'MPL-2.0',
      reason:
        'Copyleft limité aux fichiers : les fichiers modifiés restent libres, le reste du logiciel peut être autre.',
    },
  ],
  educational_resource: [
    {
      id: 'CC-BY-4.0',
      reason: 'Chacun réutilise, adapte et partage la ressource, à condition de citer son auteur.',
    },
    {
      id: 'CC-BY-SA-4.0',
      reason: 'Comme CC-BY, et les versions adaptées restent partagées dans les mêmes conditions.',
    },
    {
      id: 'CC0-1.0',
      reason: 'L’auteur renonce à ses droits autant que la loi le permet : réutilisation sans condition.',
    },
    {
      id: 'etalab-2.0',
      reason:
        'La Licence Ouverte de l’État : réutilisation libre avec mention de la source, faite pour le secteur public.',
    },
  ],
  service: [
    {
      id: 'EUPL-1.2',
      reason: 'Le code du service sous la licence de l’Union européenne, faite pour les administrations.',
    },
    {
      id: 'AGPL-3.0-or-later',
      reason: 'Le code du service reste libre même quand il n’est utilisé qu’en ligne.',
    },
    { id: 'MIT', reason: 'Très permissive : chacun réutilise le code du service.' },
    { id: 'Apache-2.0', reason: 'Permissive, avec une clause explicite sur les brevets.' },
  ],
  dataset: [
    {
      id: 'etalab-2.0',
      reason:
        'La Licence Ouverte de l’État, recommandée pour les données publiques : réutilisation libre avec mention de la source.',
    },
    { id: 'ODbL-1.0', reason: 'Pour les bases de données : les bases dérivées et publiées restent ouvertes.' },
    { id: 'CC-BY-4.0', reason: 'Réutilisation libre à condition de citer le producteur.' },
    { id: 'CC0-1.0', reason: 'Aucune condition : le producteur renonce à ses droits.' },
  ],
};

/**
 * The licences counted as open: every recommended one, and the free software and open content
 * licences approved by the OSI or the FSF (or Creative Commons' free ones) that commons of the
 * programme commonly carry. An id outside this list is stored and shown as not open.
 */
export const OPEN_LICENCE_IDS: readonly string[] = [
  ...new Set([
    ...Object.values(RECOMMENDED_LICENCES).flatMap((licences) => licences.map((licence) => licence.id)),
    'AGPL-3.0-only',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'GPL-3.0-only',
    'LGPL-2.1-only',
    'LGPL-2.1-or-later',
    'LGPL-3.0-only',
    'LGPL-3.0-or-later',
    'EUPL-1.1',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'ISC',
    'Zlib',
    'Unlicense',
    'MPL-1.1',
    'EPL-2.0',
    'CECILL-2.1',
    'CECILL-B',
    'CECILL-C',
    'Artistic-2.0',
    'CC-BY-3.0',
    'CC-BY-SA-3.0',
    'ODC-By-1.0',
    'PDDL-1.0',
    'OFL-1.1',
    'GFDL-1.3-or-later',
  ]),
];

export const COMMON_ERRORS = errorReasons({
  COMMON_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce commun n’existe pas.',
    en: 'This common does not exist.',
  },
  COMMON_LAUREATE_INVALID: {
    code: 'FORBIDDEN',
    fr: 'Seule une candidature retenue par la décision publiée d’un appel, avec ses porteurs, devient un lauréat du catalogue.',
    en: 'Only a submission retained by a call’s published decision, with its applicants, becomes a laureate of the catalogue.',
  },
  COMMON_MEMBERS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les membres de la plateforme publient un commun.',
    en: 'Only members of the platform publish a common.',
  },
  COMMON_MAINTAINERS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les mainteneurs du commun, les animateurs de son groupe et les administrateurs peuvent faire cela.',
    en: 'Only the common’s maintainers, its group’s facilitators and administrators may do this.',
  },
  COMMON_KIND_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Un commun est un logiciel, une ressource éducative, un service ou un jeu de données.',
    en: 'A common is software, an educational resource, a service or a dataset.',
  },
  COMMON_STATUS_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Statut inconnu : actif, maintenu, cherche des mainteneurs ou archivé.',
    en: 'Unknown status: active, maintained, seeking maintainers or archived.',
  },
  COMMON_NAME_LENGTH: {
    code: 'BAD_USER_INPUT',
    fr: `Le nom du commun doit compter de ${COMMON_LIMITS.nameMin} à ${COMMON_LIMITS.nameMax} caractères.`,
    en: `The common’s name must be ${COMMON_LIMITS.nameMin} to ${COMMON_LIMITS.nameMax} characters long.`,
  },
  COMMON_SLUG_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: `L’adresse du commun doit compter au plus ${COMMON_LIMITS.slugMax} caractères : lettres minuscules sans accent, chiffres et tirets.`,
    en: `The common’s address must be at most ${COMMON_LIMITS.slugMax} characters: lowercase letters without accents, digits and hyphens.`,
  },
  SLUG_TAKEN: {
    code: 'CONFLICT',
    fr: 'L’adresse « {{slug}} » est déjà celle d’un autre commun : choisissez-en une autre.',
    en: 'The address “{{slug}}” already belongs to another common: choose another one.',
  },
  COMMON_TAGS_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: `Au plus ${COMMON_LIMITS.tagsMax} mots-clés de ${COMMON_LIMITS.tagMax} caractères chacun.`,
    en: `At most ${COMMON_LIMITS.tagsMax} tags of ${COMMON_LIMITS.tagMax} characters each.`,
  },
  COMMON_WEBSITE_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le site du commun doit être une adresse http ou https de 500 caractères au plus.',
    en: 'The common’s website must be an http or https address of at most 500 characters.',
  },
  COMMON_DOMAIN_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce domaine n’existe pas.',
    en: 'This domain does not exist.',
  },
  COMMON_GROUP_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce groupe n’existe pas, ou il ne vous est pas visible.',
    en: 'This group does not exist, or you may not see it.',
  },
  LICENCE_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'La licence « {{expression}} » n’est pas une expression SPDX valide : {{reason}}',
    en: 'The licence “{{expression}}” is not a valid SPDX expression.',
  },
  REPOSITORY_URL_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'L’adresse de dépôt « {{url}} » doit commencer par http:// ou https:// et compter 500 caractères au plus.',
    en: 'The repository address “{{url}}” must start with http:// or https:// and be at most 500 characters.',
  },
  REPOSITORIES_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: `Au plus ${COMMON_LIMITS.repositoriesMax} dépôts par commun.`,
    en: `At most ${COMMON_LIMITS.repositoriesMax} repositories per common.`,
  },
  REPOSITORY_MIRROR_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Un miroir renvoie à un dépôt source de la même liste, et seul un miroir renvoie à un autre dépôt.',
    en: 'A mirror points to a source repository of the same list, and only a mirror points to another repository.',
  },
  REPOSITORY_DUPLICATE: {
    code: 'BAD_USER_INPUT',
    fr: 'Le dépôt « {{url}} » figure deux fois dans la liste.',
    en: 'The repository “{{url}}” is listed twice.',
  },
  SCOLOMFR_UNKNOWN_CONCEPT: {
    code: 'BAD_USER_INPUT',
    fr: 'La valeur ScoLOMFR « {{uri}} » ne fait pas partie des vocabulaires proposés.',
    en: 'The ScoLOMFR value “{{uri}}” is not in the offered vocabularies.',
  },
  SCOLOMFR_RESOURCES_ONLY: {
    code: 'BAD_USER_INPUT',
    fr: 'Seules les ressources éducatives portent des valeurs ScoLOMFR.',
    en: 'Only educational resources carry ScoLOMFR values.',
  },
  SCOLOMFR_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: `Au plus ${COMMON_LIMITS.scolomfrMax} valeurs ScoLOMFR par ressource.`,
    en: `At most ${COMMON_LIMITS.scolomfrMax} ScoLOMFR values per resource.`,
  },
  SCOLOMFR_VOCABULARY_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Vocabulaire ScoLOMFR inconnu : 022 (niveau), 015 (discipline), 010 (type pédagogique) ou 005 (type de document).',
    en: 'Unknown ScoLOMFR vocabulary: 022 (level), 015 (subject), 010 (pedagogical type) or 005 (document type).',
  },
  COMMON_REVISION_OUTDATED: {
    code: 'CONFLICT',
    fr: 'Le commun a été modifié entre-temps (révision {{currentRevision}}) : reprenez vos changements sur sa dernière version.',
    en: 'The common was changed meanwhile (revision {{currentRevision}}): apply your changes to its latest version.',
  },
  MAINTAINER_TARGET_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Un mainteneur est soit une personne, soit une structure, pas les deux.',
    en: 'A maintainer is either a person or an organisation, not both.',
  },
  MAINTAINER_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette personne ou cette structure n’existe pas.',
    en: 'This person or organisation does not exist.',
  },
  MAINTAINER_ALREADY: {
    code: 'CONFLICT',
    fr: 'Cette personne ou cette structure maintient déjà ce commun.',
    en: 'This person or organisation already maintains this common.',
  },
  MAINTAINER_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce mainteneur n’existe pas.',
    en: 'This maintainer does not exist.',
  },
  MAINTAINERS_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: `Au plus ${COMMON_LIMITS.maintainersMax} mainteneurs par commun.`,
    en: `At most ${COMMON_LIMITS.maintainersMax} maintainers per common.`,
  },
  LAST_MAINTAINER: {
    code: 'CONFLICT',
    fr: 'Un commun garde au moins un mainteneur : ajoutez-en un autre avant de retirer celui-ci.',
    en: 'A common keeps at least one maintainer: add another one before removing this one.',
  },
  USAGE_ALREADY_DECLARED: {
    code: 'CONFLICT',
    fr: 'Cette structure a déjà déclaré utiliser ce commun.',
    en: 'This organisation already declared it uses this common.',
  },
  USAGE_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette structure n’a pas déclaré utiliser ce commun.',
    en: 'This organisation has not declared it uses this common.',
  },
  USAGE_OWN_ORGANISATION_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Vous déclarez l’usage de votre structure seulement.',
    en: 'You declare the use of your own organisation only.',
  },
  USAGE_ORGANISATION_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette structure n’existe pas.',
    en: 'This organisation does not exist.',
  },
  USAGE_USER_COUNT_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le nombre d’utilisateurs va de 0 à 10 000 000.',
    en: 'The number of users goes from 0 to 10,000,000.',
  },
  USAGE_INSTANCE_URL_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'L’adresse de l’instance doit commencer par http:// ou https:// et compter 500 caractères au plus.',
    en: 'The instance’s address must start with http:// or https:// and be at most 500 characters.',
  },
  COMMON_CONTACT_SIGN_IN: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour écrire aux mainteneurs.',
    en: 'Sign in to write to the maintainers.',
  },
  COMMON_CONTACT_TOO_MANY: {
    code: 'TOO_MANY_REQUESTS',
    fr: `Vous avez écrit ${COMMON_LIMITS.messagesPerHour} messages aux mainteneurs dans l’heure : réessayez plus tard.`,
    en: `You wrote ${COMMON_LIMITS.messagesPerHour} messages to maintainers within the hour: try again later.`,
  },
  CATALOGUE_FILTER_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    fr: 'Un filtre du catalogue compte au plus 100 valeurs de 300 caractères chacune.',
    en: 'A catalogue filter holds at most 100 values of 300 characters each.',
  },
  DECISION_LINK_FORBIDDEN: {
    code: 'FORBIDDEN',
    fr: 'Seuls les auteurs de la proposition ou les mainteneurs du commun la relient au commun.',
    en: 'Only the proposal’s authors or the common’s maintainers link it to the common.',
  },
  DECISION_ALREADY_LINKED: {
    code: 'CONFLICT',
    fr: 'Cette proposition est déjà reliée au commun.',
    en: 'This proposal is already linked to the common.',
  },
  DECISION_NOT_LINKED: {
    code: 'NOT_FOUND',
    fr: 'Cette proposition n’est pas reliée au commun.',
    en: 'This proposal is not linked to the common.',
  },
});
