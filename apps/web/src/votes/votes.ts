import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { connectionQuery, graphqlQuery, queryKeyOf } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { useWatch } from '../discussion/live';
import { graphql } from '../gql';
import type {
  AgendaSection,
  CommitteeVotesQuery,
  Grade,
  Position,
  Threshold,
  VoteBallotsQuery,
  VoteMethod,
  VotePageQuery,
  VoteStatus,
} from '../gql/graphql';
import { proposalPageQuery } from '../proposals/proposals';

// A vote as the agenda and the proposal page list it: enough to choose one to open.
graphql(`
  fragment VoteSummary on Vote {
    id
    title
    method
    status
    opensAt
    closesAt
    closedAt
    turnout
    eligibleCount
    result {
      outcome
    }
  }
`);

const committeeVotesQuery = graphql(`
  query CommitteeVotes($slug: String!, $section: AgendaSection!, $after: String) {
    group(slug: $slug) {
      id
      votes(section: $section, after: $after) {
        nodes {
          ...VoteSummary
        }
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

// A vote as its page shows it: what the page query reads, and what the mutations that change it answer.
graphql(`
  fragment VotePageFields on Vote {
    id
    title
    description
    descriptionHtml
    method
    threshold
    quorumPercent
    secret
    ballotChanges
    status
    opensAt
    closesAt
    closedAt
    cancelReason
    eligibleCount
    turnout
    finalHash
    ledgerUrl
    viewerCanManage
    options {
      key
      label
    }
    committee {
      id
      slug
      name
    }
    proposal {
      id
      title
      state
    }
    viewerStanding {
      onRoll
      voted
      receipt
      proxyHeldUsed
      castBy {
        id
        displayName
      }
      proxyGiven {
        id
        givenAt
        holder {
          id
          displayName
        }
      }
      proxyHeld {
        id
        givenAt
        giver {
          id
          displayName
        }
      }
    }
    result {
      outcome
      quorumReached
      ballots
      eligibleVoters
      for
      against
      abstain
      finalHash
      options {
        key
        label
        rank
        majorityGrade
        approvals
        profile {
          grade
          count
        }
      }
    }
  }
`);

export const votePageQuery = graphql(`
  query VotePage($id: ID!) {
    vote(id: $id) {
      ...VotePageFields
    }
  }
`);

/** The voters on the roll, to whom a proxy may be given: only those on it may read it. */
export const voteRollQuery = graphql(`
  query VoteRoll($id: ID!) {
    vote(id: $id) {
      id
      roll {
        id
        displayName
      }
    }
  }
`);

/** What the creation form needs of a proposal put to the vote. */
export const voteProposalQuery = graphql(`
  query VoteProposal($id: ID!) {
    proposal(id: $id) {
      id
      title
      state
      committee {
        id
        slug
        name
        viewerRole
      }
    }
  }
`);

/** What the creation form needs of a committee. */
export const voteCommitteeQuery = graphql(`
  query VoteCommittee($slug: String!) {
    group(slug: $slug) {
      id
      slug
      name
      kind
      viewerRole
    }
  }
`);

const ballotsQuery = graphql(`
  query VoteBallots($id: ID!, $after: String) {
    vote(id: $id) {
      id
      ballots(after: $after) {
        nodes {
          receipt
          position
          approved
          grades {
            option
            grade
          }
          voter {
            id
            displayName
          }
          castBy {
            id
            displayName
          }
        }
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ballotByReceiptQuery = graphql(`
  query BallotByReceipt($voteId: ID!, $receipt: String!) {
    ballotByReceipt(voteId: $voteId, receipt: $receipt) {
      receipt
      position
      approved
      grades {
        option
        grade
      }
    }
  }
`);

const createVoteMutation = graphql(`
  mutation CreateVote($input: CreateVoteInput!) {
    createVote(input: $input) {
      id
    }
  }
`);

const openVoteMutation = graphql(`
  mutation OpenVote($id: ID!) {
    openVote(id: $id) {
      ...VotePageFields
    }
  }
`);

const cancelVoteMutation = graphql(`
  mutation CancelVote($id: ID!, $reason: String!) {
    cancelVote(id: $id, reason: $reason) {
      ...VotePageFields
    }
  }
`);

const castBallotMutation = graphql(`
  mutation CastBallot($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {
    castBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {
      receipt
      vote {
        ...VotePageFields
      }
    }
  }
`);

const changeBallotMutation = graphql(`
  mutation ChangeBallot($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {
    changeBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {
      receipt
      vote {
        ...VotePageFields
      }
    }
  }
`);

const giveProxyMutation = graphql(`
  mutation GiveProxy($voteId: ID!, $holderId: ID!) {
    giveProxy(voteId: $voteId, holderId: $holderId) {
      id
    }
  }
`);

const revokeProxyMutation = graphql(`
  mutation RevokeProxy($voteId: ID!) {
    revokeProxy(voteId: $voteId) {
      ...VotePageFields
    }
  }
`);

export type VoteSummary = CommitteeVotesQuery['group']['votes']['nodes'][number];
export type Vote = VotePageQuery['vote'];
export type VoteResult = NonNullable<Vote['result']>;
/** A published ballot, with its receipt as its id for the lists. */
export type PublishedBallot = VoteBallotsQuery['vote']['ballots']['nodes'][number] & { id: string };
export type FoundBallot = Pick<PublishedBallot, 'receipt' | 'position' | 'approved' | 'grades'>;

/** The seven grades of majority judgment, the best first. */
export const grades: Grade[] = ['excellent', 'very_good', 'good', 'fairly_good', 'passable', 'insufficient', 'reject'];
export const positions: Position[] = ['for', 'against', 'abstain'];
export const thresholds: Threshold[] = ['simple_majority', 'absolute_majority', 'two_thirds'];
/** The methods of a vote on options (a proposal is voted pour / contre / abstention). */
export const optionMethods: Exclude<VoteMethod, 'for_against_abstain'>[] = ['majority_judgment', 'approval'];
export const agendaSections: AgendaSection[] = ['upcoming', 'open', 'closed'];

/** A committee's votes of one part of its agenda: to come, open or closed. */
export const useCommitteeVotes = (slug: string, section: AgendaSection) =>
  useConnection(connectionQuery(committeeVotesQuery, { slug, section }, (result) => result.group.votes));

/** The ballots published at closing, with their receipt as their id. */
export const useBallots = (id: string) =>
  useConnection(
    connectionQuery(ballotsQuery, { id }, ({ vote: { ballots } }) => ({
      ...ballots,
      nodes: ballots.nodes.map((ballot) => ({ ...ballot, id: ballot.receipt })),
    })),
  );

/**
 * What changes with a vote's status beside its page: the agenda, the proposal put to the vote (its state), the
 * ballots found by receipt (their choice shows once closed) and those published.
 */
const statusViews = (id: string) => [
  queryKeyOf(committeeVotesQuery),
  queryKeyOf(proposalPageQuery),
  queryKeyOf(ballotByReceiptQuery, { voteId: id }),
  queryKeyOf(ballotsQuery, { id }),
];

/** A vote as a mutation answers it: its page shows it at once, without asking again. */
function showAnswered(cache: QueryClient, vote: Vote) {
  cache.setQueryData(graphqlQuery(votePageQuery, { id: vote.id }).queryKey, { vote });
}

/**
 * Follows a vote while its page shows it. Another voter's ballot changes only the turnout, which the event gives: it is
 * put in place, unless the viewer gave their proxy (its holder may have just voted for them). A new status (the vote
 * opened, closed with its result), a proxy given or revoked, a ballot changed, a reconnection: the page is read again.
 */
export function useVoteWatch(id: string) {
  const cache = useQueryClient();
  useWatch<{ id: string; status: VoteStatus; turnout: number }>({ voteId: id }, (change) => {
    const { queryKey } = graphqlQuery(votePageQuery, { id });
    const shown = cache.getQueryData(queryKey)?.vote;
    if (
      shown &&
      change?.status === shown.status &&
      change.turnout !== shown.turnout &&
      !shown.viewerStanding.proxyGiven
    ) {
      cache.setQueryData(queryKey, { vote: { ...shown, turnout: change.turnout } });
      return;
    }
    void cache.invalidateQueries({ queryKey });
    if (change?.status !== shown?.status)
      for (const view of statusViews(id)) void cache.invalidateQueries({ queryKey: view });
  });
}

/** The new vote's id is in the answer; a proposal put to the vote changes state. */
export const useCreateVote = () =>
  useGraphqlMutation(createVoteMutation, {
    invalidates: () => [queryKeyOf(committeeVotesQuery), queryKeyOf(proposalPageQuery)],
  });

export const useOpenVote = () =>
  useGraphqlMutation(openVoteMutation, {
    update: (cache, { openVote }) => showAnswered(cache, openVote),
    invalidates: ({ id }) => statusViews(id),
  });

export const useCancelVote = () =>
  useGraphqlMutation(cancelVoteMutation, {
    update: (cache, { cancelVote }) => showAnswered(cache, cancelVote),
    invalidates: ({ id }) => statusViews(id),
  });

/**
 * Its answer holds the receipt, which derives from the secret (the same secret sent again gets it again), and the vote
 * as the voter now sees it: the page changes from it, without reading it again.
 */
export const useCastBallot = () =>
  useGraphqlMutation(castBallotMutation, { update: (cache, { castBallot }) => showAnswered(cache, castBallot.vote) });

export const useChangeBallot = () =>
  useGraphqlMutation(changeBallotMutation, {
    update: (cache, { changeBallot }) => showAnswered(cache, changeBallot.vote),
  });

export const useGiveProxy = () =>
  useGraphqlMutation(giveProxyMutation, {
    invalidates: ({ voteId }) => [queryKeyOf(votePageQuery, { id: voteId })],
  });

export const useRevokeProxy = () =>
  useGraphqlMutation(revokeProxyMutation, { update: (cache, { revokeProxy }) => showAnswered(cache, revokeProxy) });
