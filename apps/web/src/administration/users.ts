import { connectionQuery, replaceInConnections } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type { AdminUsersQuery } from '../gql/graphql';

const usersQuery = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(search: $search, after: $after) {
      nodes {
        id
        displayName
        agreementForm
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

/** The people whose name (or, for administrators, e-mail address) matches `search`; `enabled: false` reads nothing. */
export const useUsers = (search: string, enabled = true) =>
  useConnection(
    connectionQuery(usersQuery, { search: search || undefined }, (result) => result.users),
    enabled,
  );

// An administrator's act answers with what it changed, which replaces the person in the lists: nothing to read again.

export const useSetPlatformRole = () =>
  useGraphqlMutation(setPlatformRoleMutation, {
    update: (cache, { setPlatformRole }) => replaceInConnections(cache, usersQuery, setPlatformRole),
  });

export const useSuspendUser = () =>
  useGraphqlMutation(suspendUserMutation, {
    update: (cache, { suspendUser }) => replaceInConnections(cache, usersQuery, suspendUser),
  });

export const useReactivateUser = () =>
  useGraphqlMutation(reactivateUserMutation, {
    update: (cache, { reactivateUser }) => replaceInConnections(cache, usersQuery, reactivateUser),
  });
