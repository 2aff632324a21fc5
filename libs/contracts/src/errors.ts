/**
 * The stable codes clients receive in GraphQL `extensions.code` (and as HTTP statuses on REST
 * routes), with their statuses. Documented in docs/errors.md.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  RESPONSE_TOO_LARGE: 400,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * One reason a request is refused: its transport code and what it says to the person, in French
 * and English. `{{name}}` is filled from the error's details (i18next's interpolation, which the web
 * client uses with the same strings).
 */
export interface ErrorReasonText {
  code: ErrorCode;
  fr: string;
  en: string;
}

/** A domain's reasons, checked without widening their names. */
export const errorReasons = <T extends Record<string, ErrorReasonText>>(reasons: T): T => reasons;

/**
 * `{{name}}` replaced by `values.name` when it is a text or a number, the only values that read well
 * in a sentence (left as it is otherwise, absent included).
 */
export function interpolate(text: string, values?: Record<string, unknown>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
