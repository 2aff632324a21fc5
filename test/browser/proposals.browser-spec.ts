import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  ouvroirErrors,
  seriousAccessibilityViolations,
  signedIn,
  setChecked,
} from '../support/browser';
import { asAdministrator, OwnGroup } from './own-data';

/** This file's group, like the demo's « Distributions libres pour les écoles »: made by `beforeAll`. */
let group: OwnGroup;

/** Each payload would set window.__xss if the page ran it. */
const IMG_XSS = '<img src=x onerror="window.__xss=1">';
const SCRIPT_XSS = '<script>window.__xss=1</script>';
const LINK_XSS = '[lien](javascript:window.__xss=1)';

const xssRan = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

/** Claire's first draft in the group, through the group's « Propositions » tab; resolves to its address. */
async function draftProposal(page: Page, title: string, body: string, checkAccessibility = false) {
  await page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=propositions`);
  await page.getByRole('link', { name: 'Nouvelle proposition' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nouvelle proposition' }).waitFor();
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel(/^Résumé/).fill('Un socle commun pour les écoles primaires.');
  await page.getByLabel(/^Mots-clés/).fill('distributions, écoles');
  await page.getByLabel(/^Texte/).fill(body);
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  await page.getByRole('region', { name: 'Aperçu du texte' }).waitFor();
  if (checkAccessibility) expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await page.waitForURL(/\/propositions\/[0-9a-f-]{36}$/);
  await stateBadge(page, 'Brouillon').waitFor();
  return page.url();
}

/** The proposal's text, as the page renders it. */
const proposalText = (page: Page) => page.getByRole('region', { name: 'Texte de la proposition' });

/** The proposal's state badge, beside its title. */
const stateBadge = (page: Page, state: string) => page.locator('main .fr-badge', { hasText: state }).first();

async function inviteCoauthor(page: Page, name: string) {
  await page.getByRole('button', { name: 'Inviter un co-auteur' }).click();
  await page.getByLabel(/^Rechercher une personne/).fill(name);
  await setChecked(page.getByRole('radio', { name: new RegExp(name) }));
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await page.getByText(`${name} est invité à co-écrire la proposition.`).waitFor();
}

async function acceptCoauthorship(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Vous êtes invité à co-écrire cette proposition' }).waitFor();
  await page.getByRole('button', { name: 'Accepter', exact: true }).click();
  await page.getByText('Vous êtes maintenant co-auteur de la proposition.').waitFor();
}

/** Makes a transition from the proposal page: its button, then the same words in the dialog that asks why. */
async function transition(page: Page, label: string, reason: string) {
  await page.getByRole('main').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: /\?$/ });
  await dialog.getByLabel(/^Motif/).fill(reason);
  await dialog.getByRole('button', { name: label }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Issue 5 on a group like the demo's « Distributions libres pour les écoles », made for this file: a proposal drafted,
 * co-written, amended, compared revision by revision and submitted to the committee; user-typed HTML and script links
 * never run.
 */
describe('proposals in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    const committee = await nadia.group({
      name: 'Comité de pilotage — Logiciels libres',
      kind: 'committee',
      facilitator: 'helene',
      visibility: 'members',
      joinPolicy: 'invitation',
    });
    group = await nadia.group({
      name: 'Distributions libres pour les écoles',
      facilitator: 'samir',
      members: [['claire', 'member']],
      joinPolicy: 'open',
      committeeId: committee.id,
    });
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('lets Claire and Samir co-write a proposal that Karim amends, and Samir submit it to the committee', async () => {
    const stamp = Date.now();
    const claire = await signedIn(browser, 'claire');
    const title = `Distributions libres ${IMG_XSS} ${SCRIPT_XSS} ${stamp}`;
    const url = await draftProposal(
      claire.page,
      title,
      `Les écoles primaires gardent des postes anciens.\n\n${SCRIPT_XSS}\n\n${IMG_XSS}\n\nVoir le ${LINK_XSS}.`,
      true,
    );
    let page = claire.page;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await proposalText(page).textContent()).toContain('<script>window.__xss=1</script>');
    await inviteCoauthor(page, 'Samir Haddad');
    await page.getByText('Invité à co-écrire', { exact: true }).waitFor();
    await transition(page, 'Ouvrir à la concertation', 'Première version prête.');
    await stateBadge(page, 'En concertation').waitFor();
    await page.getByRole('region', { name: 'Parcours' }).getByText('Première version prête.').waitFor();
    expect(await xssRan(page)).toBeUndefined();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const samir = await signedIn(browser, 'samir');
    page = samir.page;
    await acceptCoauthorship(page, url);
    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier la proposition' }).waitFor();
    const body = page.getByLabel(/^Texte/);
    await body.fill((await body.inputValue()).replace('postes anciens', 'postes anciens et lents'));
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(url);
    await proposalText(page).getByText('postes anciens et lents').waitFor();

    const karim = await signedIn(browser, 'karim');
    page = karim.page;
    await page.goto(`${baseUrl()}/groupes/${group.slug}`);
    await page.getByRole('button', { name: 'Rejoindre le groupe' }).click();
    await page.getByText('Vous êtes maintenant membre du groupe.').waitFor();
    await page.goto(`${url}?onglet=commentaires`);
    await page
      .getByRole('textbox', { name: 'Votre commentaire' })
      .fill(`Bonne idée ${SCRIPT_XSS} ${IMG_XSS} ${LINK_XSS}`);
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByText('Votre commentaire est publié.').waitFor();
    await page
      .getByRole('article', { name: 'Commentaire de Karim Benali' })
      .getByText(SCRIPT_XSS, { exact: false })
      .waitFor();
    await page.getByRole('tab', { name: /^Amendements/ }).click();
    const amended = page.getByLabel('Texte proposé');
    expect(await amended.inputValue()).toContain('postes anciens et lents');
    await amended.fill(
      `${(await amended.inputValue()).replace('postes anciens et lents', 'ordinateurs anciens et lents')}\n\n${IMG_XSS}`,
    );
    await page.getByLabel(/^Explication/).fill('Le mot juste.');
    await page.getByRole('button', { name: 'Proposer l’amendement' }).click();
    await page.getByText('Votre amendement est proposé aux auteurs.').waitFor();
    await page.getByRole('button', { name: 'Comparer au texte l’amendement de Karim Benali' }).click();
    await page.getByRole('heading', { name: 'Texte proposé par l’amendement' }).waitFor();
    expect(await xssRan(page)).toBeUndefined();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    page = claire.page;
    await page.goto(`${url}?onglet=amendements`);
    await page.getByRole('button', { name: 'Accepter l’amendement de Karim Benali' }).click();
    await page.getByText('L’amendement de Karim Benali est accepté').waitFor();
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByText('3 révisions').waitFor();
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByRole('heading', { name: 'De la révision 2 à la révision 3' }).waitFor();
    const diff = page.locator('#diff-heading ~ div');
    await diff.locator('ins', { hasText: 'ordinateurs' }).waitFor();
    expect(await diff.locator('del').allTextContents()).toContainEqual(expect.stringContaining('postes'));
    expect(await diff.locator('ins').allTextContents()).toContainEqual(expect.stringMatching(/^ajout : .*ordinateurs/));
    expect(await xssRan(page)).toBeUndefined();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    page = samir.page;
    await page.goto(url);
    await transition(page, 'Soumettre au comité', 'Concertation close.');
    await stateBadge(page, 'Soumise au comité').waitFor();
    await page.getByText('La proposition est soumise au comité.').waitFor();
    expect(await page.getByRole('main').getByRole('button', { name: 'Soumettre au comité' }).count()).toBe(0);
    expect(await xssRan(page)).toBeUndefined();

    for (const person of [claire, samir, karim]) {
      expect(ouvroirErrors(person.consoleErrors)).toEqual([]);
      await person.page.context().close();
    }
  });

  it('tells the second of two authors saving from the same revision who saved first, and loses nothing', async () => {
    const claire = await signedIn(browser, 'claire');
    const url = await draftProposal(claire.page, `Conflit d’écriture ${Date.now()}`, 'Texte de départ.');
    await inviteCoauthor(claire.page, 'Samir Haddad');
    const samir = await signedIn(browser, 'samir');
    await acceptCoauthorship(samir.page, url);

    for (const { page } of [claire, samir]) {
      await page.goto(`${url}/modifier`);
      await page.getByRole('heading', { level: 1, name: 'Modifier la proposition' }).waitFor();
    }
    await claire.page.getByLabel(/^Texte/).fill('Texte de départ, complété par Claire.');
    await claire.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await claire.page.waitForURL(url);

    const page = samir.page;
    await page.getByLabel(/^Texte/).fill('Texte de départ, revu par Samir.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('heading', { name: 'Une révision plus récente a été enregistrée' }).waitFor();
    await page.getByText(/Claire Le Goff a enregistré une version plus récente \(révision 2\)/).waitFor();
    const theirs = page.getByRole('heading', { name: 'Le texte de la révision 2, enregistrée entre-temps' });
    await theirs.waitFor();
    // Each text beside the other, the words that differ marked (a hidden « diffère : » before each for screen readers).
    const marks = async (heading: string) =>
      page
        .locator('.fr-col-md-6', { has: page.getByRole('heading', { name: heading }) })
        .locator('mark')
        .allTextContents();
    expect(await marks('Le texte de la révision 2, enregistrée entre-temps')).toEqual([
      'diffère : complété',
      'diffère : Claire',
    ]);
    expect(await marks('Votre texte (dans le formulaire, pas encore enregistré)')).toEqual([
      'diffère : revu',
      'diffère : Samir',
    ]);
    expect(await page.getByLabel(/^Texte/).inputValue()).toBe('Texte de départ, revu par Samir.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Repartir de la révision 2' }).click();
    await page.getByText('Votre prochain enregistrement partira de la révision 2.', { exact: false }).waitFor();
    await page.getByLabel(/^Texte/).fill('Texte de départ, complété par Claire, revu par Samir.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(url);
    await proposalText(page).getByText('Texte de départ, complété par Claire, revu par Samir.').waitFor();
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByText('3 révisions').waitFor();
    const rows = page.getByRole('row');
    expect(await rows.filter({ hasText: 'Samir Haddad' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Claire Le Goff' }).count()).toBe(2);

    for (const person of [claire, samir]) {
      expect(ouvroirErrors(person.consoleErrors)).toEqual([]);
      await person.page.context().close();
    }
  });
});
