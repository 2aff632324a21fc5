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
    "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n": typeof types.IdentityProvidersDocument,
};
const documents: Documents = {
    "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.DomainsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n": types.IdentityProvidersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').DomainsDocument;
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
