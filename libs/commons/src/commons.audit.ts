/** The governance acts on commons that the journal records (outside any group, or in the stewarding group's). */
export const COMMONS_AUDIT_ACTIONS = [
  'common_created',
  'common_updated',
  'common_status_changed',
  'common_repositories_set',
  'common_maintainer_added',
  'common_maintainer_removed',
  'common_usage_declared',
  'common_usage_withdrawn',
  'common_decision_linked',
  'common_decision_unlinked',
  'common_maintenance_confirmed',
] as const;
