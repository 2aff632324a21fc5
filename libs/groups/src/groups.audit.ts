/** The governance acts of groups that the journal records. */
export const GROUPS_AUDIT_ACTIONS = [
  'group_created',
  'group_updated',
  'group_archived',
  'group_reopened',
  'member_joined',
  'member_added',
  'join_requested',
  'join_request_accepted',
  'join_request_declined',
  'member_left',
  'member_removed',
  'member_role_changed',
  'invitation_sent',
  'invitation_accepted',
  'invitation_revoked',
] as const;
