import { useQuery, type QueryClient } from '@tanstack/react-query';
import { graphqlQuery, queryKeyOf } from '../api/queries';
import { useFacetedConnection } from '../api/useFacetedConnection';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';
import type { CommonFilter, CommonPageQuery, CataloguePageQuery } from '../gql/graphql';

// A common as the lists show it: its card.
graphql(`
  fragment CommonCard on Common {
    id
    slug
    kind
    name
    summary
    status
    usageCount
    maintenanceDue
    laureateCallId
    licence {
      expression
      open
    }
    domain {
      id
      name
    }
  }
`);

const catalogueQuery = graphql(`
  query CataloguePage($filter: CommonFilter, $after: String) {
    commons(filter: $filter, after: $after) {
      nodes {
        ...CommonCard
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        kinds {
          value
          label
          count
        }
        domains {
          value
          label
          count
        }
        licences {
          value
          label
          count
        }
        levels {
          value
          label
          count
        }
        subjects {
          value
          label
          count
        }
        organisations {
          value
          label
          count
        }
        forges {
          value
          label
          count
        }
        statuses {
          value
          label
          count
        }
      }
    }
  }
`);

export type CatalogueCommon = CataloguePageQuery['commons']['nodes'][number];

/** The catalogue, filtered by its facets, with the count of each facet's values under the other filters. */
export const useCatalogue = (filter: CommonFilter) =>
  useFacetedConnection(catalogueQuery, { filter }, (result) => result.commons);

graphql(`
  fragment CommonPageFields on Common {
    ...CommonCard
    description
    descriptionHtml
    website
    tags
    revision
    maintenanceConfirmedAt
    createdAt
    updatedAt
    licence {
      expression
      ids
      open
      recommended
    }
    domain {
      id
      slug
      name
    }
    stewardingGroup {
      id
      slug
      name
    }
    repositories {
      id
      url
      forge
      role
      mirrorOf
    }
    maintainers {
      id
      user {
        id
        displayName
      }
      organisation {
        id
        name
      }
    }
    usages {
      id
      instanceUrl
      userCount
      declaredAt
      organisation {
        id
        name
        type
      }
    }
    scolomfr {
      levels {
        uri
        label
      }
      subjects {
        uri
        label
      }
      pedagogicalTypes {
        uri
        label
      }
      documentTypes {
        uri
        label
      }
    }
    decisions {
      id
      title
      state
    }
    revisions(first: 20) {
      number
      createdAt
      author {
        id
        displayName
      }
    }
    publiccodeReport
    laureateSubmission {
      id
      commonName
      call {
        id
        title
        state
      }
      applicants {
        accepted
        user {
          id
        }
      }
      milestones {
        ...MilestoneFields
      }
    }
    viewerCan {
      edit
      declareUsage
      contact
      confirmMaintenance
    }
  }
`);

export const commonPageQuery = graphql(`
  query CommonPage($slug: String!) {
    common(slug: $slug) {
      ...CommonPageFields
    }
  }
`);

export type CommonDetails = NonNullable<CommonPageQuery['common']>;

/** One defect of an imported publiccode.yml: where in the file, how serious, what was done (in French). */
export type ReportItem = { path: string; severity: string; message: string };

/**
 * The validation report stored beside an imported entry, as the API gives it (JSON: its items, with the date of the
 * import); none for a common never imported, or for a reader who may not see it.
 */
export function reportItems(report: string | null | undefined): ReportItem[] | undefined {
  if (!report) return undefined;
  const parsed = JSON.parse(report) as { items?: ReportItem[] } | ReportItem[];
  return Array.isArray(parsed) ? parsed : (parsed.items ?? []);
}

export const useCommon = (slug: string) => useQuery(graphqlQuery(commonPageQuery, { slug }));

const scolomfrConceptsQuery = graphql(`
  query ScolomfrConcepts($vocabulary: String!) {
    scolomfrConcepts(vocabulary: $vocabulary) {
      uri
      label
    }
  }
`);

/** A ScoLOMFR vocabulary's concepts the forms offer: 022 levels, 015 subjects, 010 pedagogical types, 005 documents. */
export const useScolomfrConcepts = (vocabulary: string) =>
  useQuery({ ...graphqlQuery(scolomfrConceptsQuery, { vocabulary }), staleTime: Infinity });

const organisationCommonsQuery = graphql(`
  query OrganisationCommons($organisationId: ID!) {
    organisationCommons(organisationId: $organisationId) {
      organisation {
        id
        name
        type
      }
      maintained {
        ...CommonCard
      }
      used {
        ...CommonCard
      }
    }
  }
`);

export const useOrganisationCommons = (organisationId: string) =>
  useQuery(graphqlQuery(organisationCommonsQuery, { organisationId }));

const createCommonMutation = graphql(`
  mutation CreateCommon($input: CommonInput!) {
    createCommon(input: $input) {
      ...CommonPageFields
    }
  }
`);

const updateCommonMutation = graphql(`
  mutation UpdateCommon($id: ID!, $input: CommonInput!, $baseRevision: Int!) {
    updateCommon(id: $id, input: $input, baseRevision: $baseRevision) {
      ...CommonPageFields
    }
  }
`);

const declareUsageMutation = graphql(`
  mutation DeclareCommonUsage($commonId: ID!, $organisationId: ID!, $instanceUrl: String, $userCount: Int) {
    declareCommonUsage(
      commonId: $commonId
      organisationId: $organisationId
      instanceUrl: $instanceUrl
      userCount: $userCount
    ) {
      ...CommonPageFields
    }
  }
`);

const withdrawUsageMutation = graphql(`
  mutation WithdrawCommonUsage($commonId: ID!, $organisationId: ID!) {
    withdrawCommonUsage(commonId: $commonId, organisationId: $organisationId) {
      ...CommonPageFields
    }
  }
`);

const confirmMaintenanceMutation = graphql(`
  mutation ConfirmCommonMaintenance($commonId: ID!) {
    confirmCommonMaintenance(commonId: $commonId) {
      ...CommonPageFields
    }
  }
`);

const contactMaintainersMutation = graphql(`
  mutation ContactCommonMaintainers($commonId: ID!, $message: String!) {
    contactCommonMaintainers(commonId: $commonId, message: $message)
  }
`);

const addMaintainerMutation = graphql(`
  mutation AddCommonMaintainer($commonId: ID!, $userId: ID, $organisationId: ID) {
    addCommonMaintainer(commonId: $commonId, userId: $userId, organisationId: $organisationId) {
      ...CommonPageFields
    }
  }
`);

const removeMaintainerMutation = graphql(`
  mutation RemoveCommonMaintainer($commonId: ID!, $maintainerId: ID!) {
    removeCommonMaintainer(commonId: $commonId, maintainerId: $maintainerId) {
      ...CommonPageFields
    }
  }
`);

const linkDecisionMutation = graphql(`
  mutation LinkCommonDecision($commonId: ID!, $proposalId: ID!) {
    linkCommonDecision(commonId: $commonId, proposalId: $proposalId) {
      ...CommonPageFields
    }
  }
`);

const unlinkDecisionMutation = graphql(`
  mutation UnlinkCommonDecision($commonId: ID!, $proposalId: ID!) {
    unlinkCommonDecision(commonId: $commonId, proposalId: $proposalId) {
      ...CommonPageFields
    }
  }
`);

const organisationChoicesQuery = graphql(`
  query CommonOrganisationChoices($search: String!) {
    organisations(search: $search, first: 10) {
      nodes {
        id
        name
      }
      totalCount
    }
  }
`);

/** The first organisations whose name matches, to name one a maintainer; none until something is typed. */
export const useOrganisationChoices = (search: string) =>
  useQuery({ ...graphqlQuery(organisationChoicesQuery, { search }), enabled: search !== '' });

const importMutation = graphql(`
  mutation ImportCommonFromPubliccode($text: String!, $domainId: ID, $commonId: ID) {
    importCommonFromPubliccode(text: $text, domainId: $domainId, commonId: $commonId) {
      id
      slug
      name
      publiccodeReport
    }
  }
`);

/** What changed on a common shows on its page at once, and the lists that show it are read again. */
const commonChanged = {
  update: (cache: QueryClient, common: CommonDetails) =>
    cache.setQueryData(queryKeyOf(commonPageQuery, { slug: common.slug }), { common }),
  invalidates: () => [queryKeyOf(catalogueQuery), queryKeyOf(organisationCommonsQuery)],
};

export const useCreateCommon = () =>
  useGraphqlMutation(createCommonMutation, {
    update: (cache, { createCommon }) => commonChanged.update(cache, createCommon),
    invalidates: commonChanged.invalidates,
  });
export const useUpdateCommon = () =>
  useGraphqlMutation(updateCommonMutation, {
    update: (cache, { updateCommon }) => commonChanged.update(cache, updateCommon),
    invalidates: commonChanged.invalidates,
  });
export const useDeclareUsage = () =>
  useGraphqlMutation(declareUsageMutation, {
    update: (cache, { declareCommonUsage }) => commonChanged.update(cache, declareCommonUsage),
    invalidates: commonChanged.invalidates,
  });
export const useWithdrawUsage = () =>
  useGraphqlMutation(withdrawUsageMutation, {
    update: (cache, { withdrawCommonUsage }) => commonChanged.update(cache, withdrawCommonUsage),
    invalidates: commonChanged.invalidates,
  });
export const useConfirmMaintenance = () =>
  useGraphqlMutation(confirmMaintenanceMutation, {
    update: (cache, { confirmCommonMaintenance }) => commonChanged.update(cache, confirmCommonMaintenance),
    invalidates: commonChanged.invalidates,
  });
export const useAddMaintainer = () =>
  useGraphqlMutation(addMaintainerMutation, {
    update: (cache, { addCommonMaintainer }) => commonChanged.update(cache, addCommonMaintainer),
    invalidates: commonChanged.invalidates,
  });
export const useRemoveMaintainer = () =>
  useGraphqlMutation(removeMaintainerMutation, {
    update: (cache, { removeCommonMaintainer }) => commonChanged.update(cache, removeCommonMaintainer),
    invalidates: commonChanged.invalidates,
  });
export const useLinkDecision = () =>
  useGraphqlMutation(linkDecisionMutation, {
    update: (cache, { linkCommonDecision }) => commonChanged.update(cache, linkCommonDecision),
  });
export const useUnlinkDecision = () =>
  useGraphqlMutation(unlinkDecisionMutation, {
    update: (cache, { unlinkCommonDecision }) => commonChanged.update(cache, unlinkCommonDecision),
  });
export const useContactMaintainers = () => useGraphqlMutation(contactMaintainersMutation);
export const useImportPubliccode = () =>
  useGraphqlMutation(importMutation, { invalidates: () => [queryKeyOf(catalogueQuery), queryKeyOf(commonPageQuery)] });
