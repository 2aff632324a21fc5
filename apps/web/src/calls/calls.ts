import { connectionQuery, queryKeyOf } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { commonPageQuery } from '../commons/commons';
import { graphql } from '../gql';
import type {
  CallPageQuery,
  CallsListQuery,
  CallState,
  FacilitatorBoardQuery,
  MySubmissionsQuery,
  ReviewerWorkspaceQuery,
  CallResultsQuery,
} from '../gql/graphql';

// A call as the list shows it: enough to choose one to open.
const callsListQuery = graphql(`
  query CallsList($after: String) {
    calls(after: $after) {
      nodes {
        id
        title
        state
        challenges
        cutoffs
        budget
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

graphql(`
  fragment CallFields on Call {
    id
    title
    body
    bodyHtml
    state
    challenges
    criteria {
      key
      name
      description
      weight
    }
    cutoffs
    budget
    minScore
    reviewsPerSubmission
    voteId
    openedAt
    decidedAt
    viewerStanding {
      manages
      reviewer
    }
  }
`);

export const callPageQuery = graphql(`
  query CallPage($id: ID!) {
    call(id: $id) {
      ...CallFields
      committee {
        id
        name
        slug
      }
      reviewers {
        id
        displayName
      }
    }
  }
`);

graphql(`
  fragment SubmissionFields on Submission {
    id
    callId
    state
    cutoffAt
    revision
    commonKind
    commonName
    challenge
    summary
    licence
    repositoryUrl
    maintainers
    pitch
    pitchHtml
    amountAsked
    publishConsent
    submittedAt
    eligibilityReason
    passedReview
    rank
    decision
    conditions
    motivation
    amountGranted
  }
`);

graphql(`
  fragment MilestoneFields on Milestone {
    id
    submissionId
    title
    dueOn
    status
    percent
    evidenceUrl
    updatedAt
  }
`);

export const mySubmissionsQuery = graphql(`
  query MySubmissions {
    mySubmissions {
      ...SubmissionFields
      call {
        id
        title
        state
      }
      milestones {
        ...MilestoneFields
      }
      applicants {
        role
        accepted
        user {
          id
        }
      }
    }
  }
`);

export const submissionChecksQuery = graphql(`
  query SubmissionChecks($callId: ID!, $input: SubmissionInput!) {
    submissionChecks(callId: $callId, input: $input) {
      check
      passed
      message
    }
  }
`);

graphql(`
  fragment ReviewFields on Review {
    id
    submissionId
    state
    link
    linkText
    weightedScore
    submittedAt
    mine
    scores {
      criterionKey
      score
      comment
    }
    reviewer {
      id
      displayName
    }
  }
`);

export const reviewerWorkspaceQuery = graphql(`
  query ReviewerWorkspace($callId: ID!) {
    reviewerWorkspace(callId: $callId) {
      call {
        ...CallFields
      }
      assignments {
        review {
          ...ReviewFields
        }
        submission {
          ...SubmissionFields
          reviews {
            ...ReviewFields
          }
        }
      }
    }
  }
`);

export const facilitatorBoardQuery = graphql(`
  query FacilitatorBoard($callId: ID!) {
    facilitatorBoard(callId: $callId) {
      call {
        ...CallFields
        reviewers {
          id
          displayName
        }
      }
      # What each row shows, not the whole submission: a large call's board lists hundreds, and their
      # texts (pitchHtml rendered from Markdown) and the reviews' comments would cost for nothing.
      submissions {
        submission {
          id
          commonName
          state
          decision
          eligibilityReason
          passedReview
        }
        reviews {
          id
          state
          link
          weightedScore
          reviewer {
            id
            displayName
          }
        }
        meanScore
        spread
        missingReviewers
      }
      reviewers {
        reviewer {
          id
          displayName
        }
        assigned
        submitted
        excluded
      }
      lateMilestones {
        ...MilestoneFields
      }
    }
  }
`);

export const callResultsQuery = graphql(`
  query CallResults($callId: ID!) {
    callResults(callId: $callId) {
      call {
        ...CallFields
      }
      rows {
        submission {
          ...SubmissionFields
          milestones {
            ...MilestoneFields
          }
          common {
            id
            slug
          }
        }
        meanScore
        spread
      }
      csvUrl
      schemaUrl
    }
  }
`);

export type CallSummary = CallsListQuery['calls']['nodes'][number];
export type Call = CallPageQuery['call'];
export type MySubmission = MySubmissionsQuery['mySubmissions'][number];
export type Assignment = ReviewerWorkspaceQuery['reviewerWorkspace']['assignments'][number];
export type Board = FacilitatorBoardQuery['facilitatorBoard'];
export type BoardRow = Board['submissions'][number];
export type ResultRow = CallResultsQuery['callResults']['rows'][number];

/** Whether a time has passed by this browser's clock: what a page says; the API decides by the database's. */
export const isPast = (time: string) => new Date(time).getTime() <= Date.now();

/** The first cut-off date still ahead by this browser's clock (the API's decides), if any. */
export const nextCutoff = (cutoffs: string[]) => cutoffs.find((cutoff) => !isPast(cutoff));

/** The calls the viewer may see, the latest first. */
export const useCalls = () => useConnection(connectionQuery(callsListQuery, {}, (result) => result.calls));

/** The step a call's facilitators take it to from its state by its page's button, if any. */
export type CallStep = 'open' | 'startReview' | 'close';
export function nextStep(state: CallState): CallStep | undefined {
  if (state === 'draft') return 'open';
  if (state === 'open') return 'startReview';
  if (state === 'decided') return 'close';
  return undefined;
}

/** Everything showing a call: its page, the list, the board, the workspace, the results, the dashboard. */
export const callViews = (id: string) => [
  queryKeyOf(callPageQuery, { id }),
  queryKeyOf(callsListQuery),
  queryKeyOf(facilitatorBoardQuery, { callId: id }),
  queryKeyOf(reviewerWorkspaceQuery, { callId: id }),
  queryKeyOf(callResultsQuery, { callId: id }),
  queryKeyOf(mySubmissionsQuery),
  // A laureate's milestones show on its common's page too.
  queryKeyOf(commonPageQuery),
];
