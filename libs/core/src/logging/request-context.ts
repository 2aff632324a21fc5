import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request being answered, through async local storage, so that what it sets off — a job
 * scheduled, a log line written by a service, a socket event handled — carries its request id.
 */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` as part of the request `requestId` (an HTTP request, a socket event, a job). */
export function runInRequest<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/** The id of the request being answered, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
