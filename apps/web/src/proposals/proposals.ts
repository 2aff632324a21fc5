import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { detailsOf } from '../api/graphql-request';
import { connectionQuery, graphqlQuery, queryKeyOf } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { useWatch } from '../discussion/live';
import { graphql } from '../gql';
import type {
  GroupProposalsQuery,
  ProposalCommentsQuery,
  ProposalDiffQuery,
  ProposalFilter,
  ProposalPageQuery,
  ProposalRevisionsQuery,
  ProposalState,
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
  query SearchProposals($search: String, $states: [ProposalState!], $after: String) {
    searchProposals(search: $search, states: $states, after: $after) {
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

// A proposal as its page shows it: what the page query reads, and what the mutations that change it answer.
graphql(`
  fragment ProposalPageFields on Proposal {
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
`);

export const proposalPageQuery = graphql(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
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
      ...ProposalPageFields
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
      ...ProposalPageFields
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
/** The latest revision a CONFLICT answers with: the text saved by someone else meanwhile. */
export type LatestRevision = { number: number; title: string; summary: string; body: string };

/** The latest revision of a CONFLICT on a save, or undefined for another failure. */
export function latestRevisionOf(error: unknown): LatestRevision | undefined {
  const latest = detailsOf(error)?.latestRevision as LatestRevision | undefined;
  return typeof latest?.number === 'number' ? latest : undefined;
}

/** The accepted authors' names, for the lists and the page. */
export const authorNames = (authors: ProposalSummary['authors']) =>
  authors
    .filter((author) => author.status === 'accepted' && author.user)
    .map((author) => author.user!.displayName)
    .join(', ');

/** A group's proposals, by the group's slug and a filter. */
export const useGroupProposals = (slug: string, filter: ProposalFilter) =>
  useConnection(connectionQuery(groupProposalsQuery, { slug, filter }, (result) => result.group.proposals));

/** Every proposal the viewer may read, in these states, that the words searched match (the latest changed without words). */
export const useProposalSearch = (search: string, states?: ProposalState[]) =>
  useConnection(connectionQuery(searchProposalsQuery, { search, states }, (result) => result.searchProposals));

const committeeAgendaQuery = graphql(`
  query CommitteeAgenda($slug: String!, $after: String) {
    group(slug: $slug) {
      id
      awaitingVote(after: $after) {
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

/** A committee's agenda: the proposals submitted to it, waiting for a vote. */
export const useCommitteeAgenda = (slug: string) =>
  useConnection(connectionQuery(committeeAgendaQuery, { slug }, (result) => result.group.awaitingVote));

export const useRevisions = (id: string) =>
  useConnection(connectionQuery(revisionsQuery, { id }, (result) => result.proposal.revisions));

export const useComments = (id: string) =>
  useConnection(connectionQuery(commentsQuery, { id }, (result) => result.proposal.comments));

/** What a change to a proposal shows in, as the API names it in `proposal:changed` (none: anything). */
export type ProposalChange = 'state' | 'revision' | 'comment' | 'amendment';

/** Reads again what changes in a proposal while a page shows it (its state, revisions, comments, votes), live. */
export function useProposalWatch(id: string) {
  const cache = useQueryClient();
  useWatch<{ id: string; what: ProposalChange }>({ proposalId: id }, (change) => {
    for (const queryKey of proposalViews(id, change?.what)) void cache.invalidateQueries({ queryKey });
  });
}

/** The lists of proposals: each shows a proposal's state, counts, title and last change. */
const proposalLists = () => [
  queryKeyOf(groupProposalsQuery),
  queryKeyOf(searchProposalsQuery),
  queryKeyOf(committeeAgendaQuery),
];

/**
 * The queries showing what changed in a proposal: its page and editor, the lists, and its revisions or comments when
 * those changed; everything about it when what changed is not known.
 */
export function proposalViews(id: string, what?: ProposalChange): QueryKey[] {
  const views = [queryKeyOf(proposalPageQuery, { id }), queryKeyOf(proposalEditorQuery, { id }), ...proposalLists()];
  // An amendment accepted is a new revision.
  if (what !== 'comment' && what !== 'state') views.push(queryKeyOf(revisionsQuery, { id }));
  if (what === 'comment' || what === undefined) views.push(queryKeyOf(commentsQuery, { id }));
  return views;
}

/** A proposal as a mutation answers it: its page and its editor show it at once, without asking again. */
function showAnswered(cache: QueryClient, proposal: Proposal) {
  cache.setQueryData(graphqlQuery(proposalPageQuery, { id: proposal.id }).queryKey, { proposal });
  cache.setQueryData(graphqlQuery(proposalEditorQuery, { id: proposal.id }).queryKey, { proposal });
}

/** The new proposal's id is in the answer. */
export const useCreateProposal = () => useGraphqlMutation(createProposalMutation, { invalidates: proposalLists });

export const useSaveProposal = () =>
  useGraphqlMutation(saveProposalMutation, {
    update: (cache, { saveProposal }) => showAnswered(cache, saveProposal),
    invalidates: ({ proposalId }) => [queryKeyOf(revisionsQuery, { id: proposalId }), ...proposalLists()],
  });

export const useInviteCoauthor = () =>
  useGraphqlMutation(inviteCoauthorMutation, { invalidates: ({ proposalId }) => proposalViews(proposalId, 'state') });

/** Accepting makes the viewer an author (they may edit it); declining hides a draft from them. */
export const useRespondToCoauthorship = () =>
  useGraphqlMutation(respondToCoauthorshipMutation, {
    invalidates: ({ proposalId }) => proposalViews(proposalId, 'state'),
  });

export const useTransitionProposal = () =>
  useGraphqlMutation(transitionMutation, {
    update: (cache, { transitionProposal }) => showAnswered(cache, transitionProposal),
    invalidates: proposalLists,
  });

/** Its answer, the count and whether the viewer supports it, is what changed on the page: nothing to read again. */
export const useSupportProposal = () =>
  useGraphqlMutation(supportMutation, {
    update: (cache, { supportProposal }) =>
      cache.setQueryData(
        graphqlQuery(proposalPageQuery, { id: supportProposal.id }).queryKey,
        (page) => page && { proposal: { ...page.proposal, ...supportProposal } },
      ),
    invalidates: proposalLists,
  });

// The comments' and amendments' mutations name the comment or the amendment: the hooks take their proposal's id.

export const useAddComment = (proposalId: string) =>
  useGraphqlMutation(addCommentMutation, { invalidates: () => proposalViews(proposalId, 'comment') });

export const useEditComment = (proposalId: string) =>
  useGraphqlMutation(editCommentMutation, { invalidates: () => proposalViews(proposalId, 'comment') });

export const useDeleteComment = (proposalId: string) =>
  useGraphqlMutation(deleteCommentMutation, { invalidates: () => proposalViews(proposalId, 'comment') });

export const useHideComment = (proposalId: string) =>
  useGraphqlMutation(hideCommentMutation, { invalidates: () => proposalViews(proposalId, 'comment') });

export const useProposeAmendment = () =>
  useGraphqlMutation(proposeAmendmentMutation, {
    invalidates: ({ proposalId }) => proposalViews(proposalId, 'amendment'),
  });

export const useDecideAmendment = (proposalId: string) =>
  useGraphqlMutation(decideAmendmentMutation, { invalidates: () => proposalViews(proposalId, 'amendment') });
