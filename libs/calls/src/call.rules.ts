import { CALL_LIMITS, DEFAULT_CALL_CRITERIA } from '@ouvroir/contracts';
import { DomainError, validText, withoutBidiControls } from '@ouvroir/core';
import { CallCriterion } from './call.entity';

export interface CallFields {
  title: string;
  body: string;
  challenges: string[];
  /** Absent: NLnet's default grid. */
  criteria?: { key?: string | null; name: string; description: string; weight: number }[] | null;
  cutoffs: Date[];
  budget?: number | null;
  minScore?: number | null;
  reviewsPerSubmission?: number | null;
}

const invalid = (field: string, label: string, rule: string) =>
  DomainError.of('CALL_FIELD_INVALID', { field, label, rule });

/** The grid's weights are whole, positive and sum to 100. */
export function validGrid(criteria: CallFields['criteria']): CallCriterion[] {
  const given: NonNullable<CallFields['criteria']> =
    criteria ?? DEFAULT_CALL_CRITERIA.map((criterion) => ({ ...criterion }));
  if (given.length < CALL_LIMITS.criteriaMin || given.length > CALL_LIMITS.criteriaMax) {
    throw invalid('criteria', 'Grille', `de ${CALL_LIMITS.criteriaMin} à ${CALL_LIMITS.criteriaMax} critères`);
  }
  const sum = given.reduce((total, criterion) => total + criterion.weight, 0);
  if (given.some((criterion) => !Number.isInteger(criterion.weight) || criterion.weight <= 0) || sum !== 100) {
    throw DomainError.of('GRID_WEIGHTS_INVALID', { field: 'criteria', sum });
  }
  const keys = new Set<string>();
  return given.map((criterion, index) => {
    const name = validText(
      withoutBidiControls(criterion.name),
      CALL_LIMITS.criterionNameMax,
      'criteria',
      'Critère',
      true,
    );
    // A criterion keeps its key across edits so that scores already given stay attached to it.
    const key =
      criterion.key && /^c\d{1,2}$/.test(criterion.key) && !keys.has(criterion.key) ? criterion.key : `c${index + 1}`;
    if (keys.has(key)) throw invalid('criteria', 'Grille', 'deux critères ont la même clé');
    keys.add(key);
    return {
      key,
      name,
      description: validText(
        criterion.description,
        CALL_LIMITS.criterionDescriptionMax,
        'criteria',
        'Description du critère',
      ),
      weight: criterion.weight,
    };
  });
}

/** A call's fields as its form sends them, checked; cut-offs must be ahead of `now` (the database's). */
export function validCallFields(input: CallFields, now: Date) {
  const title = validText(withoutBidiControls(input.title), CALL_LIMITS.titleMax, 'title', 'Titre', true);
  if (title.length < CALL_LIMITS.titleMin)
    throw invalid('title', 'Titre', `${CALL_LIMITS.titleMin} caractères au moins`);
  const challenges = input.challenges.map((challenge) =>
    validText(withoutBidiControls(challenge), CALL_LIMITS.challengeMax, 'challenges', 'Défi', true),
  );
  if (challenges.length < CALL_LIMITS.challengesMin || challenges.length > CALL_LIMITS.challengesMax) {
    throw invalid('challenges', 'Défis', `de ${CALL_LIMITS.challengesMin} à ${CALL_LIMITS.challengesMax} défis`);
  }
  if (new Set(challenges).size !== challenges.length) throw invalid('challenges', 'Défis', 'deux défis identiques');
  const cutoffs = [...input.cutoffs].sort((a, b) => a.getTime() - b.getTime());
  if (
    cutoffs.length < CALL_LIMITS.roundsMin ||
    cutoffs.length > CALL_LIMITS.roundsMax ||
    cutoffs.some((date) => Number.isNaN(date.getTime()) || date <= now) ||
    new Set(cutoffs.map((date) => date.getTime())).size !== cutoffs.length
  ) {
    throw DomainError.of('CALL_ROUNDS_INVALID', { field: 'cutoffs' });
  }
  const budget = input.budget ?? null;
  if (budget !== null && (!Number.isInteger(budget) || budget < 0 || budget > CALL_LIMITS.budgetMax)) {
    throw invalid('budget', 'Budget', `un nombre entier d’euros, de 0 à ${CALL_LIMITS.budgetMax}`);
  }
  const minScore = input.minScore ?? 2.5;
  if (!(minScore >= 0 && minScore <= CALL_LIMITS.scoreMax)) throw invalid('minScore', 'Note minimale', 'de 0 à 5');
  const reviewsPerSubmission = input.reviewsPerSubmission ?? CALL_LIMITS.reviewsPerSubmissionMin;
  if (
    !Number.isInteger(reviewsPerSubmission) ||
    reviewsPerSubmission < CALL_LIMITS.reviewsPerSubmissionMin ||
    reviewsPerSubmission > CALL_LIMITS.reviewsPerSubmissionMax
  ) {
    throw invalid('reviewsPerSubmission', 'Évaluations par candidature', 'de 2 à 6');
  }
  return {
    title,
    body: validText(input.body, CALL_LIMITS.bodyMax, 'body', 'Texte de l’appel'),
    challenges,
    criteria: validGrid(input.criteria),
    cutoffs,
    budget,
    minScore,
    reviewsPerSubmission,
  };
}
