import { graphqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';
import type { AdminOrganisationsQuery, OrganisationInput, OrganisationType } from '../gql/graphql';
import type { PageLoader } from '../api/usePaginatedSearch';

const organisationsQuery = graphql(`
  query AdminOrganisations($search: String, $after: String) {
    organisations(search: $search, after: $after) {
      nodes {
        id
        name
        type
        siret
        uai
        emailDomains
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const updateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
      type
      siret
      uai
      emailDomains
    }
  }
`);

/** An organisation as the administrators' list shows it. */
export type AdminOrganisation = AdminOrganisationsQuery['organisations']['nodes'][number];

/** The types in the order the form offers them: the State's own bodies first, "Autre" last. */
export const organisationTypes: OrganisationType[] = [
  'ministry',
  'academy',
  'operator',
  'university',
  'school',
  'company',
  'association',
  'other',
];

export const loadOrganisations: PageLoader<AdminOrganisation> = async (search, after) =>
  (await graphqlRequest(organisationsQuery, { search: search || undefined, after })).organisations;

export const updateOrganisation = async (id: string, input: OrganisationInput): Promise<AdminOrganisation> =>
  (await graphqlRequest(updateOrganisationMutation, { id, input })).updateOrganisation;
