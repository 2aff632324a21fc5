import { useFacetedConnection } from '../api/useFacetedConnection';
import { graphql } from '../gql';
import type { SearchKind } from '../gql/graphql';

export const searchKinds: SearchKind[] = ['common', 'proposal', 'group', 'message'];

const searchQuery = graphql(`
  query PortalSearch($text: String!, $kinds: [SearchKind!], $domainIds: [ID!], $after: String) {
    search(text: $text, kinds: $kinds, domainIds: $domainIds, after: $after) {
      totalCount
      totalIsCapped
      nodes {
        kind
        id
        title
        excerptHtml
        path
        updatedAt
        domain {
          id
          name
        }
      }
      facets {
        kinds {
          value
          label
          count
        }
        domains {
          value
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The portal's one search, over what the viewer may read, nothing before words are typed. */
export const usePortalSearch = (text: string, kinds: SearchKind[], domainIds: string[]) =>
  useFacetedConnection(
    searchQuery,
    { text, kinds: kinds.length > 0 ? kinds : undefined, domainIds: domainIds.length > 0 ? domainIds : undefined },
    // The list keys a hit by its kind too: ids are unique within a kind only.
    ({ search }) => ({ ...search, nodes: search.nodes.map((hit) => ({ ...hit, id: `${hit.kind}:${hit.id}` })) }),
    text !== '',
  );
