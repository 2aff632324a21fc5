import { graphql } from '../gql';
import type { HomeQuery } from '../gql/graphql';

/**
 * What waits for the signed-in person: each block is asked only of the signed-in home, five items each before
 * « Voir tout » (written in the query: the page asks no more than it shows).
 */
export const homeQuery = graphql(`
  query Home {
    myHome {
      signedIn
      ballotsToCast(first: 5) {
        totalCount
        nodes {
          ...VoteSummary
        }
      }
      joinRequests {
        count
        group {
          id
          slug
          name
        }
      }
      proposalsToMove(first: 5) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      awaitingVote(first: 5) {
        totalCount
        nodes {
          ...ProposalSummary
          committee {
            id
            slug
          }
        }
      }
      coauthorships(first: 5) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      drafts(first: 5) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      news(first: 5) {
        totalCount
        nodes {
          id
          action
          targetType
          targetId
          details
          occurredAt
          actor {
            id
            displayName
          }
          group {
            id
            slug
            name
          }
        }
      }
    }
  }
`);

/** The programme, for visitors: the latest decisions and the groups one may join. */
export const programmeQuery = graphql(`
  query Programme {
    myHome {
      decisions(first: 5) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      openGroups(first: 5) {
        totalCount
        nodes {
          id
          slug
          name
          shortDescription
          joinPolicy
          memberCount
        }
      }
    }
  }
`);

export type Home = NonNullable<HomeQuery['myHome']>;
export type NewsEntry = NonNullable<Home['news']>['nodes'][number];
