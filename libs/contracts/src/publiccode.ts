import { errorReasons } from './errors';

/** What a publiccode.yml import reads, and what its validation report keeps. */
export const PUBLICCODE_LIMITS = {
  /** Bytes of one publiccode.yml (real files hold a few KiB). */
  textMaxBytes: 512 * 1024,
  /** YAML aliases resolved in one file: beyond, a « billion laughs » would fill the memory. */
  aliasesMax: 100,
  /** Lines of the validation report kept beside the entry. */
  reportMax: 100,
  /** publiccode.yml's own bounds on a description (standard 0.4). */
  shortDescriptionMax: 150,
  longDescriptionMin: 150,
  longDescriptionMax: 10_000,
  /** A file read from a forge: the whole answer within this time. */
  forgeTimeoutMs: 5_000,
} as const;

export const PUBLICCODE_REPORT_SEVERITIES = ['error', 'warning'] as const;
export type PubliccodeReportSeverity = (typeof PUBLICCODE_REPORT_SEVERITIES)[number];

/** One line of the validation report: where in the file, how serious, what was done, in French. */
export interface PubliccodeReportItem {
  path: string;
  severity: PubliccodeReportSeverity;
  message: string;
}

export const PUBLICCODE_ERRORS = errorReasons({
  PUBLICCODE_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce fichier publiccode.yml dépasse 512 Kio : un fichier réel en fait quelques-uns.',
    en: 'This publiccode.yml file exceeds 512 KiB: a real one is a few KiB.',
  },
  PUBLICCODE_NOT_TEXT: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce fichier n’est pas du texte UTF-8 : un publiccode.yml est un fichier texte.',
    en: 'This file is not UTF-8 text: a publiccode.yml is a text file.',
  },
  PUBLICCODE_NOT_YAML: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce fichier n’est pas du YAML lisible (ligne {{line}}) : {{problem}}',
    en: 'This file is not readable YAML (line {{line}}).',
  },
  PUBLICCODE_TOO_MANY_ALIASES: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce fichier répète trop de références YAML (alias) : il est refusé pour ne pas saturer le serveur.',
    en: 'This file repeats too many YAML references (aliases): it is refused so as not to overload the server.',
  },
  PUBLICCODE_UNUSABLE: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce publiccode.yml ne permet pas de créer une fiche : {{problem}}',
    en: 'This publiccode.yml cannot make an entry: a name and a source repository address (url) are required.',
  },
  PUBLICCODE_SOFTWARE_ONLY: {
    code: 'BAD_USER_INPUT',
    fr: 'Un publiccode.yml décrit un logiciel : ce commun n’en est pas un.',
    en: 'A publiccode.yml describes software: this common is not software.',
  },
  PUBLICCODE_ALREADY_LISTED: {
    code: 'CONFLICT',
    fr: 'Le dépôt de ce publiccode.yml est déjà celui du commun « {{slug}} » : seuls ses mainteneurs peuvent le mettre à jour.',
    en: 'This publiccode.yml’s repository already belongs to the common “{{slug}}”: only its maintainers may update it.',
  },
  PUBLICCODE_NO_REPOSITORY: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce commun n’a aucun dépôt sur une forge connue où lire son publiccode.yml.',
    en: 'This common has no repository on a known forge to read its publiccode.yml from.',
  },
  FORGE_URL_UNSUPPORTED: {
    code: 'BAD_USER_INPUT',
    fr: 'L’adresse « {{url}} » n’est pas celle d’un dépôt de forge.apps.education.fr ou de GitHub.',
    en: 'The address “{{url}}” is not a repository of forge.apps.education.fr or GitHub.',
  },
  FORGE_UNREACHABLE: {
    code: 'BAD_USER_INPUT',
    fr: 'La forge n’a pas donné le fichier publiccode.yml ({{problem}}).',
    en: 'The forge did not give the publiccode.yml file.',
  },
});
