import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlQuery, queryKeyOf } from '../api/queries';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { graphql } from '../gql';
import type { SubmissionInput, SubmissionPageQuery } from '../gql/graphql';
import { callViews, mySubmissionsQuery, submissionChecksQuery } from './calls';
import { maintainerNames, type SubmissionFormValues } from './submission-form.schema';

export const submissionPageQuery = graphql(`
  query SubmissionPage($id: ID!) {
    submission(id: $id) {
      ...SubmissionFields
      checks {
        check
        passed
        message
      }
      applicants {
        role
        accepted
        user {
          id
          displayName
        }
      }
    }
  }
`);

const createSubmissionMutation = graphql(`
  mutation CreateSubmission($callId: ID!, $input: SubmissionInput!, $coApplicantIds: [ID!]) {
    createSubmission(callId: $callId, input: $input, coApplicantIds: $coApplicantIds) {
      id
    }
  }
`);

const updateSubmissionMutation = graphql(`
  mutation UpdateSubmission($id: ID!, $baseRevision: Int!, $input: SubmissionInput!) {
    updateSubmission(id: $id, baseRevision: $baseRevision, input: $input) {
      id
      revision
    }
  }
`);

const submitSubmissionMutation = graphql(`
  mutation SubmitSubmission($id: ID!) {
    submitSubmission(id: $id) {
      id
      state
    }
  }
`);

const acceptCoApplicationMutation = graphql(`
  mutation AcceptCoApplication($id: ID!) {
    acceptCoApplication(id: $id) {
      id
    }
  }
`);

export type SubmissionView = SubmissionPageQuery['submission'];

/** The API's input from what the form holds, checked or not (the live checks read it as it is typed). */
export const submissionInput = (values: SubmissionFormValues, withBudget: boolean): SubmissionInput => ({
  commonKind: values.commonKind,
  commonName: values.commonName.trim(),
  summary: values.summary.trim(),
  licence: values.licence.trim(),
  repositoryUrl: values.repositoryUrl.trim(),
  maintainers: maintainerNames(values.maintainers),
  pitch: values.pitch.trim(),
  challenge: values.challenge,
  amountAsked: withBudget && /^\d+$/.test(values.amountAsked.trim()) ? Number(values.amountAsked.trim()) : null,
  publishConsent: values.publishConsent,
});

/**
 * The automatic checks of what the form holds, asked again half a second after the applicant stops typing; the
 * previous answer stays meanwhile.
 */
export function useLiveChecks(callId: string, input: SubmissionInput) {
  // Debounced as text: the object is a new one at each render.
  const settled = useDebouncedValue(JSON.stringify(input), 500);
  return useQuery({
    ...graphqlQuery(submissionChecksQuery, { callId, input: JSON.parse(settled) as SubmissionInput }),
    placeholderData: keepPreviousData,
  });
}

const submissionViews = (callId: string, id?: string) => [
  ...callViews(callId),
  queryKeyOf(mySubmissionsQuery),
  ...(id ? [queryKeyOf(submissionPageQuery, { id })] : []),
];

export const useCreateSubmission = () =>
  useGraphqlMutation(createSubmissionMutation, { invalidates: ({ callId }) => submissionViews(callId) });
export const useUpdateSubmission = (callId: string) =>
  useGraphqlMutation(updateSubmissionMutation, { invalidates: ({ id }) => submissionViews(callId, id) });
export const useSubmitSubmission = (callId: string) =>
  useGraphqlMutation(submitSubmissionMutation, { invalidates: ({ id }) => submissionViews(callId, id) });
export const useAcceptCoApplication = (callId: string) =>
  useGraphqlMutation(acceptCoApplicationMutation, { invalidates: ({ id }) => submissionViews(callId, id) });
