import { DISCUSSION_RESOLVERS } from '@ouvroir/discussion';
import { DomainsResolver } from '@ouvroir/domains';
import {
  AuditEntryResolver,
  GroupsResolver,
  InvitationResolver,
  JoinRequestResolver,
  MembershipResolver,
} from '@ouvroir/groups';
import { IdentityResolver } from '@ouvroir/identity';
import { PROPOSALS_RESOLVERS } from '@ouvroir/proposals';
import { VOTES_RESOLVERS } from '@ouvroir/votes';

/** Every resolver class of the API, for printing the schema without a database. */
export const resolvers = [
  DomainsResolver,
  IdentityResolver,
  GroupsResolver,
  MembershipResolver,
  JoinRequestResolver,
  InvitationResolver,
  AuditEntryResolver,
  ...PROPOSALS_RESOLVERS,
  ...VOTES_RESOLVERS,
  ...DISCUSSION_RESOLVERS,
];
