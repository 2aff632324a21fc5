import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchChromium, newPage, ouvroirErrors, seriousAccessibilityViolations } from '../support/browser';

const PROPOSALS = 'Propositions par état';
const CONTRIBUTORS = 'Contributeurs actifs';
const CSV_HEADER = 'indicateur,debut,fin,domaine,groupe,cle,libelle,valeur,affichage,masque';

/** An indicator's section, named by its heading. */
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/**
 * Journey 8, the dashboard's part: a visitor without an account opens the programme's figures, narrows them to a
 * domain, reads a chart's table and downloads its CSV, then opens the open data catalogue. Bad inputs tried: an
 * address whose period is reversed (the page says so instead of asking the API), and one whose dates are not days.
 */
describe('indicators in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('a visitor filters the figures by domain, reads a table and downloads its CSV, then opens /donnees', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/indicateurs`);
    await page.getByRole('heading', { level: 1, name: 'Le programme en chiffres', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Chiffres clés', exact: true }).waitFor();
    await section(page, PROPOSALS).getByRole('table').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Domaine', { exact: true }).selectOption({ label: 'Logiciels libres' });
    await page.waitForURL(/[?&]domaine=logiciels-libres/);
    const proposals = section(page, PROPOSALS);
    await proposals.getByText('Dans le domaine « Logiciels libres ».', { exact: true }).waitFor();
    const table = proposals.getByRole('table');
    await table.waitFor();
    // The chart says what it shows and points to this table, which holds the same figures.
    const chart = proposals.getByRole('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Graphique « Propositions par état » : /);
    expect(await chart.getAttribute('aria-describedby')).toBe(await table.getAttribute('id'));
    await table.getByRole('columnheader', { name: 'Chiffre', exact: true }).waitFor();
    await table.getByRole('rowheader', { name: 'Total', exact: true }).waitFor();
    // Proposals are things, not people: their total is published exactly.
    expect(
      await table
        .getByRole('row', { name: /^Total/ })
        .getByRole('cell')
        .textContent(),
    ).toMatch(/^\d[\d\s]*$/);

    // Figures about people read « moins de 5 » below 5, never the number.
    const contributors = section(page, CONTRIBUTORS).getByRole('table');
    await contributors.waitFor();
    for (const cell of await contributors.locator('tbody td').allTextContents()) {
      expect(cell === 'moins de 5' || Number(cell.replace(/\s/g, '')) >= 5).toBe(true);
    }

    const link = proposals.getByRole('link', { name: /^Télécharger \(CSV\)/ });
    expect(await link.getAttribute('href')).toMatch(
      /^\/donnees\/indicateurs\/propositions-par-etat\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&domain=logiciels-libres$/,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toBe(CSV_HEADER);
    expect(rows.some((row) => row.startsWith('propositions-par-etat,') && row.includes(',logiciels-libres,'))).toBe(
      true,
    );

    await page.getByRole('contentinfo').getByRole('link', { name: 'Données ouvertes', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/donnees`);
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Catalogue des données ouvertes', exact: true }).waitFor();
    await main.getByRole('link', { name: '/donnees/communs.csv', exact: true }).waitFor();
    await main.getByRole('link', { name: '/donnees/communs.schema.json', exact: true }).waitFor();
    await main.getByRole('link', { name: 'Chiffres (CSV) : Propositions par état', exact: true }).waitFor();
    expect(
      await main
        .getByRole('link', { name: 'Série hebdomadaire (CSV) : Propositions par état', exact: true })
        .getAttribute('href'),
    ).toBe('/donnees/indicateurs/propositions-par-etat.serie.csv');
    await main
      .getByText(/Licence Ouverte 2\.0/)
      .first()
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('refuses a reversed period in the address, and reads a day that does not exist as the default', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/indicateurs?du=2026-06-01&au=2026-01-01`);
    await page.getByText(/La période est impossible/).waitFor();
    expect(await page.getByRole('region', { name: 'Chiffres clés', exact: true }).count()).toBe(0);
    await page.goto(`${baseUrl()}/indicateurs?du=2026-02-31`);
    await section(page, PROPOSALS).getByRole('table').waitFor();
    expect(await page.getByLabel('À partir du', { exact: true }).inputValue()).not.toBe('2026-02-31');
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('fits a 375 px phone screen without scrolling sideways, its tables included', async () => {
    const { page } = await newPage(browser, { width: 375 });
    await page.goto(`${baseUrl()}/indicateurs`);
    await section(page, PROPOSALS).getByRole('table').waitFor();
    // Every indicator's table there, the longest ones included.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('main section[id^="indicateur-"] table').length ===
        document.querySelectorAll('main section[id^="indicateur-"]').length,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // A table wider than the screen would scroll inside its frame, where a keyboard does not reach.
    const tablesOverflowing = await page.evaluate(
      () =>
        [...document.querySelectorAll('main table')].filter((table) => table.scrollWidth > table.clientWidth + 1)
          .length,
    );
    expect(tablesOverflowing).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
