import { errorReasons } from './errors';

/** Reasons any domain may give. */
export const CORE_ERRORS = errorReasons({
  SIGN_IN_REQUIRED: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour continuer.',
    en: 'Sign in to continue.',
  },
  OPERATION_NOT_DECLARED: {
    code: 'FORBIDDEN',
    fr: 'Cette opération n’est ouverte à personne : elle ne déclare pas qui peut l’appeler.',
    en: 'This operation is open to nobody: it does not declare who may call it.',
  },
});

/** Largest page of any list (`first`). */
export const PAGE_SIZE_MAX = 100;
