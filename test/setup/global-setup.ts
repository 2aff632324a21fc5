import './outside-sandbox';
import { startTestServer, TestServer } from './test-server';

/** Starts the run's PostgreSQL and migrates the template; workers read where from the environment. */
export default async function globalSetup() {
  try {
    const server = await startTestServer();
    process.env.OUVROIR_TEST_ADMIN_URL = server.adminUrl;
    process.env.OUVROIR_TEST_TEMPLATE = server.template;
    process.env.OUVROIR_TEST_RUN = String(process.pid);
    (globalThis as { ouvroirTestServer?: TestServer }).ouvroirTestServer = server;
  } finally {
    delete process.env.OUVROIR_JEST_OUTSIDE_SANDBOX;
  }
}
