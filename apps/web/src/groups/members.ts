import { ALL_QUERIES, connectionQuery, queryKeyOf } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type {
  GroupInvitationsQuery,
  GroupJoinRequestsQuery,
  GroupMembersQuery,
  MyInvitationsQuery,
} from '../gql/graphql';
import { groupViews } from './groups';

// A person as the group's lists show them: name and organisation.
graphql(`
  fragment PersonSummary on User {
    id
    displayName
    organisation {
      id
      name
    }
  }
`);

const membersQuery = graphql(`
  query GroupMembers($slug: String!, $after: String) {
    group(slug: $slug) {
      id
      members(after: $after) {
        nodes {
          userId
          role
          since
          user {
            ...PersonSummary
          }
        }
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const joinRequestsQuery = graphql(`
  query GroupJoinRequests($slug: String!, $after: String) {
    group(slug: $slug) {
      id
      joinRequests(after: $after) {
        nodes {
          id
          message
          createdAt
          user {
            ...PersonSummary
          }
        }
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const groupInvitationsQuery = graphql(`
  query GroupInvitations($slug: String!) {
    group(slug: $slug) {
      id
      invitations {
        id
        email
        role
        expiresAt
        expired
        invitedUser {
          id
          displayName
        }
        invitedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const myInvitationsQuery = graphql(`
  query MyInvitations {
    myInvitations {
      id
      role
      expiresAt
      group {
        id
        slug
        name
        kind
      }
      invitedBy {
        id
        displayName
      }
    }
  }
`);

const addMemberMutation = graphql(`
  mutation AddMember($groupId: ID!, $userId: ID!, $role: MembershipRole!) {
    addMember(groupId: $groupId, userId: $userId, role: $role) {
      userId
    }
  }
`);

const changeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($groupId: ID!, $userId: ID!, $role: MembershipRole!) {
    changeMemberRole(groupId: $groupId, userId: $userId, role: $role) {
      userId
      role
    }
  }
`);

const removeMemberMutation = graphql(`
  mutation RemoveMember($groupId: ID!, $userId: ID!, $reason: String) {
    removeMember(groupId: $groupId, userId: $userId, reason: $reason)
  }
`);

const decideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($requestId: ID!, $accept: Boolean!, $reason: String) {
    decideJoinRequest(requestId: $requestId, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);

const inviteMutation = graphql(`
  mutation InviteToGroup($groupId: ID!, $input: InvitationInput!) {
    inviteToGroup(groupId: $groupId, input: $input) {
      link
    }
  }
`);

const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
    }
  }
`);

const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      group {
        slug
      }
    }
  }
`);

const acceptMyInvitationMutation = graphql(`
  mutation AcceptMyInvitation($invitationId: ID!) {
    acceptMyInvitation(invitationId: $invitationId) {
      group {
        slug
      }
    }
  }
`);

type MembershipNode = GroupMembersQuery['group']['members']['nodes'][number];

/** A member, with the `id` lists key their rows by. */
export type Member = MembershipNode & { id: string };
export type JoinRequest = GroupJoinRequestsQuery['group']['joinRequests']['nodes'][number];
export type Invitation = GroupInvitationsQuery['group']['invitations'][number];
export type MyInvitation = MyInvitationsQuery['myInvitations'][number];

/** A group's members, by the group's slug. */
export const useMembers = (slug: string) =>
  useConnection(
    connectionQuery(membersQuery, { slug }, ({ group: { members } }) => ({
      ...members,
      nodes: members.nodes.map((member) => ({ ...member, id: member.userId })),
    })),
  );

/** A group's pending join requests, by the group's slug. */
export const useJoinRequests = (slug: string) =>
  useConnection(connectionQuery(joinRequestsQuery, { slug }, (result) => result.group.joinRequests));

/** A change of members changes the group too: its count, its facilitators, maybe the viewer's own rights. */
const membershipViews = () => [
  ...groupViews(),
  queryKeyOf(membersQuery),
  queryKeyOf(joinRequestsQuery),
  queryKeyOf(myInvitationsQuery),
];

export const useAddMember = () => useGraphqlMutation(addMemberMutation, { invalidates: membershipViews });

export const useChangeMemberRole = () => useGraphqlMutation(changeMemberRoleMutation, { invalidates: membershipViews });

export const useRemoveMember = () => useGraphqlMutation(removeMemberMutation, { invalidates: membershipViews });

export const useDecideJoinRequest = () =>
  useGraphqlMutation(decideJoinRequestMutation, { invalidates: membershipViews });

/** Its answer holds the link to hand to the invited person. */
export const useInviteToGroup = () =>
  useGraphqlMutation(inviteMutation, { invalidates: () => [queryKeyOf(groupInvitationsQuery)] });

export const useRevokeInvitation = () =>
  useGraphqlMutation(revokeInvitationMutation, { invalidates: () => [queryKeyOf(groupInvitationsQuery)] });

// Accepting an invitation makes the viewer a member: what they may see and do changes everywhere. The answer names
// the group joined.

export const useAcceptMyInvitation = () =>
  useGraphqlMutation(acceptMyInvitationMutation, { invalidates: () => [ALL_QUERIES] });

export const useAcceptInvitation = () =>
  useGraphqlMutation(acceptInvitationMutation, { invalidates: () => [ALL_QUERIES] });
