import { IndicatorDefinition, PLATFORM_SINCE, total } from './definition';

/** How the committees decide: votes, turnout, quorum, proxies. */
export const GOVERNANCE_INDICATORS: readonly IndicatorDefinition[] = [
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
];
