import { i18n } from '../i18n';
import type { TypedDocumentString } from '../gql/graphql';

/** Code given to failures that never reached the GraphQL layer (offline, proxy error, non-JSON answer). */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

/** What the API tells beside its message, e.g. the latest revision with a CONFLICT on a proposal. */
export type ErrorDetails = Record<string, unknown>;

/**
 * A failed GraphQL request: `code` is the API's stable `extensions.code`, `message` is meant for the user,
 * `details` is the API's `extensions.details` when it gives some.
 */
export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';

  constructor(
    message: string,
    readonly code: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
  }
}

/** What a failure says to the user: the API's French message, or the error's own. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The API's stable code of a failure (NOT_FOUND, FORBIDDEN…), or undefined for a failure of the page itself. */
export const codeOf = (error: unknown) => (error instanceof GraphqlRequestError ? error.code : undefined);

/** The API's details of a failure, or undefined when it gave none. */
export const detailsOf = (error: unknown) => (error instanceof GraphqlRequestError ? error.details : undefined);

type GraphqlResponse<TResult> = {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string; details?: ErrorDetails } }[];
};

/** Operations without variables take no second argument; the others require theirs. */
export type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/** Runs a generated GraphQL operation against the API of the same origin, with the session cookie. */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  let body: GraphqlResponse<TResult>;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      // GraphQL over HTTP's own media type: a refused request is then a 4xx without data, as the API documents.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch {
    throw new GraphqlRequestError(i18n.t('errors.network'), NETWORK_ERROR_CODE);
  }
  const [firstError] = body.errors ?? [];
  if (firstError) {
    const { code = 'INTERNAL', details } = firstError.extensions ?? {};
    throw new GraphqlRequestError(firstError.message, code, details);
  }
  if (!body.data) {
    throw new GraphqlRequestError(i18n.t('errors.network'), NETWORK_ERROR_CODE);
  }
  return body.data;
}
