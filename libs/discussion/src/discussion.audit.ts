/** The governance acts of the discussion that the journal records. */
export const DISCUSSION_AUDIT_ACTIONS = ['message_removed'] as const;
