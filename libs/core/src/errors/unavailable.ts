/** Node's socket errors when a dependency does not answer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs of a server that cannot serve for now rather than of a wrong query: class 08
 * (connection exception), shutting down, crashed, starting up, too many connections.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres, its pool and ioredis say when the connection is gone (they give no code). */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed)/;

/**
 * Whether an error means that PostgreSQL or Redis does not answer for now: the request may succeed
 * once it is back, so the client is told SERVICE_UNAVAILABLE (503) rather than INTERNAL. Looks through
 * TypeORM's `driverError`, `cause` and the AggregateError of a connection tried on several addresses.
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, name, message, driverError, cause, errors } = error as Record<string, unknown>;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_STATES.has(code))) {
    return true;
  }
  if (name === 'MaxRetriesPerRequestError' || (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message))) {
    return true;
  }
  const nested = [driverError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  return nested.some((inner) => isUnavailable(inner, depth + 1));
}

export const UNAVAILABLE_MESSAGE = 'Ouvroir est momentanément indisponible. Réessayez dans un instant.';
