import type { Browser, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  newPage,
  ouvroirErrors,
  seriousAccessibilityViolations,
  signInAs,
} from '../support/browser';
import { asAdministrator, OwnGroup } from './own-data';

/** The text of what describes a field (`aria-describedby`): its DSFR error message when it has one. */
const descriptionOf = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

/** The GraphQL mutations named `operation` that the page sends from now on. */
function sentMutations(page: Page, operation: string) {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes(`mutation ${operation}(`)) {
      sent.push(operation);
    }
  });
  return sent;
}

/**
 * The forms check what the API would refuse before sending, in French, under the field concerned; a refusal of the
 * API naming a field shows under that field; what was typed stays.
 */
describe('forms in Chromium', () => {
  let browser: Browser;
  let existing: OwnGroup;
  let drafting: OwnGroup;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    existing = await nadia.group({ name: 'Adresse déjà prise' });
    drafting = await nadia.group({ name: 'Rédaction de propositions' });
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('refuses a proposal title over its limit in French before sending, keeping the text', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signInAs(page, 'nadia');
    const sent = sentMutations(page, 'CreateProposal');
    await page.goto(`${baseUrl()}/propositions/nouvelle?groupe=${drafting.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle proposition' }).waitFor();
    const title = page.getByLabel('Titre', { exact: true });
    await title.fill('Un titre bien trop long '.repeat(10));
    await page.getByLabel(/^Texte/).fill('Le texte, qui doit rester.');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();

    await page.getByText('200 caractères au plus.').waitFor();
    expect(await descriptionOf(title)).toContain('200 caractères au plus.');
    // The field with the error takes the focus, so that it is heard.
    expect(await title.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByLabel(/^Texte/).inputValue()).toBe('Le texte, qui doit rester.');
    expect(sent).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Corrected, the message goes as it is typed, and the draft is created.
    await title.fill('Un titre à la bonne longueur');
    await page.getByText('200 caractères au plus.').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(/\/propositions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Un titre à la bonne longueur' }).waitFor();
    expect(sent).toEqual(['CreateProposal']);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('shows the API’s refusal of a group address taken under the address field, keeping what was typed', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signInAs(page, 'nadia');
    const sent = sentMutations(page, 'CreateGroup');
    await page.goto(`${baseUrl()}/administration/groupes/nouveau`);
    await page.getByLabel('Domaine', { exact: true }).selectOption({ label: 'Logiciels libres' });
    await page.getByLabel('Nom', { exact: true }).fill('Un groupe à l’adresse déjà prise');
    const slug = page.getByLabel(/^Adresse/);
    await slug.fill(existing.slug);
    await page.getByLabel(/^Charte/).fill('## Une charte\n\nQui doit rester.');
    await page.getByRole('button', { name: 'Créer le groupe de travail' }).click();

    const taken = `L’adresse « ${existing.slug} » est déjà prise par un autre groupe : choisissez-en une autre.`;
    await page.getByText(taken).waitFor();
    expect(sent).toEqual(['CreateGroup']);
    expect(await descriptionOf(slug)).toContain(taken);
    expect(await slug.evaluate((element) => element === document.activeElement)).toBe(true);
    // Under the field, not repeated in an alert above the form.
    expect(await page.getByText(taken).count()).toBe(1);
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Un groupe à l’adresse déjà prise');
    expect(await page.getByLabel(/^Charte/).inputValue()).toBe('## Une charte\n\nQui doit rester.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('edits a group: a limit said under its field, then saved, the form closed and the success said', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await signInAs(page, 'nadia');
    await page.goto(`${baseUrl()}/groupes/${existing.slug}`);
    await page.getByRole('button', { name: 'Modifier le groupe' }).click();
    const description = page.getByLabel(/^Description courte/);
    await description.fill('x'.repeat(281));
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('280 caractères au plus.').waitFor();
    expect(await descriptionOf(description)).toContain('280 caractères au plus.');

    await description.fill('Un groupe dont l’adresse sert aux tests des formulaires.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Les modifications du groupe sont enregistrées.').waitFor();
    await page.getByText('Un groupe dont l’adresse sert aux tests des formulaires.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer', exact: true }).count()).toBe(0);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
