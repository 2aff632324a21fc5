import type { Browser } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  newPage,
  ouvroirErrors,
  seriousAccessibilityViolations,
  signInAs,
  setChecked,
} from '../support/browser';
import { asAdministrator, OwnGroup } from './own-data';

/**
 * Journeys 1, 2 and 4: Claire asks to join a group like « Logiciels libres au collège », Samir accepts, the journal
 * tells both acts; Yann, a partner, does not even see the name of a members-only demo committee. The groups joined are
 * this file's own, the demo groups only read.
 */
describe('working groups in Chromium', () => {
  let browser: Browser;
  let college: OwnGroup;
  let distributions: OwnGroup;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    college = await nadia.group({
      name: 'Logiciels libres au collège',
      facilitator: 'samir',
      joinPolicy: 'request',
      charter: '## Notre objet\n\nUn socle de logiciels libres pour les salles de technologie et les CDI.',
    });
    distributions = await nadia.group({
      name: 'Distributions libres pour les écoles',
      facilitator: 'samir',
      joinPolicy: 'open',
    });
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('lets Claire ask to join a group and Samir accept her, and journals both acts in French', async () => {
    const claire = await newPage(browser);
    await signInAs(claire.page, 'claire');
    let page = claire.page;
    await page.getByRole('banner').getByRole('link', { name: 'Groupes' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groupes de travail et comités' }).waitFor();
    await page.getByLabel('Rechercher un groupe').fill(college.name);
    const card = page.getByRole('link', { name: college.name });
    await card.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await card.click();
    await page.getByRole('heading', { level: 1, name: college.name }).waitFor();
    await page.getByRole('tab', { name: 'Charte' }).click();
    await page.getByRole('tabpanel').getByRole('heading', { name: 'Notre objet' }).waitFor();
    await page.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await page.getByLabel('Message aux animateurs (facultatif)').fill('Professeure de technologie à Rennes.');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByText('Demande envoyée, en attente').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
    await page.context().close();

    const samir = await newPage(browser);
    await signInAs(samir.page, 'samir');
    page = samir.page;
    await page.goto(`${baseUrl()}/groupes/${college.slug}`);
    await page.getByRole('tab', { name: 'Demandes' }).click();
    await page
      .getByRole('row', { name: /Claire Le Goff/ })
      .getByRole('button', { name: /Accepter/ })
      .click();
    await page.getByText('La demande de Claire Le Goff est acceptée').waitFor();
    await page.getByRole('tab', { name: 'Membres' }).click();
    await page.getByRole('row', { name: /Claire Le Goff/ }).waitFor();

    await page.getByRole('link', { name: 'Journal du groupe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal des actes de gouvernance' }).waitFor();
    const request = page.getByRole('row', { name: /Claire Le Goff a demandé à rejoindre/ });
    const acceptance = page.getByRole('row', { name: /Samir Haddad a accepté la demande de Claire Le Goff/ });
    await request.waitFor();
    await acceptance.waitFor();
    expect(await request.textContent()).toContain(college.name);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('hides a members-only committee from a guest, even its name (journey 4)', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signInAs(page, 'yann');
    await page.goto(`${baseUrl()}/groupes`);
    await page.getByLabel('Rechercher un groupe').fill('Partenariat universitaire');
    await page.getByRole('link', { name: 'Partenariat universitaire REL' }).waitFor();
    await page.getByLabel('Rechercher un groupe').fill('Comité de pilotage — Logiciels libres');
    await page.getByText('Aucun groupe ne correspond à ces critères.').waitFor();
    expect(await page.getByRole('link', { name: 'Comité de pilotage — Logiciels libres' }).count()).toBe(0);

    await page.goto(`${baseUrl()}/groupes/copil-logiciels-libres`);
    await page.getByRole('heading', { level: 1, name: 'Page non trouvée' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('réservé à ses membres');
    expect(await page.getByRole('main').textContent()).not.toContain('Comité de pilotage');
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('lets Samir invite a partner by e-mail, who signs in from the link and joins (journey 2)', async () => {
    const samir = await newPage(browser);
    await signInAs(samir.page, 'samir');
    let page = samir.page;
    await page.goto(`${baseUrl()}/groupes/${distributions.slug}?onglet=invitations`);
    await setChecked(page.getByRole('radio', { name: 'Une adresse électronique' }));
    await page.getByRole('textbox', { name: /^Adresse électronique/ }).fill('yann.kerbrat@univ-rennes.fr');
    await page.getByRole('button', { name: 'Créer l’invitation' }).click();
    const link = await page.getByLabel('Lien d’invitation').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl()}/invitations/[A-Za-z0-9_-]{43}$`));
    await page.getByRole('row', { name: /yann.kerbrat@univ-rennes.fr/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();

    const yann = await newPage(browser);
    page = yann.page;
    await page.goto(link);
    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await signInAs(page, 'yann', new URL(link).pathname);
    await page.getByText(`Invitation à rejoindre « ${distributions.name} » en tant que membre.`).waitFor();
    await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await page.waitForURL(`${baseUrl()}/groupes/${distributions.slug}`);
    await page.getByRole('heading', { level: 1, name: distributions.name }).waitFor();
    await page.getByRole('button', { name: 'Quitter le groupe' }).waitFor();
    expect(ouvroirErrors(yann.consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
