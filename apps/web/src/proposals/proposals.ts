import { detailsOf, graphqlRequest } from '../api/graphql-request';
import type { PageLoader } from '../api/usePaginatedSearch';
import { graphql } from '../gql';
import type {
  GroupProposalsQuery,
  ProposalCommentsQuery,
  ProposalDiffQuery,
  ProposalFilter,
  ProposalInput,
  ProposalPageQuery,
  ProposalRevisionsQuery,
  ProposalState,
  ProposalTransition,
} from '../gql/graphql';

// A proposal as the lists show it: enough to choose one to open.
graphql(`
  fragment ProposalSummary on Proposal {
    id
    title
    summary
    state
    supportCount
    commentCount
    updatedAt
    group {
      id
      slug
      name
    }
    authors {
      status
      user {
        id
        displayName
      }
    }
  }
`);

const groupProposalsQuery = graphql(`
  query GroupProposals($slug: String!, $filter: ProposalFilter, $after: String) {
    group(slug: $slug) {
      id
      proposals(filter: $filter, after: $after) {
        nodes {
          ...ProposalSummary
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

const searchProposalsQuery = graphql(`
  query SearchProposals($search: String!, $after: String) {
    searchProposals(search: $search, after: $after) {
      nodes {
        ...ProposalSummary
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const proposalPageQuery = graphql(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      id
      title
      summary
      body
      bodyHtml
      state
      tags
      revisionNumber
      supportCount
      commentCount
      updatedAt
      viewerSupports
      allowedTransitions
      channel {
        id
      }
      viewerPermissions {
        edit
        comment
        support
        amend
        inviteCoauthors
        moderate
      }
      authors {
        status
        user {
          id
          displayName
          organisation {
            id
            name
          }
        }
      }
      group {
        id
        slug
        name
      }
      committee {
        id
        slug
        name
        viewerRole
      }
      votes {
        ...VoteSummary
      }
      timeline {
        fromState
        toState
        reason
        createdAt
        actor {
          id
          displayName
        }
      }
      amendments {
        id
        baseRevision
        body
        explanation
        status
        reason
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

/** What the editor needs: the text, the revision it starts from, and whether the viewer may save it. */
export const proposalEditorQuery = graphql(`
  query ProposalEditor($id: ID!) {
    proposal(id: $id) {
      id
      title
      summary
      body
      tags
      revisionNumber
      viewerPermissions {
        edit
      }
      group {
        id
        slug
        name
      }
    }
  }
`);

const revisionsQuery = graphql(`
  query ProposalRevisions($id: ID!, $after: String) {
    proposal(id: $id) {
      id
      revisions(after: $after) {
        nodes {
          id
          number
          title
          createdAt
          amendmentId
          author {
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

/** The text an amendment rewrote: the body of its base revision. */
export const revisionBodyQuery = graphql(`
  query ProposalRevisionBody($id: ID!, $number: Int!) {
    proposal(id: $id) {
      id
      revision(number: $number) {
        id
        body
      }
    }
  }
`);

export const diffQuery = graphql(`
  query ProposalDiff($id: ID!, $from: Int!, $to: Int!) {
    proposal(id: $id) {
      id
      diff(from: $from, to: $to) {
        givenUp
        title {
          kind
          text
        }
        summary {
          kind
          text
        }
        body {
          kind
          text
        }
      }
    }
  }
`);

graphql(`
  fragment CommentFields on Comment {
    id
    body
    status
    moderationReason
    editedAt
    createdAt
    author {
      id
      displayName
    }
  }
`);

const commentsQuery = graphql(`
  query ProposalComments($id: ID!, $after: String) {
    proposal(id: $id) {
      id
      comments(after: $after) {
        nodes {
          ...CommentFields
          replies {
            ...CommentFields
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

const createProposalMutation = graphql(`
  mutation CreateProposal($groupId: ID!, $input: ProposalInput!) {
    createProposal(groupId: $groupId, input: $input) {
      id
    }
  }
`);

const saveProposalMutation = graphql(`
  mutation SaveProposal($proposalId: ID!, $baseRevision: Int!, $input: ProposalInput!) {
    saveProposal(proposalId: $proposalId, baseRevision: $baseRevision, input: $input) {
      id
      revisionNumber
    }
  }
`);

const inviteCoauthorMutation = graphql(`
  mutation InviteCoauthor($proposalId: ID!, $userId: ID!) {
    inviteCoauthor(proposalId: $proposalId, userId: $userId)
  }
`);

const respondToCoauthorshipMutation = graphql(`
  mutation RespondToCoauthorship($proposalId: ID!, $accept: Boolean!) {
    respondToCoauthorship(proposalId: $proposalId, accept: $accept)
  }
`);

const transitionMutation = graphql(`
  mutation TransitionProposal($proposalId: ID!, $transition: ProposalTransition!, $reason: String) {
    transitionProposal(proposalId: $proposalId, transition: $transition, reason: $reason) {
      id
      state
    }
  }
`);

const supportMutation = graphql(`
  mutation SupportProposal($proposalId: ID!, $support: Boolean!) {
    supportProposal(proposalId: $proposalId, support: $support) {
      id
      supportCount
      viewerSupports
    }
  }
`);

const addCommentMutation = graphql(`
  mutation AddComment($proposalId: ID!, $body: String!, $parentId: ID) {
    addComment(proposalId: $proposalId, body: $body, parentId: $parentId) {
      id
    }
  }
`);

const editCommentMutation = graphql(`
  mutation EditComment($commentId: ID!, $body: String!) {
    editComment(commentId: $commentId, body: $body) {
      id
    }
  }
`);

const deleteCommentMutation = graphql(`
  mutation DeleteComment($commentId: ID!) {
    deleteComment(commentId: $commentId)
  }
`);

const hideCommentMutation = graphql(`
  mutation HideComment($commentId: ID!, $reason: String!) {
    hideComment(commentId: $commentId, reason: $reason) {
      id
    }
  }
`);

const proposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($proposalId: ID!, $body: String!, $explanation: String) {
    proposeAmendment(proposalId: $proposalId, body: $body, explanation: $explanation) {
      id
    }
  }
`);

const decideAmendmentMutation = graphql(`
  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $reason: String) {
    decideAmendment(amendmentId: $amendmentId, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);

export type ProposalSummary = GroupProposalsQuery['group']['proposals']['nodes'][number];
export type Proposal = ProposalPageQuery['proposal'];
export type Amendment = Proposal['amendments'][number];
export type Revision = ProposalRevisionsQuery['proposal']['revisions']['nodes'][number];
type Comment = ProposalCommentsQuery['proposal']['comments']['nodes'][number];
/** A comment or a reply: what a comment shows, without its replies. */
export type Reply = Comment['replies'][number];
export type DiffSegment = ProposalDiffQuery['proposal']['diff']['body'][number];

/** The states in the order of the workflow, for the filter. */
export const proposalStates: ProposalState[] = [
  'draft',
  'in_discussion',
  'submitted',
  'voting',
  'adopted',
  'rejected',
  'in_progress',
  'implemented',
  'withdrawn',
];

/** A proposal's title, summary, body and tags as the editor holds them. */
export type ProposalText = { title: string; summary: string; body: string; tags: string };

/** The latest revision a CONFLICT answers with: the text saved by someone else meanwhile. */
export type LatestRevision = { number: number; title: string; summary: string; body: string };

/** The latest revision of a CONFLICT on a save, or undefined for another failure. */
export function latestRevisionOf(error: unknown): LatestRevision | undefined {
  const latest = detailsOf(error)?.latestRevision as LatestRevision | undefined;
  return typeof latest?.number === 'number' ? latest : undefined;
}

/** Tags typed as "a, b, c". */
const inputOf = (text: ProposalText): ProposalInput => ({
  title: text.title,
  summary: text.summary,
  body: text.body,
  tags: text.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean),
});

/** The accepted authors' names, for the lists and the page. */
export const authorNames = (authors: ProposalSummary['authors']) =>
  authors
    .filter((author) => author.status === 'accepted' && author.user)
    .map((author) => author.user!.displayName)
    .join(', ');

/** A group's proposals, by the group's slug and a filter. */
export const loadGroupProposals: PageLoader<ProposalSummary, { slug: string; filter: ProposalFilter }> = async (
  { slug, filter },
  after,
) => (await graphqlRequest(groupProposalsQuery, { slug, filter, after })).group.proposals;

export const searchProposals: PageLoader<ProposalSummary> = async (search, after) =>
  (await graphqlRequest(searchProposalsQuery, { search, after })).searchProposals;

export const loadRevisions: PageLoader<Revision> = async (id, after) =>
  (await graphqlRequest(revisionsQuery, { id, after })).proposal.revisions;

export const loadComments: PageLoader<Comment> = async (id, after) =>
  (await graphqlRequest(commentsQuery, { id, after })).proposal.comments;

/** Resolves to the new proposal's id. */
export const createProposal = async (groupId: string, text: ProposalText) =>
  (await graphqlRequest(createProposalMutation, { groupId, input: inputOf(text) })).createProposal.id;

export const saveProposal = (proposalId: string, baseRevision: number, text: ProposalText) =>
  graphqlRequest(saveProposalMutation, { proposalId, baseRevision, input: inputOf(text) });

export const inviteCoauthor = (proposalId: string, userId: string) =>
  graphqlRequest(inviteCoauthorMutation, { proposalId, userId });

export const respondToCoauthorship = (proposalId: string, accept: boolean) =>
  graphqlRequest(respondToCoauthorshipMutation, { proposalId, accept });

export const transitionProposal = (proposalId: string, transition: ProposalTransition, reason: string) =>
  graphqlRequest(transitionMutation, { proposalId, transition, reason: reason || null });

export const supportProposal = (proposalId: string, support: boolean) =>
  graphqlRequest(supportMutation, { proposalId, support });

export const addComment = (proposalId: string, body: string, parentId?: string) =>
  graphqlRequest(addCommentMutation, { proposalId, body, parentId });

export const editComment = (commentId: string, body: string) =>
  graphqlRequest(editCommentMutation, { commentId, body });

export const deleteComment = (commentId: string) => graphqlRequest(deleteCommentMutation, { commentId });

export const hideComment = (commentId: string, reason: string) =>
  graphqlRequest(hideCommentMutation, { commentId, reason });

// An empty explanation, not null: the API answers null with an internal error (reported).
export const proposeAmendment = (proposalId: string, body: string, explanation: string) =>
  graphqlRequest(proposeAmendmentMutation, { proposalId, body, explanation: explanation.trim() });

export const decideAmendment = (amendmentId: string, accept: boolean, reason: string) =>
  graphqlRequest(decideAmendmentMutation, { amendmentId, accept, reason: reason || null });
