import { errorReasons } from './errors';

/** What an organisation's fields may hold, as the API checks them (after removing spaces, in capitals for the UAI). */
export const ORGANISATION_RULES = {
  nameMax: 200,
  siret: /^\d{14}$/,
  uai: /^\d{7}[A-Z]$/,
  emailDomain: /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/,
} as const;

export const IDENTITY_ERRORS = errorReasons({
  AGREEMENT_FORM_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Forme d’accord inconnue : féminin, masculin ou neutre.',
    en: 'Unknown agreement form: feminine, masculine or neutral.',
  },
  SESSION_ENDED: {
    code: 'UNAUTHENTICATED',
    fr: 'Votre session a pris fin : identifiez-vous de nouveau.',
    en: 'Your session has ended: sign in again.',
  },
  SIGN_OUT_FROM_ELSEWHERE: {
    code: 'FORBIDDEN',
    fr: 'Déconnexion refusée : envoyez-la depuis Ouvroir.',
    en: 'Sign-out refused: send it from Ouvroir.',
  },
  ADMINISTRATORS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les administrateurs de la plateforme peuvent faire cela.',
    en: 'Only the platform’s administrators may do this.',
  },
  DIRECTORY_CLOSED_TO_GUESTS: {
    code: 'FORBIDDEN',
    fr: 'L’annuaire des membres n’est pas ouvert aux invités.',
    en: 'The members’ directory is not open to guests.',
  },
  OWN_ACCOUNT_NOT_CHANGEABLE: {
    code: 'BAD_USER_INPUT',
    fr: 'Vous ne pouvez pas modifier votre propre rôle ni suspendre votre propre compte.',
    en: 'You cannot change your own role nor suspend your own account.',
  },
  ACCOUNT_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucun compte ne correspond à cet identifiant.',
    en: 'No account has this identifier.',
  },
  ACCOUNT_ERASED: {
    code: 'CONFLICT',
    fr: 'Ce compte a été effacé : il ne peut plus être réactivé.',
    en: 'This account was erased: it can no longer be reactivated.',
  },
  UNKNOWN_IDENTITY_PROVIDER: {
    code: 'BAD_USER_INPUT',
    fr: 'Aucun fournisseur d’identité ne porte l’identifiant « {{providerId}} ».',
    en: 'No identity provider has the identifier “{{providerId}}”.',
  },
  ACCOUNT_CANNOT_RECEIVE_IDENTITY: {
    code: 'CONFLICT',
    fr: 'Seul un compte actif avec une adresse électronique peut recevoir une autre identité.',
    en: 'Only an active account with an e-mail address can receive another identity.',
  },
  IDENTITY_PROVIDER_ALREADY_LINKED: {
    code: 'CONFLICT',
    fr: 'Ce compte se connecte déjà par ce fournisseur : une seconde identité du même fournisseur ne peut pas le rejoindre.',
    en: 'This account already signs in through this provider: a second identity of the same provider cannot join it.',
  },
  ORGANISATION_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucune structure ne correspond à cet identifiant.',
    en: 'No organisation has this identifier.',
  },
  ORGANISATION_IDENTIFIER_TAKEN: {
    code: 'CONFLICT',
    fr: 'Une autre structure porte déjà ce SIRET ou ce code UAI.',
    en: 'Another organisation already has this SIRET or UAI code.',
  },
  ORGANISATION_NAME_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le nom de la structure est obligatoire (200 caractères au plus).',
    en: 'The organisation’s name is required (200 characters at most).',
  },
  ORGANISATION_TYPE_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Type de structure inconnu.',
    en: 'Unknown type of organisation.',
  },
  SIRET_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le SIRET compte 14 chiffres.',
    en: 'A SIRET has 14 digits.',
  },
  UAI_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le code UAI compte 7 chiffres suivis d’une lettre (ex. 0350001A).',
    en: 'A UAI code has 7 digits followed by a letter (e.g. 0350001A).',
  },
  EMAIL_DOMAIN_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: '« {{domain}} » n’est pas un domaine d’adresse électronique.',
    en: '“{{domain}}” is not an e-mail address domain.',
  },
});
