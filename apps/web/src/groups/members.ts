import { graphqlRequest } from '../api/graphql-request';
import type { PageLoader } from '../api/usePaginatedSearch';
import { graphql } from '../gql';
import type {
  GroupInvitationsQuery,
  GroupJoinRequestsQuery,
  GroupMembersQuery,
  InvitationInput,
  MembershipRole,
  MyInvitationsQuery,
} from '../gql/graphql';

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
export const loadMembers: PageLoader<Member> = async (slug, after) => {
  const { members } = (await graphqlRequest(membersQuery, { slug, after })).group;
  return { ...members, nodes: members.nodes.map((member) => ({ ...member, id: member.userId })) };
};

/** A group's pending join requests, by the group's slug. */
export const loadJoinRequests: PageLoader<JoinRequest> = async (slug, after) =>
  (await graphqlRequest(joinRequestsQuery, { slug, after })).group.joinRequests;

export const addMember = (groupId: string, userId: string, role: MembershipRole) =>
  graphqlRequest(addMemberMutation, { groupId, userId, role });

export const changeMemberRole = async (groupId: string, userId: string, role: MembershipRole) =>
  (await graphqlRequest(changeMemberRoleMutation, { groupId, userId, role })).changeMemberRole;

export const removeMember = (groupId: string, userId: string, reason: string) =>
  graphqlRequest(removeMemberMutation, { groupId, userId, reason: reason.trim() || null });

export const decideJoinRequest = (requestId: string, accept: boolean, reason?: string) =>
  graphqlRequest(decideJoinRequestMutation, { requestId, accept, reason });

/** Resolves to the link to hand to the invited person. */
export const inviteToGroup = async (groupId: string, input: InvitationInput) =>
  (await graphqlRequest(inviteMutation, { groupId, input })).inviteToGroup.link;

export const revokeInvitation = (invitationId: string) => graphqlRequest(revokeInvitationMutation, { invitationId });

/** Accepts an invitation addressed to the viewer; resolves to the slug of the group joined. */
export const acceptMyInvitation = async (invitationId: string) =>
  (await graphqlRequest(acceptMyInvitationMutation, { invitationId })).acceptMyInvitation.group?.slug;

/** Accepts the invitation of a link; resolves to the slug of the group joined. */
export const acceptInvitation = async (token: string) =>
  (await graphqlRequest(acceptInvitationMutation, { token })).acceptInvitation.group?.slug;
