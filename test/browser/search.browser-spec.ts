import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { baseUrl, launchChromium, newPage, ouvroirErrors, seriousAccessibilityViolations } from '../support/browser';

/** A word no other test, nor an earlier run of this one, writes. */
const word = `zenith${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

/** `count` public documents holding `word`, written into the search table as the domains' feeds write them. */
async function publicDocuments(count: number) {
  const client = new Client({ connectionString: process.env.OUVROIR_BROWSER_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO search_document (kind, entity_id, title, title_key, summary, body, document, readers, domain_id, path)
       SELECT 'common', $1 || '-' || n, 'Commun ' || n, 'commun ' || n, $1, '',
         setweight(to_tsvector('french_unaccent', 'Commun ' || n), 'A') || setweight(to_tsvector('french_unaccent', $1), 'B'),
         ARRAY['public'], NULL, '/communs/' || $1 || '-' || n
       FROM generate_series(1, $2::int) n`,
      [word, count],
    );
  } finally {
    await client.end();
  }
}

/** The search page when more documents match than the search counts (SEARCH_LIMITS.countMax): it says « plus de ». */
describe('the portal’s search in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    await publicDocuments(1_005);
  });
  afterAll(() => browser.close());

  it('tells a visitor there are more than 1,000 results when the count is capped', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/recherche?q=${word}`);
    await page.getByRole('heading', { level: 1, name: 'Rechercher dans Ouvroir' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Plus de 1\s000 résultats/ })
      .waitFor();
    await page.getByRole('link', { name: 'Commun 1', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });
});
