import { GroupsResolver } from './groups.resolver';
import { InvitationResolver, GroupInvitationsResolver } from './invitations.resolver';
import { GroupJoinRequestsResolver, JoinRequestResolver } from './join-requests.resolver';
import { AuditEntryResolver } from './journal.resolver';
import { GroupMembersResolver, MembershipResolver } from './memberships.resolver';

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const GROUPS_RESOLVERS = [
  GroupsResolver,
  GroupMembersResolver,
  GroupJoinRequestsResolver,
  GroupInvitationsResolver,
  MembershipResolver,
  JoinRequestResolver,
  InvitationResolver,
  AuditEntryResolver,
];
