import { errorReasons } from './errors';

/** A domain's fields, checked by the API and by the administration's form. */
export const DOMAIN_LIMITS = {
  nameMin: 3,
  nameMax: 120,
  slugMin: 3,
  slugMax: 60,
  descriptionMax: 2_000,
} as const;

export const DOMAIN_ERRORS = errorReasons({
  DOMAIN_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucun domaine ne porte l’identifiant « {{slug}} ».',
    en: 'No domain has the identifier “{{slug}}”.',
  },
  DOMAIN_ADMIN_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les administrateurs créent et modifient les domaines.',
    en: 'Only administrators create and edit domains.',
  },
  DOMAIN_NAME_LENGTH: {
    code: 'BAD_USER_INPUT',
    fr: 'Le nom du domaine doit compter de 3 à 120 caractères.',
    en: 'The domain’s name must be 3 to 120 characters long.',
  },
  DOMAIN_SLUG_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'L’identifiant d’adresse du domaine doit compter de 3 à 60 caractères : lettres minuscules sans accent, chiffres et tirets.',
    en: 'The domain’s address identifier must be 3 to 60 characters long: lowercase letters without accents, digits and hyphens.',
  },
  DOMAIN_DESCRIPTION_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    fr: 'La présentation du domaine ne doit pas dépasser 2 000 caractères.',
    en: 'The domain’s description must not exceed 2,000 characters.',
  },
  DOMAIN_SLUG_TAKEN: {
    code: 'CONFLICT',
    fr: 'L’adresse « {{slug}} » est déjà celle d’un autre domaine : choisissez-en une autre.',
    en: 'The address “{{slug}}” already belongs to another domain: choose another one.',
  },
});
