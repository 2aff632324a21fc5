import type { Browser } from 'playwright-core';
import { baseUrl, launchChromium, newPage, seriousAccessibilityViolations } from '../support/browser';

/** Journey 1's first step and what every page owes its user: French, DSFR, accessible, on a phone too. */
describe('the web shell in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('shows the programme’s domains in French on the home page, with no console error', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 3, name: 'Logiciels libres', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe('Accueil — Ouvroir');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Ouvroir, l’atelier du libre en éducation',
    );
    // Beside the programme's decisions and groups to join (the home page's own spec). The demo's two domains, and
    // those another spec's administrator may have created (journey 5).
    const domains = page.getByRole('region', { name: 'Les domaines du programme' });
    expect(await domains.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining(['Logiciels libres', 'Ressources éducatives libres']),
    );
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('Libre en éducation');
    const footer = page.getByRole('contentinfo');
    for (const link of ['Accessibilité : non conforme', 'Mentions légales', 'Données personnelles']) {
      expect(await footer.getByRole('link', { name: link }).count()).toBe(1);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical accessibility violation on the home and 404 pages (axe-core)', async () => {
    const { page } = await newPage(browser);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 3, name: 'Logiciels libres', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/nulle-part`);
    await page.getByRole('heading', { level: 1, name: 'Page non trouvée' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('answers an unknown address with the 404 page and a way home, and reaches legal pages from the footer', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${baseUrl()}/groupes/inexistant`);
    await page.getByRole('heading', { level: 1, name: 'Page non trouvée' }).waitFor();
    await page
      .getByRole('main')
      .getByRole('link', { name: /accueil/i })
      .click();
    await page.getByRole('heading', { level: 3, name: 'Logiciels libres', exact: true }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentions légales' }).waitFor();
    expect(page.url()).toBe(`${baseUrl()}/mentions-legales`);
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mentions légales');
    await page.context().close();
  });

  it('switches to English and back, and remembers the choice', async () => {
    const { page } = await newPage(browser);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 3, name: 'Logiciels libres', exact: true }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: /^FR/ }).first().click();
    await page.getByRole('button', { name: 'EN - English' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Ouvroir, the workshop of open source in education' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ouvroir, the workshop of open source in education' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: /^EN/ }).first().click();
    await page.getByRole('button', { name: 'FR - Français' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Ouvroir, l’atelier du libre en éducation' }).waitFor();
    await page.context().close();
  });

  it('turns to the dark theme from the display settings', async () => {
    const { page } = await newPage(browser);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 3, name: 'Logiciels libres', exact: true }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Paramètres d.affichage/ })
      .first()
      .click();
    await page.getByText('Thème sombre').click();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-theme') === 'dark');
    expect(await page.getAttribute('html', 'data-fr-theme')).toBe('dark');
    await page.context().close();
  });

  it('is usable on a phone: the domains and the menu fit a 375 px screen', async () => {
    const { page } = await newPage(browser, { width: 375 });
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 3, name: 'Ressources éducatives libres', exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Menu' }).click();
    const menu = page.locator('#header-menu-modal-fr-header');
    await menu.getByRole('button', { name: /Paramètres d.affichage/ }).waitFor({ state: 'visible' });
    await menu.getByRole('button', { name: 'Fermer' }).click();
    await menu.getByRole('button', { name: /Paramètres d.affichage/ }).waitFor({ state: 'hidden' });
    await page.context().close();
  });
});
