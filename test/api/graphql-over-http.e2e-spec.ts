import { CSRF_HEADER } from '@ouvroir/core';
import { serverAudits } from 'graphql-http';
import { freePort } from '../setup/test-server';
import { startTestApp, TestApp } from '../support/app';

/**
 * The GraphQL-over-HTTP specification, checked by the audits of the `graphql-http` package against
 * the real app on a port. The audits send `application/json` and other media types; the CSRF header
 * lets their non-JSON requests through, as it does for any client that sets it.
 */
describe('GraphQL over HTTP', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    t = await startTestApp({}, { listen: port });
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(() => t.close());

  it('passes every MUST and SHOULD audit of graphql-http', async () => {
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set(CSRF_HEADER, '1');
      return fetch(input, { ...init, headers });
    };
    const failures: string[] = [];
    for (const audit of serverAudits({ url, fetchFn })) {
      const result = await audit.fn();
      if ((result.status !== 'ok' && audit.name.startsWith('MUST')) || result.status === 'error') {
        failures.push(`${audit.name}: ${result.reason}`);
      } else if (result.status === 'warn') {
        failures.push(`${audit.name}: ${result.reason}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
