import { graphql } from '../gql';
import type { HomeQuery } from '../gql/graphql';

/** How many items each block of the home page shows before « Voir tout ». */
export const HOME_BLOCK_SIZE = 5;

/** What waits for the signed-in person: each block is asked only of the signed-in home. */
export const homeQuery = graphql(`
  query Home($first: Int!) {
    myHome {
      signedIn
      ballotsToCast(first: $first) {
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
      proposalsToMove(first: $first) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      awaitingVote(first: $first) {
        totalCount
        nodes {
          ...ProposalSummary
          committee {
            id
            slug
          }
        }
      }
      coauthorships(first: $first) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      drafts(first: $first) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      news(first: $first) {
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
  query Programme($first: Int!) {
    myHome {
      decisions(first: $first) {
        totalCount
        nodes {
          ...ProposalSummary
        }
      }
      openGroups(first: $first) {
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
