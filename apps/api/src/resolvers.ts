import { DISCUSSION_RESOLVERS } from '@ouvroir/discussion';
import { DomainsResolver } from '@ouvroir/domains';
import { GROUPS_RESOLVERS } from '@ouvroir/groups';
import { IdentityResolver } from '@ouvroir/identity';
import { PROPOSALS_RESOLVERS } from '@ouvroir/proposals';
import { VOTES_RESOLVERS } from '@ouvroir/votes';

/** Every resolver class of the API, for printing the schema without a database. */
export const resolvers = [
  DomainsResolver,
  IdentityResolver,
  ...GROUPS_RESOLVERS,
  ...PROPOSALS_RESOLVERS,
  ...VOTES_RESOLVERS,
  ...DISCUSSION_RESOLVERS,
];
