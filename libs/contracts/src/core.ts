import { errorReasons } from './errors';

/** Reasons any domain may give. */
export const CORE_ERRORS = errorReasons({
  SIGN_IN_REQUIRED: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour continuer.',
    en: 'Sign in to continue.',
  },
});

/** Largest page of any list (`first`). */
export const PAGE_SIZE_MAX = 100;
