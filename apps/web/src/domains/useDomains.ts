import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/queries';
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

/** The programme's domains. */
export const useDomains = () => useQuery(graphqlQuery(domainsQuery));
