import { graphqlRequest } from '../api/graphql-request';
import type { PageLoader } from '../api/usePaginatedSearch';
import { graphql } from '../gql';
import type {
  AgendaSection,
  BallotInput,
  CommitteeVotesQuery,
  CreateVoteInput,
  Grade,
  Position,
  Threshold,
  VoteBallotsQuery,
  VoteMethod,
  VotePageQuery,
} from '../gql/graphql';

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

export const votePageQuery = graphql(`
  query VotePage($id: ID!) {
    vote(id: $id) {
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

const ballotByReceiptQuery = graphql(`
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
      id
      status
    }
  }
`);

const cancelVoteMutation = graphql(`
  mutation CancelVote($id: ID!, $reason: String!) {
    cancelVote(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const castBallotMutation = graphql(`
  mutation CastBallot($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {
    castBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {
      receipt
    }
  }
`);

const changeBallotMutation = graphql(`
  mutation ChangeBallot($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {
    changeBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {
      receipt
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
      id
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

export const loadCommitteeVotes: PageLoader<VoteSummary, { slug: string; section: AgendaSection }> = async (
  { slug, section },
  after,
) => (await graphqlRequest(committeeVotesQuery, { slug, section, after })).group.votes;

export const loadBallots: PageLoader<PublishedBallot> = async (id, after) => {
  const { ballots } = (await graphqlRequest(ballotsQuery, { id, after })).vote;
  return { ...ballots, nodes: ballots.nodes.map((ballot) => ({ ...ballot, id: ballot.receipt })) };
};

export const findBallot = async (voteId: string, receipt: string) =>
  (await graphqlRequest(ballotByReceiptQuery, { voteId, receipt })).ballotByReceipt;

/** Resolves to the new vote's id. */
export const createVote = async (input: CreateVoteInput) =>
  (await graphqlRequest(createVoteMutation, { input })).createVote.id;

export const openVote = (id: string) => graphqlRequest(openVoteMutation, { id });

export const cancelVote = (id: string, reason: string) => graphqlRequest(cancelVoteMutation, { id, reason });

/** Resolves to the receipt, which derives from the secret: the same secret sent again gets it again. */
export const castBallot = async (voteId: string, ballot: BallotInput, secret: string, onBehalfOf?: string) =>
  (await graphqlRequest(castBallotMutation, { voteId, ballot, secret, onBehalfOf: onBehalfOf ?? null })).castBallot
    .receipt;

export const changeBallot = async (voteId: string, ballot: BallotInput, secret: string, onBehalfOf?: string) =>
  (
    await graphqlRequest(changeBallotMutation, {
      voteId,
      ballot,
      secret: secret.trim() || null,
      onBehalfOf: onBehalfOf ?? null,
    })
  ).changeBallot.receipt;

export const giveProxy = (voteId: string, holderId: string) => graphqlRequest(giveProxyMutation, { voteId, holderId });

export const revokeProxy = (voteId: string) => graphqlRequest(revokeProxyMutation, { voteId });
