/** The governance acts of votes that the journal records. */
export const VOTES_AUDIT_ACTIONS = [
  'vote_created',
  'vote_opened',
  'vote_voter_recused',
  'vote_cancelled',
  'vote_closed',
  'proxy_given',
  'proxy_revoked',
] as const;
