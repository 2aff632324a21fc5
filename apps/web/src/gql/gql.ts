/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminOrganisations($search: String, $after: String) {\n    organisations(search: $search, after: $after) {\n      nodes {\n        id\n        name\n        type\n        siret\n        uai\n        emailDomains\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      type\n      siret\n      uai\n      emailDomains\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        platformRole\n        status\n        organisation {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n    setPlatformRole(userId: $userId, role: $role) {\n      id\n      platformRole\n      status\n    }\n  }\n": typeof types.SetPlatformRoleDocument,
    "\n  mutation SuspendUser($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMyAccount {\n    eraseMyAccount\n  }\n": typeof types.EraseMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n": typeof types.IdentityProvidersDocument,
};
const documents: Documents = {
    "\n  query AdminOrganisations($search: String, $after: String) {\n    organisations(search: $search, after: $after) {\n      nodes {\n        id\n        name\n        type\n        siret\n        uai\n        emailDomains\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      type\n      siret\n      uai\n      emailDomains\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        platformRole\n        status\n        organisation {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n    setPlatformRole(userId: $userId, role: $role) {\n      id\n      platformRole\n      status\n    }\n  }\n": types.SetPlatformRoleDocument,
    "\n  mutation SuspendUser($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": types.SuspendUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.DomainsDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation EraseMyAccount {\n    eraseMyAccount\n  }\n": types.EraseMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n": types.IdentityProvidersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($search: String, $after: String) {\n    organisations(search: $search, after: $after) {\n      nodes {\n        id\n        name\n        type\n        siret\n        uai\n        emailDomains\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      type\n      siret\n      uai\n      emailDomains\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        platformRole\n        status\n        organisation {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n    setPlatformRole(userId: $userId, role: $role) {\n      id\n      platformRole\n      status\n    }\n  }\n"): typeof import('./graphql').SetPlatformRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n"): typeof import('./graphql').SuspendUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').DomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').ExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyAccount {\n    eraseMyAccount\n  }\n"): typeof import('./graphql').EraseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n"): typeof import('./graphql').IdentityProvidersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
