import type { Browser } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  newPage,
  ouvroirErrors,
  seriousAccessibilityViolations,
  signInAs,
} from '../support/browser';

/**
 * Journey 1's first step and journey 5's administrator: signing in through the development
 * provider (a real OpenID provider mounted at /dev-idp), seeing one's name and organisation,
 * signing out, and signing in as another demo account.
 */
describe('signing in in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('signs in, shows the name and organisation, signs out, and signs in as someone else', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signInAs(page, 'claire');
    const header = page.getByRole('banner');
    await header.getByText('Claire Le Goff').first().waitFor();
    expect(await header.textContent()).toContain('Collège Anne de Bretagne (Rennes)');

    await page
      .getByRole('banner')
      .getByRole('link', { name: /Claire Le Goff/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('claire.legoff@ac-rennes.fr');

    // The provider's sign-out page sends itself: back home without a question.
    await header.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.waitForURL(`${baseUrl()}/`);
    await header.getByRole('link', { name: 'Se connecter' }).first().waitFor();

    await signInAs(page, 'nadia');
    await header.getByText('Nadia Rahmani').first().waitFor();
    expect(await header.textContent()).toContain('Direction du numérique pour l’éducation');
    // The development provider's own pages load outside resources; Ouvroir's pages must be clean.
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('explains a refused sign-in in French, accessibly', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${baseUrl()}/auth/inconnu/login`);
    await page.waitForURL(`${baseUrl()}/connexion?erreur=unknown_provider`);
    await page.getByRole('heading', { level: 1, name: 'Connexion à Ouvroir' }).waitFor();
    await page.getByRole('link', { name: 'Se connecter avec Comptes de démonstration' }).waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/fournisseur/i);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the administrator suspend and reactivate an account from the users page (journey 5)', async () => {
    const claire = await newPage(browser);
    await signInAs(claire.page, 'claire');
    await claire.page.context().close();

    const { page, consoleErrors } = await newPage(browser);
    await signInAs(page, 'nadia');
    await page.getByRole('link', { name: 'Administration' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
    await page.getByLabel('Rechercher une personne').fill('Claire');
    const row = page.getByRole('row', { name: /Claire Le Goff/ });
    await row.getByRole('button', { name: /Suspendre/ }).click();
    await page.getByText('Le compte de Claire Le Goff est suspendu et ses sessions sont fermées.').waitFor();
    await row.getByRole('button', { name: /Réactiver/ }).click();
    await page.getByText('Le compte de Claire Le Goff est réactivé.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
