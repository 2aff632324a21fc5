import { errorReasons } from './errors';

export const DOMAIN_ERRORS = errorReasons({
  DOMAIN_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucun domaine ne porte l’identifiant « {{slug}} ».',
    en: 'No domain has the identifier “{{slug}}”.',
  },
});
