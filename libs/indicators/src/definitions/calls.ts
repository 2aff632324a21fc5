import { IndicatorDefinition, PLATFORM_SINCE, total } from './definition';

const CALLS_SCOPE = 'Appels à communs publiés (hors brouillons), à la date du calcul';

/** The calls for commons: submissions, eligibility, laureates and their milestones. */
export const CALLS_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'appels-candidatures',
    theme: 'appels',
    name: 'Candidatures aux appels à communs',
    definition: 'Candidatures déposées aux appels à communs, selon la décision sur leur éligibilité.',
    unit: 'candidatures',
    scope: CALLS_SCOPE,
    computation:
      'Nombre de candidatures déposées (brouillons exclus) : éligibles, inéligibles, et en attente de la vérification.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ calls }) {
      const summary = await calls.summary();
      return [
        total(summary.submitted),
        { key: 'eligibilite:eligible', label: 'Éligibles', value: summary.eligible, part: true },
        { key: 'eligibilite:ineligible', label: 'Inéligibles', value: summary.ineligible, part: true },
        {
          key: 'eligibilite:en-attente',
          label: 'En attente',
          value: summary.submitted - summary.eligible - summary.ineligible,
          part: true,
        },
      ];
    },
  },
  {
    code: 'appels-taux-eligibilite',
    theme: 'appels',
    name: 'Taux d’éligibilité des candidatures',
    definition: 'Part des candidatures jugées éligibles parmi celles dont l’éligibilité est décidée.',
    unit: 'part',
    scope: CALLS_SCOPE,
    computation: 'Éligibles ÷ (éligibles + inéligibles) ; sans objet avant toute décision.',
    since: PLATFORM_SINCE,
    byGroup: false,
    share: true,
    async compute({ calls }) {
      const summary = await calls.summary();
      return [{ key: 'total', label: 'Taux d’éligibilité', value: summary.eligibilityRate }];
    },
  },
  {
    code: 'appels-laureats',
    theme: 'appels',
    name: 'Lauréats des appels à communs',
    definition: 'Candidatures retenues, avec ou sans conditions, par les comités des appels.',
    unit: 'candidatures',
    scope: CALLS_SCOPE,
    computation: 'Nombre de candidatures dont la décision est « retenue » ou « retenue sous conditions ».',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ calls }) {
      return [total((await calls.summary()).laureates)];
    },
  },
  {
    code: 'appels-jalons',
    theme: 'appels',
    name: 'Jalons des lauréats',
    definition: 'Jalons des lauréats réalisés, et ceux en retard (échéance passée sans être réalisés).',
    unit: 'jalons',
    scope: CALLS_SCOPE,
    computation:
      'Nombre de jalons au statut « réalisé » ; nombre de jalons prévus ou en cours dont l’échéance est passée.',
    since: PLATFORM_SINCE,
    byGroup: false,
    async compute({ calls }) {
      const summary = await calls.summary();
      return [
        { key: 'statut:realises', label: 'Réalisés', value: summary.milestonesDone },
        { key: 'statut:en-retard', label: 'En retard', value: summary.milestonesLate },
      ];
    },
  },
];
