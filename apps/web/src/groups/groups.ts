import { ALL_QUERIES, connectionQuery, queryKeyOf } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type {
  GroupFilter,
  GroupKind,
  GroupPageQuery,
  GroupsDirectoryQuery,
  JoinPolicy,
  MembershipRole,
} from '../gql/graphql';
import { journalGroupsQuery } from '../journal/journal';

const directoryQuery = graphql(`
  query GroupsDirectory($filter: GroupFilter, $after: String) {
    groupsDirectory(filter: $filter, after: $after) {
      nodes {
        id
        slug
        name
        kind
        status
        visibility
        shortDescription
        memberCount
        viewerRole
        domain {
          id
          name
        }
        facilitators {
          id
          displayName
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const groupPageQuery = graphql(`
  query GroupPage($slug: String!) {
    group(slug: $slug) {
      id
      slug
      name
      kind
      status
      visibility
      joinPolicy
      shortDescription
      charter
      charterHtml
      memberCount
      viewerRole
      domain {
        id
        slug
        name
      }
      committee {
        id
        slug
        name
      }
      facilitators {
        id
        displayName
      }
      viewerPermissions {
        edit
        join
        requestToJoin
        leave
        manageMembers
        readJournal
      }
      viewerJoinRequest {
        id
        createdAt
      }
    }
  }
`);

/** Committees a working group may address: those of its domain that the viewer can see. */
export const committeesQuery = graphql(`
  query Committees($domainSlug: String!) {
    groupsDirectory(filter: { domainSlug: $domainSlug, kind: committee }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const createGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      slug
    }
  }
`);

const updateGroupMutation = graphql(`
  mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {
    updateGroup(groupId: $groupId, input: $input) {
      id
    }
  }
`);

const archiveGroupMutation = graphql(`
  mutation ArchiveGroup($groupId: ID!) {
    archiveGroup(groupId: $groupId) {
      id
    }
  }
`);

const reopenGroupMutation = graphql(`
  mutation ReopenGroup($groupId: ID!) {
    reopenGroup(groupId: $groupId) {
      id
    }
  }
`);

const joinGroupMutation = graphql(`
  mutation JoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      role
    }
  }
`);

const requestToJoinMutation = graphql(`
  mutation RequestToJoinGroup($groupId: ID!, $message: String) {
    requestToJoinGroup(groupId: $groupId, message: $message) {
      id
    }
  }
`);

const leaveGroupMutation = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

/** A group as the directory lists it. */
export type DirectoryGroup = GroupsDirectoryQuery['groupsDirectory']['nodes'][number];

/** A group as its page shows it. */
export type Group = GroupPageQuery['group'];

/** The kinds and policies in the order the forms offer them. */
export const groupKinds: GroupKind[] = ['working_group', 'committee'];
export const joinPolicies: JoinPolicy[] = ['open', 'request', 'invitation'];

/** The roles a group offers: `voter` exists in committees only. */
export const rolesOf = (kind: GroupKind): MembershipRole[] =>
  kind === 'committee' ? ['facilitator', 'voter', 'member', 'observer'] : ['facilitator', 'member', 'observer'];

/** The groups the filter keeps, as the directory lists them. */
export const useGroupsDirectory = (filter: GroupFilter) =>
  useConnection(connectionQuery(directoryQuery, { filter }, (result) => result.groupsDirectory));

/**
 * What shows a group itself: its page, the directory's cards, the groups the journal and the group form offer (a
 * member count, a name, a status, a request pending).
 */
export const groupViews = () => [
  queryKeyOf(groupPageQuery),
  queryKeyOf(directoryQuery),
  queryKeyOf(committeesQuery),
  queryKeyOf(journalGroupsQuery),
];

export const useCreateGroup = () => useGraphqlMutation(createGroupMutation, { invalidates: groupViews });

export const useUpdateGroup = () => useGraphqlMutation(updateGroupMutation, { invalidates: groupViews });

export const useArchiveGroup = () => useGraphqlMutation(archiveGroupMutation, { invalidates: groupViews });

export const useReopenGroup = () => useGraphqlMutation(reopenGroupMutation, { invalidates: groupViews });

export const useRequestToJoinGroup = () => useGraphqlMutation(requestToJoinMutation, { invalidates: groupViews });

// Joining or leaving changes what the viewer may see and do everywhere: the group's tabs, its proposals, its
// discussion, their channels.

export const useJoinGroup = () => useGraphqlMutation(joinGroupMutation, { invalidates: () => [ALL_QUERIES] });

export const useLeaveGroup = () => useGraphqlMutation(leaveGroupMutation, { invalidates: () => [ALL_QUERIES] });
