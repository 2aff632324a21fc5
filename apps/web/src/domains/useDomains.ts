import { useGraphqlQuery } from '../api/useGraphqlQuery';
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

/** Loads the programme's domains; `retry` loads them again after an error. */
export const useDomains = () => useGraphqlQuery(domainsQuery);
