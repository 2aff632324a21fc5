import { connectionQuery, replaceInConnections } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type { AdminOrganisationsQuery, OrganisationType } from '../gql/graphql';

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

/** The organisations whose name, SIRET, UAI or e-mail domain matches `search`. */
export const useOrganisations = (search: string) =>
  useConnection(connectionQuery(organisationsQuery, { search: search || undefined }, (result) => result.organisations));

/** Its answer, the organisation as saved, replaces the one shown in the lists: nothing to read again. */
export const useUpdateOrganisation = () =>
  useGraphqlMutation(updateOrganisationMutation, {
    update: (cache, { updateOrganisation }) => replaceInConnections(cache, organisationsQuery, updateOrganisation),
  });
