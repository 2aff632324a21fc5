import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type { CallInput } from '../gql/graphql';
import { cutoffTimes, weightOf, type CallFormOutput } from './call-form.schema';
import { callViews, type CallStep } from './calls';

const createCallMutation = graphql(`
  mutation CreateCall($committeeId: ID!, $input: CallInput!) {
    createCall(committeeId: $committeeId, input: $input) {
      id
    }
  }
`);

const updateCallMutation = graphql(`
  mutation UpdateCall($callId: ID!, $input: CallInput!) {
    updateCall(id: $callId, input: $input) {
      id
    }
  }
`);

const addReviewerMutation = graphql(`
  mutation AddCallReviewer($callId: ID!, $userId: ID!) {
    addCallReviewer(callId: $callId, userId: $userId) {
      id
    }
  }
`);

const removeReviewerMutation = graphql(`
  mutation RemoveCallReviewer($callId: ID!, $userId: ID!) {
    removeCallReviewer(callId: $callId, userId: $userId) {
      id
    }
  }
`);

const openCallMutation = graphql(`
  mutation OpenCall($id: ID!) {
    openCall(id: $id) {
      id
    }
  }
`);

const startReviewMutation = graphql(`
  mutation StartCallReview($id: ID!) {
    startCallReview(id: $id) {
      id
    }
  }
`);

const closeCallMutation = graphql(`
  mutation CloseCall($id: ID!) {
    closeCall(id: $id) {
      id
    }
  }
`);

const assignAutomaticallyMutation = graphql(`
  mutation AssignReviewersAutomatically($callId: ID!) {
    assignReviewersAutomatically(callId: $callId)
  }
`);

const assignReviewerMutation = graphql(`
  mutation AssignReviewer($submissionId: ID!, $reviewerId: ID!) {
    assignReviewer(submissionId: $submissionId, reviewerId: $reviewerId) {
      id
    }
  }
`);

const decideEligibilityMutation = graphql(`
  mutation DecideEligibility($id: ID!, $eligible: Boolean!, $reason: String!) {
    decideEligibility(id: $id, eligible: $eligible, reason: $reason) {
      id
    }
  }
`);

const openDeliberationMutation = graphql(`
  mutation OpenCallDeliberation($id: ID!, $closesAt: DateTime!) {
    openCallDeliberation(id: $id, closesAt: $closesAt) {
      id
      voteId
    }
  }
`);

const decideSubmissionMutation = graphql(`
  mutation DecideSubmission($id: ID!, $input: SubmissionDecisionInput!) {
    decideSubmission(id: $id, input: $input) {
      id
    }
  }
`);

const publishDecisionMutation = graphql(`
  mutation PublishCallDecision($id: ID!) {
    publishCallDecision(id: $id) {
      id
    }
  }
`);

const declareLinkMutation = graphql(`
  mutation DeclareReviewLink($id: ID!, $link: ReviewLink!, $text: String) {
    declareReviewLink(id: $id, link: $link, text: $text) {
      id
    }
  }
`);

const submitReviewMutation = graphql(`
  mutation SubmitReview($id: ID!, $scores: [CriterionScoreInput!]!) {
    submitReview(id: $id, scores: $scores) {
      id
    }
  }
`);

const addMilestoneMutation = graphql(`
  mutation AddMilestone($submissionId: ID!, $title: String!, $dueOn: String!) {
    addMilestone(submissionId: $submissionId, title: $title, dueOn: $dueOn) {
      id
    }
  }
`);

const updateMilestoneMutation = graphql(`
  mutation UpdateMilestone($id: ID!, $input: MilestoneUpdateInput!) {
    updateMilestone(id: $id, input: $input) {
      id
    }
  }
`);

/** The API's input from the editor's checked values. */
export const callInput = (values: CallFormOutput): CallInput => ({
  title: values.title,
  body: values.body,
  challenges: values.challenges.map(({ label }) => label).filter(Boolean),
  criteria: values.criteria.map(({ key, name, description, weight }) => ({
    key,
    name,
    description,
    weight: weightOf(weight),
  })),
  cutoffs: cutoffTimes(values),
  budget: values.budget ?? null,
});

/**
 * What a call's acts change: everything showing it. The call is named by the variables (`callId` or `id`), or given to
 * the hook when the act names a submission, a review or a milestone.
 */
const ofCall = ({ callId }: { callId: string }) => callViews(callId);
const ofCallId = ({ id }: { id: string }) => callViews(id);

export const useCreateCall = () => useGraphqlMutation(createCallMutation, { invalidates: () => [] });
export const useUpdateCall = () => useGraphqlMutation(updateCallMutation, { invalidates: ofCall });
export const useAddReviewer = () => useGraphqlMutation(addReviewerMutation, { invalidates: ofCall });
export const useRemoveReviewer = () => useGraphqlMutation(removeReviewerMutation, { invalidates: ofCall });
export const useAssignAutomatically = () => useGraphqlMutation(assignAutomaticallyMutation, { invalidates: ofCall });
export const useAssignReviewer = (callId: string) =>
  useGraphqlMutation(assignReviewerMutation, { invalidates: () => callViews(callId) });
export const useDecideEligibility = (callId: string) =>
  useGraphqlMutation(decideEligibilityMutation, { invalidates: () => callViews(callId) });
export const useOpenDeliberation = () => useGraphqlMutation(openDeliberationMutation, { invalidates: ofCallId });
export const useDecideSubmission = (callId: string) =>
  useGraphqlMutation(decideSubmissionMutation, { invalidates: () => callViews(callId) });
export const usePublishDecision = () => useGraphqlMutation(publishDecisionMutation, { invalidates: ofCallId });
export const useDeclareLink = (callId: string) =>
  useGraphqlMutation(declareLinkMutation, { invalidates: () => callViews(callId) });
export const useSubmitReview = (callId: string) =>
  useGraphqlMutation(submitReviewMutation, { invalidates: () => callViews(callId) });
export const useAddMilestone = (callId: string) =>
  useGraphqlMutation(addMilestoneMutation, { invalidates: () => callViews(callId) });
export const useUpdateMilestone = (callId: string) =>
  useGraphqlMutation(updateMilestoneMutation, { invalidates: () => callViews(callId) });

/** The page's step button: each runs its mutation, then everything showing the call is read again. */
export function useMoveCall() {
  const open = useGraphqlMutation(openCallMutation, { invalidates: ofCallId });
  const startReview = useGraphqlMutation(startReviewMutation, { invalidates: ofCallId });
  const close = useGraphqlMutation(closeCallMutation, { invalidates: ofCallId });
  return (step: CallStep, id: string) => {
    if (step === 'open') return open.mutateAsync({ id });
    if (step === 'startReview') return startReview.mutateAsync({ id });
    return close.mutateAsync({ id });
  };
}
