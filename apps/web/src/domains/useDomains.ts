import { useQuery } from '@tanstack/react-query';
import { graphqlQuery, queryKeyOf } from '../api/queries';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';

const domainsQuery = graphql(`
  query Domains {
    domains {
      id
      slug
      name
      description
    }
  }
`);

const createDomainMutation = graphql(`
  mutation CreateDomain($input: DomainInput!) {
    createDomain(input: $input) {
      id
      slug
      name
      description
    }
  }
`);

const updateDomainMutation = graphql(`
  mutation UpdateDomain($id: ID!, $input: DomainInput!) {
    updateDomain(id: $id, input: $input) {
      id
      slug
      name
      description
    }
  }
`);

/** The programme's domains. */
export const useDomains = () => useQuery(graphqlQuery(domainsQuery));

/** Administrators create and edit domains; every list of domains is read again. */
export const useCreateDomain = () =>
  useGraphqlMutation(createDomainMutation, { invalidates: () => [queryKeyOf(domainsQuery)] });
export const useUpdateDomain = () =>
  useGraphqlMutation(updateDomainMutation, { invalidates: () => [queryKeyOf(domainsQuery)] });
