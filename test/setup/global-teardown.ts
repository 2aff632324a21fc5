import type { TestServer } from './test-server';

export default async function globalTeardown() {
  await (globalThis as { ouvroirTestServer?: TestServer }).ouvroirTestServer?.stop();
}
