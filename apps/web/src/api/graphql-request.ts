import { ERROR_CODES, ERROR_REASONS, type ErrorReason } from '@ouvroir/contracts';
import { i18n } from '../i18n';
import type { TypedDocumentString } from '../gql/graphql';

/** Code given to failures that never reached the GraphQL layer (offline, proxy error, non-JSON answer). */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

/** What the API tells beside its message, e.g. the latest revision with a CONFLICT on a proposal. */
export type ErrorDetails = Record<string, unknown>;

/**
 * A failed GraphQL request: `code` is the API's stable `extensions.code`, `reason` its `extensions.reason` (what
 * happened, in the domain's words: `PROPOSAL_NOT_EDITABLE`) when it gives one, `message` the API's French message,
 * `details` its `extensions.details` when it gives some.
 */
export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';

  constructor(
    message: string,
    readonly code: string,
    readonly details?: ErrorDetails,
    readonly reason?: string,
  ) {
    super(message);
  }
}

const isKnownReason = (reason: string | undefined): reason is ErrorReason =>
  reason !== undefined && Object.hasOwn(ERROR_REASONS, reason);

const isApiCode = (code: string): code is keyof typeof ERROR_CODES => Object.hasOwn(ERROR_CODES, code);

/**
 * What a failure says to the person, in the interface's language: the text of its reason, filled from its details;
 * without a reason this client knows, the API's own message in French (the API speaks French, and says more than a
 * code's generic text), or the code's generic text in another language.
 */
export function messageOf(error: unknown): string {
  if (!(error instanceof GraphqlRequestError)) return error instanceof Error ? error.message : String(error);
  if (isKnownReason(error.reason)) return i18n.t(`errors.reasons.${error.reason}`, { replace: error.details });
  if (error.code === NETWORK_ERROR_CODE) return i18n.t('errors.network');
  if (i18n.resolvedLanguage === 'fr' || !isApiCode(error.code)) return error.message;
  return i18n.t(`errors.codes.${error.code}`);
}

/** The API's stable code of a failure (NOT_FOUND, FORBIDDEN…), or undefined for a failure of the page itself. */
export const codeOf = (error: unknown) => (error instanceof GraphqlRequestError ? error.code : undefined);

/** The API's details of a failure, or undefined when it gave none. */
export const detailsOf = (error: unknown) => (error instanceof GraphqlRequestError ? error.details : undefined);

/**
 * Whether trying again may help: a failure of the network or of the server (5xx), not a refusal (NOT_FOUND,
 * FORBIDDEN, a bad input: 4xx), which would only be refused again.
 */
export function isTransient(error: unknown): boolean {
  const code = codeOf(error);
  // A failure of the page itself (a bug) would fail again.
  if (code === undefined) return false;
  if (code === NETWORK_ERROR_CODE) return true;
  return !isApiCode(code) || ERROR_CODES[code] >= 500;
}

type GraphqlResponse<TResult> = {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; details?: ErrorDetails } }[];
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
    const { code = 'INTERNAL', details, reason } = firstError.extensions ?? {};
    throw new GraphqlRequestError(firstError.message, code, details, reason);
  }
  if (!body.data) {
    throw new GraphqlRequestError(i18n.t('errors.network'), NETWORK_ERROR_CODE);
  }
  return body.data;
}
