import { errorReasons } from './errors';

/** Reasons any domain may give. */
export const CORE_ERRORS = errorReasons({
  SIGN_IN_REQUIRED: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour continuer.',
    en: 'Sign in to continue.',
  },
  TEXT_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    fr: '{{label}} ne doit pas dépasser {{max}} caractères.',
    en: 'This text must not exceed {{max}} characters.',
  },
  TEXT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    fr: '{{label}} ne peut pas être vide.',
    en: 'This text cannot be empty.',
  },
  CURSOR_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Curseur de pagination invalide : repartez de la première page.',
    en: 'Invalid page cursor: start again from the first page.',
  },
  OPERATION_NOT_DECLARED: {
    code: 'FORBIDDEN',
    fr: 'Cette opération n’est ouverte à personne : elle ne déclare pas qui peut l’appeler.',
    en: 'This operation is open to nobody: it does not declare who may call it.',
  },
});

/** Largest page of any list (`first`). */
export const PAGE_SIZE_MAX = 100;
