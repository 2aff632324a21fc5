import { errorReasons } from './errors';

/** Recognition: attestations' limits, shared with the web form. */
export const RECOGNITION_LIMITS = {
  reasonMin: 1,
  reasonMax: 1_000,
  /** The most items of each kind a public profile lists (commons, amendments, attestations). */
  listedMax: 50,
  /** The most people an organisation's page credits. */
  creditedMax: 100,
} as const;

export const RECOGNITION_ERRORS = errorReasons({
  CONTRIBUTOR_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucun profil public ne porte cet identifiant.',
    en: 'No public profile has this identifier.',
  },
  ATTESTATION_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette attestation n’existe pas ou ne vous concerne pas.',
    en: 'This attestation does not exist or does not concern you.',
  },
  ATTESTATION_PERSON_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucune personne active ne porte cet identifiant : il n’y a personne à attester.',
    en: 'No active person has this identifier: there is nobody to attest.',
  },
  ATTESTATION_SELF: {
    code: 'BAD_USER_INPUT',
    fr: 'On ne s’atteste pas soi-même : une attestation vient d’un animateur ou d’une animatrice.',
    en: 'Nobody attests themself: an attestation comes from a facilitator.',
  },
  ATTESTATION_NOT_ALLOWED: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs d’un groupe où cette personne a contribué (proposition co-écrite ou amendement accepté) peuvent attester sa contribution.',
    en: 'Only the facilitators of a group this person contributed to (a co-written proposal or an accepted amendment) may attest their contribution.',
  },
  ATTESTATION_REASON_LENGTH: {
    code: 'BAD_USER_INPUT',
    fr: 'Le motif de l’attestation doit compter de 1 à 1 000 caractères.',
    en: 'The attestation’s reason must be 1 to 1,000 characters long.',
  },
});
