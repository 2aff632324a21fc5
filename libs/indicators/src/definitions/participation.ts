import type { UsersByOrganisation, UsersByOrganisationType } from '@ouvroir/identity';
import type { RawCell } from '../privacy';
import {
  breakdown,
  IndicatorContext,
  IndicatorDefinition,
  IndicatorSources,
  isoWeekStart,
  PLATFORM_SINCE,
  total,
} from './definition';

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

/** Who takes part: active contributors, members, new members. */
export const PARTICIPATION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'contributeurs-actifs',
    historical: true,
    theme: 'participation',
    name: 'Contributeurs actifs',
    definition:
      'Personnes distinctes qui ont rédigé, amendé ou commenté une proposition d’un groupe public, voté dans un comité public ou maintenu un commun pendant la période.',
    unit: 'personnes',
    scope: 'Propositions et votes des groupes publics, catalogue des communs',
    computation:
      'Nombre de personnes distinctes parmi les auteurs de versions, co-auteurs acceptés, amendeurs, commentateurs (commentaires masqués exclus), votants (eux-mêmes ou par procuration, dans un vote ouvert pendant la période) et mainteneurs ayant modifié un commun qu’ils maintiennent ; chacun compte une fois. Les mainteneurs ne comptent pas quand un groupe est choisi (un commun n’appartient pas à un groupe).',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute(sources, context) {
      const { ids, roles } = await activeContributors(sources, context);
      const role = (key: string, label: string, count: number): RawCell => ({
        key,
        label,
        value: count,
        people: count,
      });
      return [
        total(ids.length, true),
        role('role:auteur', 'Auteurs', roles.authors),
        role('role:amendeur', 'Amendeurs', roles.amenders),
        role('role:commentateur', 'Commentateurs', roles.commenters),
        role('role:votant', 'Votants', roles.voters),
        role('role:mainteneur', 'Mainteneurs', roles.maintainers),
      ];
    },
  },
  {
    code: 'contributeurs-actifs-par-type-organisation',
    historical: true,
    theme: 'participation',
    name: 'Contributeurs actifs par type d’organisation',
    definition: 'Les contributeurs actifs de la période, selon le type de leur organisation.',
    unit: 'personnes',
    scope: 'Propositions et votes des groupes publics, catalogue des communs',
    computation:
      'Les personnes de « Contributeurs actifs », réparties selon le type de leur organisation actuelle (sans organisation comprise).',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute(sources, context) {
      const { ids } = await activeContributors(sources, context);
      return byOrganisationType(await sources.identity.countByOrganisationType(ids));
    },
  },
  {
    code: 'contributeurs-actifs-par-organisation',
    historical: true,
    theme: 'participation',
    name: 'Contributeurs actifs par organisation',
    definition: 'Les contributeurs actifs de la période, selon leur organisation.',
    unit: 'personnes',
    scope: 'Propositions et votes des groupes publics, catalogue des communs',
    computation:
      'Les personnes de « Contributeurs actifs », réparties selon leur organisation actuelle ; celles sans organisation forment une ligne.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute(sources, context) {
      const { ids } = await activeContributors(sources, context);
      return byOrganisation(await sources.identity.countByOrganisation(ids), ids.length);
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
      return byOrganisationType(await identity.usersByOrganisationType());
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
    code: 'nouveaux-membres-par-type-organisation',
    historical: true,
    theme: 'participation',
    name: 'Nouveaux membres par type d’organisation',
    definition: 'Comptes créés pendant la période, selon le type de leur organisation.',
    unit: 'personnes',
    scope: 'Tout le programme',
    computation:
      'Nombre de comptes créés pendant la période et non effacés depuis, répartis selon le type de leur organisation actuelle.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ identity }, { from, to }) {
      return byOrganisationType(await identity.createdByOrganisationType({ from, to }));
    },
  },
  {
    code: 'nouveaux-membres-par-organisation',
    historical: true,
    theme: 'participation',
    name: 'Nouveaux membres par organisation',
    definition: 'Comptes créés pendant la période, selon leur organisation.',
    unit: 'personnes',
    scope: 'Tout le programme',
    computation:
      'Nombre de comptes créés pendant la période et non effacés depuis, par organisation actuelle ; ceux sans organisation forment une ligne.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ identity }, { from, to }) {
      const [types, organisations] = await Promise.all([
        identity.createdByOrganisationType({ from, to }),
        identity.createdByOrganisation({ from, to }),
      ]);
      return byOrganisation(
        organisations,
        types.reduce((sum, row) => sum + row.count, 0),
      );
    },
  },
];

/**
 * The active contributors of the period, each once: proposals' contributors, voters and
 * maintainers come from three domains, as ids that never leave this computation.
 */
async function activeContributors(
  { proposals, votes, commons }: IndicatorSources,
  { from, to, groupIds, domainId, oneGroup }: IndicatorContext,
): Promise<{ ids: string[]; roles: Record<'authors' | 'amenders' | 'commenters' | 'voters' | 'maintainers', number> }> {
  const [writers, voters, maintainers] = await Promise.all([
    proposals.contributorIds({ from, to }, { groupIds }),
    votes.voterIds({ from, to }, { committeeIds: groupIds }),
    oneGroup ? Promise.resolve([]) : commons.activeMaintainerIds({ from, to }, domainId),
  ]);
  const ids = [...new Set([...writers.author, ...writers.amender, ...writers.commenter, ...voters, ...maintainers])];
  return {
    ids,
    roles: {
      authors: writers.author.length,
      amenders: writers.amender.length,
      commenters: writers.commenter.length,
      voters: voters.length,
      maintainers: maintainers.length,
    },
  };
}

const byOrganisationType = (rows: UsersByOrganisationType[]): RawCell[] =>
  breakdown(
    'type',
    rows.map((row) => ({ value: row.organisationType ?? 'aucune', count: row.count })),
    { ...ORGANISATION_TYPE_LABELS, aucune: 'Sans organisation' },
    true,
  );

/**
 * People by organisation, with those without one as a part: every part then adds up to the total,
 * so that the small-count rule's complement also covers the line of those without organisation.
 */
function byOrganisation(rows: UsersByOrganisation[], count: number): RawCell[] {
  const without = count - rows.reduce((sum, row) => sum + row.count, 0);
  return [
    total(count, true),
    ...rows.map((row) => ({
      key: `organisation:${row.organisationId}`,
      label: row.name,
      value: row.count,
      people: row.count,
      part: true,
    })),
    { key: 'organisation:aucune', label: 'Sans organisation', value: without, people: without, part: true },
  ];
}
