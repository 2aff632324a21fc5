import { useGraphqlQuery } from '../api/useGraphqlQuery';
import { graphql } from '../gql';
import type { IdentityProvidersQuery } from '../gql/graphql';

const identityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      label
      kind
      available
    }
  }
`);

export type IdentityProvider = IdentityProvidersQuery['identityProviders'][number];

/** Loads the identity providers offered on the sign-in page; `retry` loads them again after an error. */
export const useIdentityProviders = () => useGraphqlQuery(identityProvidersQuery);
