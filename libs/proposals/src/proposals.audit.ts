/** The governance acts of proposals that the journal records. */
export const PROPOSALS_AUDIT_ACTIONS = [
  'proposal_created',
  'proposal_transitioned',
  'proposal_coauthor_invited',
  'proposal_coauthor_joined',
  'amendment_proposed',
  'amendment_accepted',
  'amendment_rejected',
  'comment_hidden',
] as const;
