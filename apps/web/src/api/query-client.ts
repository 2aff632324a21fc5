import { QueryClient } from '@tanstack/react-query';
import { isTransient } from './graphql-request';

/** How many times a read that failed on the way (network, server) is tried again before the page says so. */
const RETRIES = 2;

/** The client's one cache of what the API answered, shared by every page. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A page visited again within half a minute shows what was read, without asking again: the mutations read
      // again what they change, and the live connection what others change on the pages that follow it.
      staleTime: 30_000,
      // A refusal (NOT_FOUND, FORBIDDEN, a bad input) would only be refused again.
      retry: (failures, error) => failures < RETRIES && isTransient(error),
      // Coming back to the tab reads nothing again: the pages that change under the reader's eyes (a proposal, a
      // vote, a discussion) follow the live connection, which reads them again after a reconnection; the others would
      // be read again in bulk (long lists, a proposal with its amendments and timeline) at every glance elsewhere.
      refetchOnWindowFocus: false,
      // Offline, a read fails and says so, as it always did, rather than waiting silently for the network.
      networkMode: 'always',
    },
    mutations: {
      // An act is sent once, now: never held back while offline to leave later (a ballot, a message), never retried.
      networkMode: 'always',
      retry: false,
    },
  },
});
