import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../api/graphql-request';
import { graphqlQuery, queryKeyOf } from '../api/queries';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type { ContributorQuery, MyAttestationsQuery } from '../gql/graphql';
import { meQueryKey } from '../identity/SessionProvider';

export const contributorQuery = graphql(`
  query Contributor($id: ID!) {
    contributor(id: $id) {
      id
      displayName
      organisationId
      organisationName
      adoptedProposals(first: 50) {
        totalCount
        nodes {
          id
          title
          state
          updatedAt
        }
      }
      proposals(first: 50) {
        totalCount
        nodes {
          id
          title
          state
          updatedAt
        }
      }
      acceptedAmendments {
        id
        proposalId
        proposalTitle
        decidedAt
      }
      maintainedCommons {
        id
        slug
        name
        since
      }
      callsWon {
        id
        callId
        callTitle
        commonName
        commonSlug
        withConditions
        decidedAt
      }
      reviewsDone
      attestations {
        id
        reason
        createdAt
        authorName
        groupName
      }
      attestableGroups {
        id
        name
      }
    }
  }
`);

const organisationContributorsQuery = graphql(`
  query OrganisationContributors($organisationId: ID!) {
    organisationContributors(organisationId: $organisationId) {
      id
      displayName
      adoptedProposalCount
      maintainedCommonCount
    }
  }
`);

export type Contributor = ContributorQuery['contributor'];
export type Attestation = MyAttestationsQuery['myAttestations'][number];

const myAttestationsQuery = graphql(`
  query MyAttestations {
    myAttestations {
      id
      reason
      createdAt
      hidden
      authorName
      groupName
    }
  }
`);

const setMyPublicProfileMutation = graphql(`
  mutation SetMyPublicProfile($public: Boolean!) {
    setMyPublicProfile(public: $public) {
      id
      publicProfile
    }
  }
`);

const attestContributionMutation = graphql(`
  mutation AttestContribution($personId: ID!, $groupId: ID!, $reason: String!) {
    attestContribution(personId: $personId, groupId: $groupId, reason: $reason) {
      id
    }
  }
`);

const setAttestationHiddenMutation = graphql(`
  mutation SetAttestationHidden($id: ID!, $hidden: Boolean!) {
    setAttestationHidden(id: $id, hidden: $hidden) {
      id
      hidden
    }
  }
`);

const openBadgeQuery = graphql(`
  query OpenBadge($attestationId: ID!) {
    openBadge(attestationId: $attestationId)
  }
`);

export const useContributor = (id: string) => useQuery(graphqlQuery(contributorQuery, { id }));

export const useOrganisationContributors = (organisationId: string) =>
  useQuery(graphqlQuery(organisationContributorsQuery, { organisationId }));

export const useMyAttestations = (enabled: boolean) => useQuery({ ...graphqlQuery(myAttestationsQuery), enabled });

export const useSetMyPublicProfile = () =>
  useGraphqlMutation(setMyPublicProfileMutation, {
    invalidates: () => [meQueryKey, queryKeyOf(contributorQuery), queryKeyOf(organisationContributorsQuery)],
  });

export const useAttestContribution = () =>
  useGraphqlMutation(attestContributionMutation, { invalidates: () => [queryKeyOf(contributorQuery)] });

export const useSetAttestationHidden = () =>
  useGraphqlMutation(setAttestationHiddenMutation, {
    invalidates: () => [queryKeyOf(myAttestationsQuery), queryKeyOf(contributorQuery)],
  });

/** Downloads an attestation as an Open Badges 3.0 credential (a signed VC-JWT). */
export async function downloadOpenBadge(attestationId: string): Promise<void> {
  const { openBadge } = await graphqlRequest(openBadgeQuery, { attestationId });
  const url = URL.createObjectURL(new Blob([openBadge], { type: 'application/jwt' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `attestation-${attestationId}.jwt`;
  link.click();
  URL.revokeObjectURL(url);
}
