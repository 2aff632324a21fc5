import { graphqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';
import type { AdminUsersQuery, PlatformRole } from '../gql/graphql';
import type { PageLoader } from '../api/usePaginatedSearch';

const usersQuery = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(search: $search, after: $after) {
      nodes {
        id
        displayName
        email
        platformRole
        status
        organisation {
          id
          name
          type
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

const setPlatformRoleMutation = graphql(`
  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {
    setPlatformRole(userId: $userId, role: $role) {
      id
      platformRole
      status
    }
  }
`);

const suspendUserMutation = graphql(`
  mutation SuspendUser($userId: ID!) {
    suspendUser(userId: $userId) {
      id
      platformRole
      status
    }
  }
`);

const reactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      platformRole
      status
    }
  }
`);

/** A person as the administrators' directory lists them. */
export type AdminUser = AdminUsersQuery['users']['nodes'][number];

/** What an administrator's action on a person changes. */
export type UserChange = Pick<AdminUser, 'id' | 'platformRole' | 'status'>;

export const loadUsers: PageLoader<AdminUser> = async (search, after) =>
  (await graphqlRequest(usersQuery, { search: search || undefined, after })).users;

export const setPlatformRole = async (userId: string, role: PlatformRole): Promise<UserChange> =>
  (await graphqlRequest(setPlatformRoleMutation, { userId, role })).setPlatformRole;

export const suspendUser = async (userId: string): Promise<UserChange> =>
  (await graphqlRequest(suspendUserMutation, { userId })).suspendUser;

export const reactivateUser = async (userId: string): Promise<UserChange> =>
  (await graphqlRequest(reactivateUserMutation, { userId })).reactivateUser;
