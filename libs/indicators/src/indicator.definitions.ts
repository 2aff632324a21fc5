import type { CommonsStatisticsService } from '@ouvroir/commons';
import type { IdentityStatisticsService } from '@ouvroir/identity';
import type { ProposalsStatisticsService } from '@ouvroir/proposals';
import type { VotesStatisticsService } from '@ouvroir/votes';
import type { RawCell } from './privacy';

/** The domains' statistics services: the indicators read nothing else. */
export interface IndicatorSources {
  identity: IdentityStatisticsService;
  proposals: ProposalsStatisticsService;
  votes: VotesStatisticsService;
  commons: CommonsStatisticsService;
}

/** What one computation covers: a period, and the public groups in scope (a domain's, a group, or all). */
export interface IndicatorContext {
  from: Date;
  to: Date;
  groupIds: string[];
}

export type IndicatorTheme = 'participation' | 'production' | 'gouvernance' | 'discussion';

export interface IndicatorDefinition {
  code: string;
  theme: IndicatorTheme;
  name: string;
  definition: string;
  unit: string;
  /** What it covers, in words. */
  scope: string;
  computation: string;
  /** The first day the platform holds the data it rests on. */
  since: string;
  /** Whether a domain or a group narrows it (else it covers the whole programme). */
  byGroup: boolean;
  /** Whether it is a share (0–1), shown as a percentage. */
  share?: boolean;
  /**
   * Whether it is computed over its period from dated facts, so that a past week can be computed
   * again (backfill); otherwise it is a state at the moment of the computation.
   */
  historical?: boolean;
  compute: (sources: IndicatorSources, context: IndicatorContext) => Promise<RawCell[]>;
}

const PLATFORM_SINCE = '2026-01-05';

const PROPOSAL_STATE_LABELS: Record<string, string> = {
  draft: 'Brouillon',
  in_discussion: 'En discussion',
  submitted: 'Soumise',
  voting: 'Au vote',
  adopted: 'Adoptée',
  rejected: 'Rejetée',
  in_progress: 'En cours de mise en œuvre',
  implemented: 'Mise en œuvre',
  withdrawn: 'Retirée',
};

const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  ministry: 'Ministère',
  academy: 'Académie',
  operator: 'Opérateur',
  university: 'Université',
  school: 'Établissement scolaire',
  company: 'Entreprise',
  association: 'Association',
  other: 'Autre',
};

const COMMON_KIND_LABELS: Record<string, string> = {
  software: 'Logiciel',
  educational_resource: 'Ressource éducative',
  service: 'Service',
  dataset: 'Jeu de données',
};

const total = (value: number, people = false): RawCell => ({
  key: 'total',
  label: 'Total',
  value,
  ...(people ? { people: value } : {}),
});

const DAY_MS = 86_400_000;

/** Counts by category, each a part of the total; those in `people` rest on people. */
const breakdown = (
  prefix: string,
  rows: { value: string; count: number }[],
  labels: Record<string, string>,
  people = false,
): RawCell[] => [
  total(
    rows.reduce((sum, row) => sum + row.count, 0),
    people,
  ),
  ...rows.map((row) => ({
    key: `${prefix}:${row.value}`,
    label: labels[row.value] ?? row.value,
    value: row.count,
    part: true,
    ...(people ? { people: row.count } : {}),
  })),
];

/**
 * The registry: every published indicator, its definition and how it is computed. Figures about
 * people are hidden under 5 (privacy.ts); only public groups ever count (IndicatorsService).
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'contributeurs-actifs',
    historical: true,
    theme: 'participation',
    name: 'Contributeurs actifs',
    definition:
      'Personnes distinctes qui ont rédigé, amendé ou commenté une proposition d’un groupe public pendant la période.',
    unit: 'personnes',
    scope: 'Propositions des groupes publics',
    computation:
      'Nombre de personnes distinctes parmi les auteurs de versions, co-auteurs acceptés, amendeurs et commentateurs (commentaires masqués exclus).',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ proposals }, { from, to, groupIds }) {
      const row = await proposals.contributors({ from, to }, { groupIds });
      return [
        total(row.total, true),
        { key: 'role:auteur', label: 'Auteurs', value: row.authors, people: row.authors },
        { key: 'role:amendeur', label: 'Amendeurs', value: row.amenders, people: row.amenders },
        { key: 'role:commentateur', label: 'Commentateurs', value: row.commenters, people: row.commenters },
      ];
    },
  },
  {
    code: 'membres',
    theme: 'participation',
    name: 'Membres',
    definition: 'Comptes inscrits sur la plateforme (hors comptes effacés), par type d’organisation.',
    unit: 'personnes',
    scope: 'Tout le programme, à la date du calcul',
    computation: 'Nombre de comptes non effacés, répartis selon le type de leur organisation.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ identity }) {
      const rows = await identity.usersByOrganisationType();
      return breakdown(
        'type',
        rows.map((row) => ({ value: row.organisationType ?? 'aucune', count: row.count })),
        { ...ORGANISATION_TYPE_LABELS, aucune: 'Sans organisation' },
        true,
      );
    },
  },
  {
    code: 'membres-par-organisation',
    theme: 'participation',
    name: 'Membres par organisation',
    definition: 'Comptes inscrits (hors comptes effacés) rattachés à chaque organisation.',
    unit: 'personnes',
    scope: 'Tout le programme, à la date du calcul',
    computation: 'Nombre de comptes non effacés par organisation ; les comptes sans organisation ne sont pas listés.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ identity }) {
      const rows = await identity.usersByOrganisation();
      return rows.map((row) => ({
        key: `organisation:${row.organisationId}`,
        label: row.name,
        value: row.count,
        people: row.count,
        part: true,
      }));
    },
  },
  {
    code: 'nouveaux-membres',
    historical: true,
    theme: 'participation',
    name: 'Nouveaux membres',
    definition: 'Comptes créés pendant la période.',
    unit: 'personnes',
    scope: 'Tout le programme',
    computation: 'Nombre de comptes créés entre le début (inclus) et la fin (exclue) de la période, par semaine ISO.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ identity }, { from, to }) {
      // The service counts weeks since a date; weeks wholly before the period's end are kept.
      const weeks = await identity.accountsCreatedPerWeek(from);
      const inPeriod = weeks.filter((week) => isoWeekStart(week.week).getTime() < to.getTime());
      return [
        total(
          inPeriod.reduce((sum, week) => sum + week.count, 0),
          true,
        ),
        ...inPeriod.map((week) => ({
          key: `semaine:${week.week}`,
          label: week.week,
          value: week.count,
          people: week.count,
          part: true,
        })),
      ];
    },
  },
  {
    code: 'propositions-par-etat',
    theme: 'production',
    name: 'Propositions par état',
    definition: 'Propositions des groupes publics dans chaque état, à la date du calcul.',
    unit: 'propositions',
    scope: 'Propositions des groupes publics',
    computation: 'Nombre de propositions par état courant.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ proposals }, { groupIds }) {
      const counts = await proposals.byState({ groupIds });
      return breakdown(
        'etat',
        Object.entries(counts).map(([value, count]) => ({ value, count })),
        PROPOSAL_STATE_LABELS,
      );
    },
  },
  {
    code: 'delai-median-decision',
    historical: true,
    theme: 'production',
    name: 'Délai médian jusqu’à la décision',
    definition: 'Médiane du nombre de jours entre la création d’une proposition et la décision de son vote.',
    unit: 'jours',
    scope: 'Décisions prises pendant la période, groupes publics',
    computation: 'Médiane (percentile 50 continu) des durées création → adoption ou rejet, en jours.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ proposals }, { from, to, groupIds }) {
      const decisions = await proposals.decisions({ groupIds }, { from, to });
      return [{ key: 'total', label: 'Médiane', value: decisions.medianDaysToDecision }];
    },
  },
  {
    code: 'taux-adoption',
    historical: true,
    theme: 'production',
    name: 'Taux d’adoption',
    definition: 'Part des propositions adoptées parmi celles décidées par un vote pendant la période.',
    unit: 'part',
    scope: 'Décisions prises pendant la période, groupes publics',
    computation: 'Adoptées ÷ (adoptées + rejetées) ; sans objet sans décision.',
    since: PLATFORM_SINCE,
    byGroup: true,
    share: true,
    async compute({ proposals }, { from, to, groupIds }) {
      const { adopted, rejected } = await proposals.decisions({ groupIds }, { from, to });
      const decided = adopted + rejected;
      return [
        { key: 'total', label: 'Taux d’adoption', value: decided === 0 ? null : adopted / decided },
        { key: 'decision:adoptee', label: 'Adoptées', value: adopted },
        { key: 'decision:rejetee', label: 'Rejetées', value: rejected },
      ];
    },
  },
  {
    code: 'amendements-acceptes',
    historical: true,
    theme: 'production',
    name: 'Amendements acceptés',
    definition: 'Amendements proposés pendant la période, par statut actuel.',
    unit: 'amendements',
    scope: 'Propositions des groupes publics',
    computation: 'Nombre d’amendements créés pendant la période, par statut (en attente, accepté, rejeté, retiré).',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ proposals }, { from, to, groupIds }) {
      const counts = await proposals.amendmentsByStatus({ groupIds }, { from, to });
      return breakdown(
        'statut',
        Object.entries(counts).map(([value, count]) => ({ value, count })),
        { pending: 'En attente', accepted: 'Acceptés', rejected: 'Rejetés', withdrawn: 'Retirés' },
      );
    },
  },
  {
    code: 'communs-par-type',
    theme: 'production',
    name: 'Communs par type',
    definition: 'Communs numériques du catalogue, par type.',
    unit: 'communs',
    scope: 'Catalogue des communs, à la date du calcul',
    computation: 'Nombre de communs par type (logiciel, ressource éducative, service, jeu de données).',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ commons }) {
      return breakdown('type', (await commons.summary()).byKind, COMMON_KIND_LABELS);
    },
  },
  {
    code: 'communs-par-licence',
    theme: 'production',
    name: 'Communs par licence',
    definition: 'Communs du catalogue sous chaque licence (un commun sous plusieurs licences compte pour chacune).',
    unit: 'communs',
    scope: 'Catalogue des communs, à la date du calcul',
    computation: 'Nombre de communs par identifiant SPDX de licence.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ commons }) {
      return (await commons.summary()).byLicence.map((row) => ({
        key: `licence:${row.value}`,
        label: row.value,
        value: row.count,
      }));
    },
  },
  {
    code: 'communs-par-forge',
    theme: 'production',
    name: 'Communs par forge',
    definition: 'Communs ayant au moins un dépôt sur chaque forge.',
    unit: 'communs',
    scope: 'Catalogue des communs, à la date du calcul',
    computation: 'Nombre de communs distincts par forge de leurs dépôts.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ commons }) {
      return (await commons.summary()).byForge.map((row) => ({
        key: `forge:${row.value}`,
        label: row.value,
        value: row.count,
      }));
    },
  },
  {
    code: 'part-communs-miroir-public',
    theme: 'production',
    name: 'Part des communs avec un miroir public',
    definition: 'Part des communs du catalogue dont un dépôt est un miroir public.',
    unit: 'part',
    scope: 'Catalogue des communs, à la date du calcul',
    computation: 'Communs ayant un dépôt de rôle « miroir » ÷ communs du catalogue.',
    since: PLATFORM_SINCE,
    byGroup: false,
    share: true,
    async compute({ commons }) {
      const summary = await commons.summary();
      return [{ key: 'total', label: 'Part', value: summary.total === 0 ? null : summary.publicMirrorShare }];
    },
  },
  {
    code: 'communs-utilises',
    theme: 'production',
    name: 'Communs utilisés par au moins 3 organisations',
    definition: 'Communs dont au moins 3 organisations déclarent l’usage, et utilisateurs déclarés en tout.',
    unit: 'communs',
    scope: 'Catalogue des communs, à la date du calcul',
    computation: 'Nombre de communs ayant au moins 3 usages déclarés ; somme des utilisateurs déclarés.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ commons }) {
      const summary = await commons.summary(3);
      return [
        { key: 'total', label: 'Communs utilisés par au moins 3 organisations', value: summary.usedByAtLeast },
        { key: 'utilisateurs-declares', label: 'Utilisateurs déclarés', value: summary.declaredUsers },
      ];
    },
  },
  {
    code: 'votes-tenus',
    theme: 'gouvernance',
    name: 'Votes tenus',
    definition: 'Votes clos des comités publics, et ceux dont le quorum a été atteint.',
    unit: 'votes',
    scope: 'Comités publics, depuis l’ouverture',
    computation: 'Nombre de votes clos ; parmi eux, ceux ayant atteint leur quorum.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ votes }, { groupIds }) {
      const quorum = await votes.quorum({ committeeIds: groupIds });
      return [total(quorum.closed), { key: 'quorum:atteint', label: 'Quorum atteint', value: quorum.quorumReached }];
    },
  },
  {
    code: 'participation-aux-votes',
    theme: 'gouvernance',
    name: 'Participation aux votes',
    definition: 'Bulletins exprimés rapportés aux votants inscrits, sur l’ensemble des votes clos.',
    unit: 'part',
    scope: 'Comités publics, depuis l’ouverture',
    computation: 'Somme des bulletins ÷ somme des votants inscrits des votes clos.',
    since: PLATFORM_SINCE,
    byGroup: true,
    share: true,
    async compute({ votes }, { groupIds }) {
      const { overall } = await votes.turnout({ committeeIds: groupIds });
      return [{ key: 'total', label: 'Participation', value: overall.rate, people: overall.eligibleVoters }];
    },
  },
  {
    code: 'procurations',
    theme: 'gouvernance',
    name: 'Procurations',
    definition: 'Procurations données (révoquées comprises) et utilisées pour voter.',
    unit: 'procurations',
    scope: 'Comités publics, depuis l’ouverture',
    computation: 'Nombre de procurations données ; parmi elles, celles utilisées par leur détenteur.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ votes }, { groupIds }) {
      const proxies = await votes.proxies({ committeeIds: groupIds });
      return [
        { key: 'total', label: 'Données', value: proxies.given, people: proxies.given },
        { key: 'utilisees', label: 'Utilisées', value: proxies.used, people: proxies.used },
      ];
    },
  },
  {
    code: 'commentaires-par-semaine',
    historical: true,
    theme: 'discussion',
    name: 'Commentaires par semaine',
    definition: 'Commentaires écrits sur les propositions des groupes publics, par semaine ISO.',
    unit: 'commentaires',
    scope: 'Propositions des groupes publics',
    computation: 'Nombre de commentaires (masqués exclus) écrits chaque semaine de la période, heure de Paris.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ proposals }, { from, to, groupIds }) {
      const weeks = await proposals.commentsPerWeek({ from, to }, { groupIds });
      return [
        total(weeks.reduce((sum, week) => sum + week.comments, 0)),
        ...weeks.map((week) => ({ key: `semaine:${week.week}`, label: week.week, value: week.comments, part: true })),
      ];
    },
  },
];

/** The Monday (UTC midnight) of an ISO week `2026-W05`. */
export function isoWeekStart(week: string): Date {
  const [year, number] = week.split('-W').map(Number);
  const january4 = new Date(Date.UTC(year, 0, 4));
  const monday = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday + (number - 1) * 7 * DAY_MS);
}
