import { IndicatorDefinition, PLATFORM_SINCE, total } from './definition';

/** How much people discuss: comments on proposals, messages in the salons. */
export const DISCUSSION_INDICATORS: readonly IndicatorDefinition[] = [
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
  {
    code: 'messages-par-semaine',
    historical: true,
    theme: 'discussion',
    name: 'Messages par semaine',
    definition: 'Messages écrits dans les salons des groupes publics, par semaine ISO.',
    unit: 'messages',
    scope: 'Salons des groupes publics (les salons des propositions ne sont pas comptés)',
    computation:
      'Nombre de messages (retirés par la modération exclus) écrits chaque semaine de la période, heure de Paris.',
    since: PLATFORM_SINCE,
    byGroup: true,
    async compute({ discussion }, { from, to, groupIds }) {
      const weeks = await discussion.messagesPerWeek({ from, to }, { groupIds });
      return [
        total(weeks.reduce((sum, week) => sum + week.messages, 0)),
        ...weeks.map((week) => ({ key: `semaine:${week.week}`, label: week.week, value: week.messages, part: true })),
      ];
    },
  },
];
