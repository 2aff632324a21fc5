import { CALL_LIMITS, CALL_OPEN_LICENCES, COMMON_DRAFT_KINDS } from '@ouvroir/contracts';
import { parseLicence } from '@ouvroir/commons';
import { DomainError, validText, withoutBidiControls } from '@ouvroir/core';
import { CallEntity } from './call.entity';
import { SubmissionFields } from './submission.entity';

export type SubmissionInputFields = Omit<SubmissionFields, 'carryingGroupId' | 'amountAsked'> & {
  carryingGroupId?: string | null;
  amountAsked?: number | null;
};

const OPEN = new Set<string>(CALL_OPEN_LICENCES);

const invalid = (field: string, label: string, rule: string) =>
  DomainError.of('SUBMISSION_FIELD_INVALID', { field, label, rule });

/** The SPDX identifiers of a licence expression, read as the catalogue reads them; null when it cannot be read. */
export function licenceIds(expression: string): string[] | null {
  try {
    return parseLicence(expression).ids;
  } catch {
    return null;
  }
}

/** Open when every identifier of the expression is in the call's list (an OR with a closed branch is not). */
export const licenceOpen = (expression: string): boolean => {
  const ids = licenceIds(expression);
  return ids !== null && ids.every((id) => OPEN.has(id));
};

const publicUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
};

/**
 * A submission's fields as the form sends them, bounded and trimmed: a draft may be incomplete
 * (what it still lacks is in its checks), never too long nor malformed.
 */
export function validSubmissionFields(input: SubmissionInputFields): SubmissionFields {
  if (!COMMON_DRAFT_KINDS.includes(input.commonKind)) throw invalid('commonKind', 'Nature du commun', 'inconnue');
  const licence = validText(input.licence, CALL_LIMITS.licenceMax, 'licence', 'Licence');
  if (licence && licenceIds(licence) === null) {
    throw DomainError.of('SUBMISSION_LICENCE_INVALID', { field: 'licence', licence });
  }
  const maintainers = input.maintainers
    .map((name) => validText(withoutBidiControls(name), CALL_LIMITS.maintainerNameMax, 'maintainers', 'Mainteneur'))
    .filter(Boolean);
  if (maintainers.length > CALL_LIMITS.maintainersMax) {
    throw invalid('maintainers', 'Mainteneurs', `${CALL_LIMITS.maintainersMax} au plus`);
  }
  const amountAsked = input.amountAsked ?? null;
  if (
    amountAsked !== null &&
    (!Number.isInteger(amountAsked) || amountAsked < 0 || amountAsked > CALL_LIMITS.budgetMax)
  ) {
    throw invalid('amountAsked', 'Montant demandé', 'un nombre entier d’euros');
  }
  return {
    commonKind: input.commonKind,
    commonName: validText(
      withoutBidiControls(input.commonName),
      CALL_LIMITS.commonNameMax,
      'commonName',
      'Nom du commun',
      true,
    ),
    summary: validText(input.summary, CALL_LIMITS.summaryMax, 'summary', 'Résumé'),
    licence,
    repositoryUrl: validText(input.repositoryUrl, CALL_LIMITS.urlMax, 'repositoryUrl', 'Dépôt ou page publique'),
    maintainers,
    carryingGroupId: input.carryingGroupId ?? null,
    pitch: validText(input.pitch, CALL_LIMITS.pitchMax, 'pitch', 'Présentation'),
    challenge: validText(input.challenge, CALL_LIMITS.challengeMax, 'challenge', 'Défi'),
    amountAsked,
    publishConsent: input.publishConsent,
  };
}

export const CHECKS = ['licence_open', 'public_url', 'maintainer', 'challenge', 'pitch', 'amount'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface SubmissionCheck {
  check: CheckName;
  passed: boolean;
  message: string;
}

/** The automatic eligibility checks, shown to the applicant while writing and required to submit. */
export function submissionChecks(
  call: Pick<CallEntity, 'challenges' | 'budget'>,
  fields: SubmissionFields,
): SubmissionCheck[] {
  const amountOk =
    call.budget === null
      ? fields.amountAsked === null
      : fields.amountAsked !== null && fields.amountAsked > 0 && fields.amountAsked <= call.budget;
  const results: [CheckName, boolean, string][] = [
    ['licence_open', licenceOpen(fields.licence), 'Une licence ouverte de la liste du programme (expression SPDX)'],
    ['public_url', publicUrl(fields.repositoryUrl), 'L’adresse d’un dépôt ou d’une page publique (http ou https)'],
    ['maintainer', fields.maintainers.length >= CALL_LIMITS.maintainersMin, 'Au moins un mainteneur nommé'],
    ['challenge', call.challenges.includes(fields.challenge), 'Un des défis de l’appel'],
    [
      'pitch',
      fields.pitch.length >= CALL_LIMITS.pitchMin && fields.summary.length > 0,
      `Un résumé et une présentation d’au moins ${CALL_LIMITS.pitchMin} caractères`,
    ],
    [
      'amount',
      amountOk,
      call.budget === null
        ? 'Aucun montant : l’appel n’a pas de budget'
        : 'Un montant demandé, dans le budget de l’appel',
    ],
  ];
  return results.map(([check, passed, message]) => ({ check, passed, message }));
}
