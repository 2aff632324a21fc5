import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/queries';
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

/** The identity providers offered on the sign-in page. */
export const useIdentityProviders = () => useQuery(graphqlQuery(identityProvidersQuery));
