import { PROPOSAL_STATE_LABELS } from '@ouvroir/proposals';
import { breakdown, IndicatorDefinition, PLATFORM_SINCE } from './definition';

const COMMON_KIND_LABELS: Record<string, string> = {
  software: 'Logiciel',
  educational_resource: 'Ressource éducative',
  service: 'Service',
  dataset: 'Jeu de données',
};

/** What the programme produces: proposals, decisions, amendments, commons. */
export const PRODUCTION_INDICATORS: readonly IndicatorDefinition[] = [
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
        { key: 'decision:adoptee', label: 'Adoptées', value: adopted, count: true },
        { key: 'decision:rejetee', label: 'Rejetées', value: rejected, count: true },
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
];
