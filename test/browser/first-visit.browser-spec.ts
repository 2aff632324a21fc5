import type { Browser, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  newPage,
  ouvroirErrors,
  seriousAccessibilityViolations,
  setChecked,
  signedIn,
  signInAs,
} from '../support/browser';

interface GroupMembers {
  domain: { slug: string };
  members: { nodes: { role: string; user: { displayName: string } }[] };
}

interface DemoData {
  group: { proposals: { nodes: { title: string; state: string; authors: { user: { displayName: string } }[] }[] } };
  canope: { nodes: { name: string; type: string }[] };
  rennes: { nodes: { name: string; type: string }[] };
}

/**
 * The rough edges of a first visit (issue 15): the development provider's French page with the demo
 * accounts, an unknown login answered there and then a sign-in that works, the return to the page
 * where sign-in started, the site map, the Markdown toolbar, and the administrators' domains page.
 */
describe('a first visit in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  /** Waits until the field holds `expected` (the toolbar writes once React has rendered). */
  const valueBecomes = async (field: Locator, expected: string) => {
    const element = await field.elementHandle();
    await field.page().waitForFunction(({ element, expected }) => (element as HTMLTextAreaElement).value === expected, {
      element,
      expected,
    });
    expect(await field.inputValue()).toBe(expected);
  };

  const expectAccessible = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  it('signs in from a page through the French demo provider, after an unknown login, and comes back to that page', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/groupes`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: 'Se connecter' }).first().click();
    await page.waitForURL(`${baseUrl()}/connexion?retour=%2Fgroupes`);
    await page.getByRole('link', { name: 'Se connecter avec Comptes de démonstration' }).click();

    await page.getByRole('heading', { level: 1, name: 'Se connecter avec un compte de démonstration' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    // The demo accounts, with their parts and roles.
    const helene = page.getByRole('button', { name: /Hélène Marchand.*membre du comité de pilotage/ });
    await helene.waitFor();
    await page.getByRole('button', { name: /Nadia Rahmani \(nadia\) — administration/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel(/^Identifiant/).fill('inconnue');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByText('Aucun compte de démonstration ne s’appelle « inconnue »').waitFor();
    expect(await page.getByLabel(/^Identifiant/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.content()).not.toMatch(/oops|something went wrong/i);
    await expectAccessible(page);

    // The next attempt works: one click on a listed account.
    await page.getByRole('button', { name: /Claire Le Goff/ }).click();
    await page.waitForURL(`${baseUrl()}/groupes`);
    await header.getByText('Claire Le Goff').first().waitFor();
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('lists the site’s pages from the footer’s « Plan du site »', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Plan du site' }).click();
    await page.waitForURL(`${baseUrl()}/plan-du-site`);
    await page.getByRole('heading', { level: 1, name: 'Plan du site' }).waitFor();
    const main = page.getByRole('main');
    for (const name of ['Groupes', 'Propositions', 'Journal des actes', 'Mentions légales', 'Domaines']) {
      await main.getByRole('link', { name, exact: true }).waitFor();
    }
    await expectAccessible(page);
    await main.getByRole('link', { name: 'Groupes', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/groupes`);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('writes Markdown from the editor’s toolbar, around the selection, from the keyboard too', async () => {
    const { page, consoleErrors } = await signedIn(browser, 'claire');
    // Nothing is saved: the demo group is only the editor's context.
    await page.goto(`${baseUrl()}/propositions/nouvelle?groupe=distributions-libres-ecoles`);
    const body = page.getByLabel(/^Texte/);
    await body.fill('Un socle libre');
    await body.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(3, 8));
    const toolbar = page.getByRole('toolbar', { name: 'Mise en forme du texte' });
    await toolbar.getByRole('button', { name: 'Gras' }).click();
    await valueBecomes(body, 'Un **socle** libre');

    // One tab stop, arrows between the buttons: « Titre de section » then the heading syntax on the line.
    await toolbar.getByRole('button', { name: 'Gras' }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await valueBecomes(body, '## Un **socle** libre');
    await expectAccessible(page);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator create a domain, then a committee for it (journey 5)', async () => {
    const { page, consoleErrors } = await signedIn(browser, 'nadia');
    const suffix = Date.now().toString(36);
    await page.goto(`${baseUrl()}/administration/domaines`);
    await page.getByRole('heading', { level: 1, name: 'Domaines' }).waitFor();
    await page.getByRole('heading', { name: 'Créer un domaine' }).waitFor();
    await expectAccessible(page);
    // A taken address is refused in French, and what was typed stays.
    await page.getByLabel(/^Nom/).fill(`Données ouvertes ${suffix}`);
    await page.getByLabel(/^Identifiant d’adresse/).fill('logiciels-libres');
    await page.getByRole('button', { name: 'Créer le domaine' }).click();
    await page.getByText('L’adresse « logiciels-libres » est déjà celle d’un autre domaine').waitFor();
    await page.getByLabel(/^Identifiant d’adresse/).fill(`donnees-ouvertes-${suffix}`);
    await page.getByRole('button', { name: 'Créer le domaine' }).click();
    await page.getByText(`Le domaine « Données ouvertes ${suffix} » est créé`).waitFor();
    await page.getByRole('main').getByText(`/donnees-ouvertes-${suffix}`).waitFor();

    // The committee, with Hélène as its first facilitator, chosen from the directory.
    await page.goto(`${baseUrl()}/administration/groupes/nouveau`);
    await page.getByLabel('Rechercher une personne').fill('Hélène');
    await setChecked(page.getByRole('radio', { name: /Hélène Marchand/ }));
    await page.getByText('Personne choisie : Hélène Marchand').waitFor();
    await page.getByLabel(/^Domaine/).selectOption({ label: `Données ouvertes ${suffix}` });
    await setChecked(page.getByRole('radio', { name: 'Comité de pilotage' }));
    await page.getByLabel(/^Nom/).fill(`Comité des données ouvertes ${suffix}`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Créer le comité' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/groupes/comite-des-donnees-ouvertes'));
    await page.getByRole('heading', { level: 1, name: `Comité des données ouvertes ${suffix}` }).waitFor();
    const facilitators = await page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: `query ($slug: String!) { group(slug: $slug) { domain { slug } members(first: 10) { nodes { role user { displayName } } } } }`,
        variables: { slug: new URL(page.url()).pathname.split('/')[2] },
      },
    });
    const { group } = ((await facilitators.json()) as { data: { group: GroupMembers } }).data;
    expect(group.domain.slug).toBe(`donnees-ouvertes-${suffix}`);
    expect(group.members.nodes).toEqual([{ role: 'facilitator', user: { displayName: 'Hélène Marchand' } }]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('reads the journal on a phone, each entry linked to what it concerns, with its CSV export', async () => {
    const { page, consoleErrors } = await newPage(browser, { width: 390 });
    await page.goto(`${baseUrl()}/connexion`);
    await signInAs(page, 'nadia');
    await page.goto(`${baseUrl()}/journal?acte=proposal_created`);
    await page.getByRole('heading', { level: 1, name: 'Journal des actes de gouvernance' }).waitFor();
    const firstRow = page.locator('tbody tr').first();
    await firstRow.waitFor();
    // One block per entry, each cell headed by its column.
    expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await firstRow.locator('td').first().getAttribute('data-label')).toBe('Date');
    const proposal = firstRow.getByRole('link', { name: /^Proposition « / });
    await proposal.waitFor();
    expect(await proposal.getAttribute('href')).toMatch(/^\/propositions\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toBe(
      '/journal/export.csv?action=proposal_created',
    );
    await expectAccessible(page);
    await proposal.click();
    await page.waitForURL((url) => url.pathname.startsWith('/propositions/'));
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('has the demo data right: journey 1’s proposal, and the organisations’ types', async () => {
    const { page } = await signedIn(browser, 'nadia');
    const answer = await page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: `{
          group(slug: "logiciels-libres-au-college") {
            proposals(filter: { search: "socle salles technologie" }) { nodes { title state authors { user { displayName } } } }
          }
          canope: organisations(search: "Canopé") { nodes { name type } }
          rennes: organisations(search: "Université de Rennes") { nodes { name type } }
        }`,
      },
    });
    const { data } = (await answer.json()) as { data: DemoData };
    expect(data.group.proposals.nodes).toContainEqual({
      title: 'Un socle de logiciels libres pour les salles de technologie',
      state: 'draft',
      authors: [{ user: { displayName: 'Claire Le Goff' } }],
    });
    expect(data.canope.nodes).toEqual([{ name: 'Réseau Canopé', type: 'operator' }]);
    expect(data.rennes.nodes).toEqual([{ name: 'Université de Rennes', type: 'university' }]);
    await page.context().close();
  });
});
