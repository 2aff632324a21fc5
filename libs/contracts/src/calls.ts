import { errorReasons } from './errors';

export const CALL_STATES = ['draft', 'open', 'reviewing', 'deliberating', 'decided', 'closed'] as const;
export type CallState = (typeof CALL_STATES)[number];

export const SUBMISSION_STATES = ['draft', 'submitted', 'eligible', 'ineligible'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_DECISIONS = ['retained', 'retained_with_conditions', 'not_retained'] as const;
export type SubmissionDecision = (typeof SUBMISSION_DECISIONS)[number];

/** What a reviewer declares before reading a submission; anything but `none` excludes them from it. */
export const REVIEW_LINKS = ['none', 'same_organisation', 'same_group', 'co_applicant', 'other'] as const;
export type ReviewLink = (typeof REVIEW_LINKS)[number];

export const REVIEW_STATES = ['assigned', 'cleared', 'excluded', 'submitted'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const COMMON_DRAFT_KINDS = ['software', 'educational_resource', 'service', 'dataset'] as const;
export type CommonDraftKind = (typeof COMMON_DRAFT_KINDS)[number];

/**
 * The open licences a call accepts (SPDX identifiers): every identifier of a submission's licence
 * expression must be one of them.
 */
export const CALL_OPEN_LICENCES = [
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'EUPL-1.2',
  'MPL-2.0',
  'Apache-2.0',
  'MIT',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CECILL-2.1',
  'CECILL-B',
  'CECILL-C',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
  'etalab-2.0',
  'ODbL-1.0',
] as const;

/** The default grid, NLnet's: technical quality 30, relevance 40, strategy and community 30. */
export const DEFAULT_CALL_CRITERIA = [
  {
    name: 'Qualité technique',
    description: 'La solidité de l’approche, la maîtrise du sujet, la qualité de ce qui existe déjà.',
    weight: 30,
  },
  {
    name: 'Pertinence',
    description: 'L’apport au défi choisi et aux besoins de l’école, la valeur pour ses utilisateurs.',
    weight: 40,
  },
  {
    name: 'Stratégie et communauté',
    description: 'La pérennité du commun : gouvernance ouverte, contributeurs, réutilisation par d’autres.',
    weight: 30,
  },
] as const;

export const CALL_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  bodyMax: 20_000,
  challengesMin: 1,
  challengesMax: 10,
  challengeMax: 200,
  criteriaMin: 1,
  criteriaMax: 10,
  criterionNameMax: 120,
  criterionDescriptionMax: 1_000,
  roundsMin: 1,
  roundsMax: 5,
  budgetMax: 100_000_000,
  reviewersMax: 200,
  commonNameMax: 120,
  summaryMax: 300,
  pitchMin: 50,
  pitchMax: 10_000,
  licenceMax: 200,
  urlMax: 500,
  maintainersMin: 1,
  maintainersMax: 10,
  maintainerNameMax: 120,
  coApplicantsMax: 5,
  reasonMax: 2_000,
  commentMax: 5_000,
  scoreMax: 5,
  reviewsPerSubmissionMin: 2,
  reviewsPerSubmissionMax: 6,
  milestoneTitleMax: 200,
  milestonesMax: 20,
} as const;

export const CALL_ERRORS = errorReasons({
  CALL_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cet appel à communs n’existe pas, ou il ne vous est pas visible.',
    en: 'This call for commons does not exist, or you may not see it.',
  },
  CALL_FACILITATORS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs du comité de l’appel peuvent faire cela.',
    en: 'Only the facilitators of the call’s committee may do this.',
  },
  CALL_COMMITTEE_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'L’appel doit être porté par un comité de pilotage actif.',
    en: 'The call must be held by an active steering committee.',
  },
  CALL_FIELD_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le champ « {{label}} » n’est pas valide : {{rule}}.',
    en: 'The field “{{label}}” is not valid: {{rule}}.',
  },
  GRID_WEIGHTS_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Les poids de la grille doivent être des entiers positifs dont la somme fait 100 (ici {{sum}}).',
    en: 'The grid’s weights must be positive integers summing to 100 (here {{sum}}).',
  },
  CALL_ROUNDS_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Il faut de 1 à 5 dates de clôture, distinctes et à venir.',
    en: 'A call needs 1 to 5 cut-off dates, distinct and in the future.',
  },
  CALL_STATE_INVALID: {
    code: 'CONFLICT',
    fr: 'L’appel est à l’étape « {{state}} » : cet acte n’y est pas possible.',
    en: 'The call is at the “{{state}}” stage: this act is not possible there.',
  },
  CALL_NOT_READY: {
    code: 'CONFLICT',
    fr: 'L’appel ne peut pas être ouvert : il lui faut une grille de critères et au moins deux évaluateurs.',
    en: 'The call cannot be opened: it needs a grid of criteria and at least two reviewers.',
  },
  CALL_ROUNDS_NOT_OVER: {
    code: 'CONFLICT',
    fr: 'La dernière date de clôture de l’appel n’est pas encore passée.',
    en: 'The call’s last cut-off date has not passed yet.',
  },
  CALL_REVIEWER_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette personne n’a pas de compte actif.',
    en: 'This person has no active account.',
  },
  CALL_NOTHING_TO_DELIBERATE: {
    code: 'CONFLICT',
    fr: 'Aucune candidature n’a passé l’évaluation : il n’y a rien à mettre au vote.',
    en: 'No submission passed the review: there is nothing to put to the vote.',
  },
  CALL_SHORTLIST_TOO_LONG: {
    code: 'CONFLICT',
    fr: 'Trop de candidatures ont passé l’évaluation pour un seul scrutin ({{count}}, {{max}} au plus) : relevez la note minimale.',
    en: 'Too many submissions passed the review for one vote ({{count}}, {{max}} at most): raise the minimum score.',
  },
  CALL_VOTE_NOT_CLOSED: {
    code: 'CONFLICT',
    fr: 'Le scrutin du comité n’est pas encore clos : le classement n’est pas connu.',
    en: 'The committee’s vote is not closed yet: the ranking is not known.',
  },
  CALL_DECISIONS_MISSING: {
    code: 'CONFLICT',
    fr: 'Chaque candidature évaluée doit avoir sa décision avant la publication ({{missing}} sans décision).',
    en: 'Every reviewed submission needs its decision before publication ({{missing}} without one).',
  },
  CALL_BUDGET_EXCEEDED: {
    code: 'CONFLICT',
    fr: 'Les montants retenus ({{total}} €) dépassent le budget de l’appel ({{budget}} €).',
    en: 'The amounts retained (€{{total}}) exceed the call’s budget (€{{budget}}).',
  },
  SUBMISSION_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette candidature n’existe pas, ou elle ne vous est pas visible.',
    en: 'This submission does not exist, or you may not see it.',
  },
  SUBMISSION_APPLICANTS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les porteurs de la candidature peuvent faire cela.',
    en: 'Only the submission’s applicants may do this.',
  },
  SUBMISSION_CLOSED: {
    code: 'CONFLICT',
    fr: 'La date de clôture est passée : la candidature ne peut plus être déposée ni modifiée.',
    en: 'The cut-off date has passed: the submission can no longer be made or changed.',
  },
  SUBMISSION_FIELD_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le champ « {{label}} » n’est pas valide : {{rule}}.',
    en: 'The field “{{label}}” is not valid: {{rule}}.',
  },
  SUBMISSION_LICENCE_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'La licence « {{licence}} » n’est pas une expression SPDX lisible.',
    en: 'The licence “{{licence}}” is not a readable SPDX expression.',
  },
  SUBMISSION_LICENCE_NOT_OPEN: {
    code: 'BAD_USER_INPUT',
    fr: 'La licence « {{licence}} » n’est pas dans la liste des licences ouvertes de l’appel.',
    en: 'The licence “{{licence}}” is not in the call’s list of open licences.',
  },
  SUBMISSION_CHECKS_FAILED: {
    code: 'BAD_USER_INPUT',
    fr: 'La candidature ne remplit pas encore les conditions de dépôt : {{failed}}.',
    en: 'The submission does not meet the conditions yet: {{failed}}.',
  },
  SUBMISSION_REVISION_STALE: {
    code: 'CONFLICT',
    fr: 'La candidature a été modifiée entre-temps (version {{current}}) : rechargez-la.',
    en: 'The submission changed meanwhile (revision {{current}}): reload it.',
  },
  SUBMISSION_STATE_INVALID: {
    code: 'CONFLICT',
    fr: 'La candidature est à l’étape « {{state}} » : cet acte n’y est pas possible.',
    en: 'The submission is at the “{{state}}” stage: this act is not possible there.',
  },
  SUBMISSION_CO_APPLICANT_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Un co-porteur n’a pas de compte actif, ou c’est vous-même.',
    en: 'A co-applicant has no active account, or is yourself.',
  },
  SUBMISSION_GROUP_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le groupe qui porte le commun doit être un groupe dont vous êtes membre.',
    en: 'The group carrying the common must be one you are a member of.',
  },
  REVIEWER_NOT_ON_CALL: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette personne n’est pas évaluatrice de l’appel.',
    en: 'This person is not a reviewer of the call.',
  },
  REVIEWER_ALREADY_ASSIGNED: {
    code: 'CONFLICT',
    fr: 'Cet évaluateur est déjà affecté à cette candidature.',
    en: 'This reviewer is already assigned to this submission.',
  },
  REVIEWER_CONFLICT: {
    code: 'CONFLICT',
    fr: 'Cet évaluateur a un lien avec la candidature ({{link}}) : il ne peut pas l’évaluer.',
    en: 'This reviewer is linked to the submission ({{link}}): they may not review it.',
  },
  REVIEW_NOT_ELIGIBLE: {
    code: 'CONFLICT',
    fr: 'Seule une candidature déclarée éligible est évaluée.',
    en: 'Only a submission declared eligible is reviewed.',
  },
  REVIEW_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette évaluation n’existe pas, ou elle ne vous est pas confiée.',
    en: 'This review does not exist, or it is not yours.',
  },
  REVIEW_DECLARATION_REQUIRED: {
    code: 'CONFLICT',
    fr: 'Déclarez d’abord vos liens éventuels avec la candidature.',
    en: 'First declare any link you have with the submission.',
  },
  REVIEW_EXCLUDED: {
    code: 'CONFLICT',
    fr: 'Vous avez déclaré un lien avec cette candidature : vous ne l’évaluez pas.',
    en: 'You declared a link with this submission: you do not review it.',
  },
  REVIEW_LOCKED: {
    code: 'CONFLICT',
    fr: 'Les évaluations sont closes : le comité délibère ou a décidé.',
    en: 'Reviews are closed: the committee is deliberating or has decided.',
  },
  SCORE_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Chaque critère de la grille reçoit une note entière de 0 à 5 et un commentaire.',
    en: 'Every criterion of the grid gets a whole score from 0 to 5 and a comment.',
  },
  DECISION_NOT_REVIEWED: {
    code: 'CONFLICT',
    fr: 'Seule une candidature qui a passé l’évaluation reçoit une décision.',
    en: 'Only a submission that passed the review gets a decision.',
  },
  DECISION_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'La décision est incomplète : {{rule}}.',
    en: 'The decision is incomplete: {{rule}}.',
  },
  MILESTONE_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce jalon n’existe pas.',
    en: 'This milestone does not exist.',
  },
  MILESTONE_LAUREATES_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les porteurs d’un lauréat suivent ses jalons.',
    en: 'Only a laureate’s applicants follow its milestones.',
  },
  MILESTONE_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le jalon n’est pas valide : {{rule}}.',
    en: 'The milestone is not valid: {{rule}}.',
  },
});
