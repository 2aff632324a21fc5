import { graphqlRequest } from '../api/graphql-request';
import type { PageLoader } from '../api/usePaginatedSearch';
import { graphql } from '../gql';
import type {
  CreateGroupInput,
  GroupFilter,
  GroupKind,
  GroupPageQuery,
  GroupsDirectoryQuery,
  JoinPolicy,
  MembershipRole,
  UpdateGroupInput,
} from '../gql/graphql';

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

export const loadGroups: PageLoader<DirectoryGroup, GroupFilter> = async (filter, after) =>
  (await graphqlRequest(directoryQuery, { filter, after })).groupsDirectory;

export const createGroup = async (input: CreateGroupInput) =>
  (await graphqlRequest(createGroupMutation, { input })).createGroup;

export const updateGroup = (groupId: string, input: UpdateGroupInput) =>
  graphqlRequest(updateGroupMutation, { groupId, input });

export const archiveGroup = (groupId: string) => graphqlRequest(archiveGroupMutation, { groupId });

export const reopenGroup = (groupId: string) => graphqlRequest(reopenGroupMutation, { groupId });

export const joinGroup = (groupId: string) => graphqlRequest(joinGroupMutation, { groupId });

export const requestToJoinGroup = (groupId: string, message: string) =>
  graphqlRequest(requestToJoinMutation, { groupId, message: message.trim() || null });

export const leaveGroup = (groupId: string) => graphqlRequest(leaveGroupMutation, { groupId });
