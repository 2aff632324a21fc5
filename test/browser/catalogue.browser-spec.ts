import { randomBytes } from 'node:crypto';
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
import { asAdministrator } from './own-data';

/** A suffix that no other test, nor an earlier run of this one, gives its data. */
const suffix = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** GraphQL through a signed-in page's own session, as the page itself would send it. */
function graphqlAs(page: Page): Graphql {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`set-up refused: ${query} ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

const createCommon = `mutation ($input: CommonInput!) { createCommon(input: $input) { id slug name } }`;

/**
 * Checks a facet's value by its label, as a person does; the box shows checked once the address holds the choice,
 * which the list then follows.
 */
async function checkFacet(input: Locator) {
  const id = await input.getAttribute('id');
  await input.page().locator(`label[for="${id}"]`).click();
  await input.page().waitForFunction((inputId) => (document.getElementById(inputId!) as HTMLInputElement).checked, id);
}

interface Fixtures {
  resource: { id: string; slug: string; name: string };
  software: { id: string; slug: string; name: string };
  users: string[];
}

/**
 * This file's own commons, made through the API as people would: Claire's resource « Exercices de géométrie » for
 * cycle 4 under CC-BY-SA-4.0, and a software that three organisations (those of demo accounts: the organisations are
 * made by their people's first sign-in) declare they use, declared by the administrator.
 */
async function makeFixtures(browser: Browser): Promise<Fixtures> {
  const claire = await signedIn(browser, 'claire');
  const asClaire = graphqlAs(claire.page);
  const { domains } = await asClaire<{ domains: { id: string; slug: string }[] }>('{ domains { id slug } }');
  const domainId = (slug: string) => domains.find((domain) => domain.slug === slug)!.id;
  const { scolomfrConcepts } = await asClaire<{ scolomfrConcepts: { uri: string; label: string }[] }>(
    '{ scolomfrConcepts(vocabulary: "022") { uri label } }',
  );
  const cycle4 = scolomfrConcepts.find((concept) => /cycle 4/i.test(concept.label))!;
  const { createCommon: resource } = await asClaire<{ createCommon: Fixtures['resource'] }>(createCommon, {
    input: {
      kind: 'educational_resource',
      name: `Exercices de géométrie pour le cycle 4 ${suffix}`,
      summary: 'Des exercices de géométrie plane corrigés, à projeter ou à imprimer.',
      description: 'Triangles, symétries et théorème de Pythagore, avec leurs corrigés.',
      domainId: domainId('ressources-educatives-libres'),
      licence: 'CC-BY-SA-4.0',
      scolomfrUris: [cycle4.uri],
    },
  });
  await claire.page.context().close();

  const nadia = await newPage(browser);
  await signInAs(nadia.page, 'nadia');
  const asNadia = graphqlAs(nadia.page);
  const { createCommon: software } = await asNadia<{ createCommon: Fixtures['software'] }>(createCommon, {
    input: {
      kind: 'software',
      name: `Générateur d’exercices de géométrie ${suffix}`,
      summary: 'Un logiciel libre qui génère des exercices de géométrie et leurs corrigés.',
      description: 'Il tourne dans le navigateur ; les enseignants choisissent les notions et le niveau.',
      domainId: domainId('logiciels-libres'),
      licence: 'AGPL-3.0-or-later',
      repositories: [
        { url: `https://forge.apps.education.fr/geometrie/generateur-${suffix}`, role: 'source' },
        {
          url: `https://github.com/geometrie/generateur-${suffix}`,
          role: 'mirror',
          mirrorOfUrl: `https://forge.apps.education.fr/geometrie/generateur-${suffix}`,
        },
      ],
    },
  });
  const users: string[] = [];
  // The organisations of Aïcha, Yann and Claire, made by their first sign-in.
  for (const name of ['Réseau Canopé', 'Université de Rennes', 'Collège Anne de Bretagne (Rennes)']) {
    const { organisations } = await asNadia<{ organisations: { nodes: { id: string; name: string }[] } }>(
      'query ($search: String!) { organisations(search: $search, first: 5) { nodes { id name } } }',
      { search: name },
    );
    const organisation = organisations.nodes.find((candidate) => candidate.name === name)!;
    await asNadia(
      'mutation ($c: ID!, $o: ID!, $n: Int) { declareCommonUsage(commonId: $c, organisationId: $o, userCount: $n) { id } }',
      { c: software.id, o: organisation.id, n: 120 },
    );
    users.push(organisation.name);
  }
  await nadia.page.context().close();
  return { resource, software, users };
}

/**
 * Journey 6: a visitor finds a resource and a software by a misspelt search from the header, filters the catalogue by
 * level and licence, reads the licence explained and who uses the software, downloads its publiccode.yml; Claire
 * publishes a resource, told which licence fits and why, with Karim as co-maintainer; the académie de Rennes declares
 * « nous l’utilisons »; Claire names and removes the maintainers of her resource and links a decision to it; the
 * exported publiccode.yml imported back updates the same entry. axe on every new page.
 */
describe('the commons catalogue in Chromium', () => {
  let browser: Browser;
  let fixtures: Fixtures;
  beforeAll(async () => {
    browser = await launchChromium();
    fixtures = await makeFixtures(browser);
  });
  afterAll(() => browser.close());

  it('lets a visitor find a resource and a software from the header by a misspelt search', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    // The header's one search box, opened by its button on a narrow screen, typed in directly on a wide one.
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill('exercices de géometrie');
    await box.press('Enter');
    await page.waitForURL(/\/recherche\?q=exercices/);
    await page.getByRole('heading', { level: 1, name: 'Rechercher dans Ouvroir' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /résultats?$/ })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: fixtures.resource.name }).waitFor();
    await page.getByRole('link', { name: fixtures.software.name }).waitFor();
    expect(await page.locator('main mark').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: fixtures.resource.name }).click();
    await page.getByRole('heading', { level: 1, name: fixtures.resource.name }).waitFor();
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });

  it('lets a visitor filter the catalogue by level and licence, read the licence explained, who uses a software, and its publiccode.yml', async () => {
    const { page, consoleErrors } = await newPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Communs' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Catalogue des communs numériques' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await checkFacet(
      page
        .getByRole('group', { name: /^Niveau/ })
        .getByRole('checkbox', { name: /cycle 4/i })
        .first(),
    );
    await page.waitForURL(/niveau=/);
    // The counts of the other facets change with the level: the next choice is made once they are there.
    await page.getByText('Recherche en cours…').waitFor({ state: 'hidden' });
    await checkFacet(page.getByRole('group', { name: 'Licence' }).getByRole('checkbox', { name: /^CC-BY-SA-4\.0/ }));
    await page.waitForURL(/licence=CC-BY-SA-4\.0/);
    const card = page.getByRole('link', { name: fixtures.resource.name });
    await card.waitFor();
    expect(await page.getByRole('link', { name: fixtures.software.name }).count()).toBe(0);
    // The filters are in the address: the back button takes the licence off.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('licence='));
    await page.goForward();
    await card.click();

    await page.getByRole('heading', { level: 1, name: fixtures.resource.name }).waitFor();
    const licence = page.getByRole('region', { name: 'Licence' });
    await licence.getByText('C’est une licence ouverte').waitFor();
    await licence.getByText('Conseillée pour une ressource d’enseignant').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/communs/${fixtures.software.slug}`);
    const usages = page.getByRole('region', { name: 'Qui l’utilise' });
    for (const organisation of fixtures.users) await usages.getByRole('link', { name: organisation }).waitFor();
    await page
      .getByRole('region', { name: 'Dépôts de code et de sources' })
      .getByText('(GitHub, miroir public)')
      .waitFor();
    const href = await page.getByRole('link', { name: 'Télécharger son publiccode.yml' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, baseUrl()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/yaml/);
    const publiccode = await response.text();
    expect(publiccode).toContain(fixtures.software.name);
    expect(publiccode).toContain('usedBy');
    expect(publiccode).not.toMatch(/@/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });

  it('tells Claire which licence fits her resource and why, and publishes it with Karim as co-maintainer', async () => {
    const { page, consoleErrors } = await signedIn(browser, 'claire');
    await page.goto(`${baseUrl()}/communs/nouveau`);
    await page.getByRole('heading', { level: 1, name: 'Publier un commun' }).waitFor();
    await page.getByLabel('Type de commun').selectOption('educational_resource');
    const licence = page.getByRole('group', { name: /^Licence/ });
    await licence.getByText('Conseillée pour une ressource d’enseignant').waitFor();
    await page.getByText('Un travail fait pour le service public').waitFor();
    await page.getByRole('button', { name: 'Ce que dit la loi, en bref' }).click();
    await page.getByText(/Exception importante pour les enseignants/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const name = `Fractions en images ${suffix}`;
    await page.getByLabel('Nom', { exact: true }).fill(name);
    await page.getByLabel(/^Résumé/).fill('Des cartes pour comprendre les fractions, à imprimer.');
    await page.getByLabel(/^Présentation/).fill('Quarante cartes illustrées, avec leur fiche pour l’enseignant.');
    await page.getByLabel('Domaine', { exact: true }).selectOption({ label: 'Ressources éducatives libres' });
    await setChecked(licence.getByRole('radio', { name: /CC-BY-SA-4\.0/ }));
    await setChecked(
      page
        .getByRole('group', { name: 'Niveaux' })
        .getByRole('checkbox', { name: /cycle 4/i })
        .first(),
    );
    await page.getByLabel(/^Rechercher une personne/).fill('Karim');
    await setChecked(page.getByRole('radio', { name: /Karim/ }));
    await page.getByRole('button', { name: /^Ajouter Karim/ }).click();
    await page.getByRole('button', { name: 'Publier le commun' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    const maintainers = page.getByRole('region', { name: 'Mainteneurs' });
    // Each named in the list (the buttons beside them name them too, to remove them).
    await maintainers
      .getByRole('listitem')
      .filter({ hasText: /^Claire/ })
      .waitFor();
    await maintainers
      .getByRole('listitem')
      .filter({ hasText: /^Karim/ })
      .waitFor();
    await page.getByRole('region', { name: 'Licence' }).getByText('CC-BY-SA-4.0', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });

  it('lets someone of the académie de Rennes declare « nous l’utilisons », shown on the organisation’s page', async () => {
    const { page, consoleErrors } = await signedIn(browser, 'samir');
    await page.goto(`${baseUrl()}/communs/${fixtures.software.slug}`);
    await page.getByRole('heading', { level: 1, name: fixtures.software.name }).waitFor();
    await page.getByLabel(/^Nombre d’utilisateurs/).fill('2500');
    await page.getByRole('button', { name: 'Nous l’utilisons' }).click();
    const rennes = page
      .getByRole('region', { name: 'Qui l’utilise' })
      .getByRole('link', { name: 'Académie de Rennes' });
    await rennes.waitFor();
    await page.getByText(/2\s500 utilisateurs/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await rennes.click();
    await page.getByRole('heading', { level: 1, name: 'Académie de Rennes' }).waitFor();
    await page
      .getByRole('region', { name: 'Communs qu’elle utilise' })
      .getByRole('link', { name: fixtures.software.name })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });

  it('lets Claire name and remove the maintainers of her resource, never the last, and link a decision by its address', async () => {
    const nadia = await asAdministrator(browser);
    const group = await nadia.group({ name: 'Ressources de géométrie', visibility: 'public' });
    const title = `Publier les exercices de géométrie sous CC-BY-SA ${suffix}`;
    const proposalId = await nadia.proposal(group.id, title, ['submit_for_discussion']);
    await nadia.close();

    const { page, consoleErrors } = await signedIn(browser, 'claire');
    await page.goto(`${baseUrl()}/communs/${fixtures.resource.slug}`);
    await page.getByRole('heading', { level: 1, name: fixtures.resource.name }).waitFor();
    const maintainers = page.getByRole('region', { name: 'Mainteneurs' });
    const listed = (name: RegExp) =>
      maintainers.getByRole('list').first().getByRole('listitem').filter({ hasText: name });

    await maintainers.getByLabel(/^Rechercher une personne/).fill('Karim');
    await setChecked(maintainers.getByRole('radio', { name: /^Karim/ }));
    await maintainers.getByRole('button', { name: /^Ajouter Karim .* aux mainteneurs$/ }).click();
    await listed(/^Karim/).waitFor();
    await maintainers.getByLabel(/^Rechercher une structure/).fill('Réseau Canopé');
    await setChecked(maintainers.getByRole('radio', { name: 'Réseau Canopé', exact: true }));
    await maintainers.getByRole('button', { name: 'Ajouter Réseau Canopé aux mainteneurs', exact: true }).click();
    await listed(/^Réseau Canopé/)
      .getByRole('link', { name: 'Réseau Canopé', exact: true })
      .waitFor();
    await page.getByText('Réseau Canopé fait désormais partie des mainteneurs.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await maintainers.getByRole('button', { name: /^Retirer Karim .* des mainteneurs$/ }).click();
    await listed(/^Karim/).waitFor({ state: 'detached' });
    await maintainers.getByRole('button', { name: 'Retirer Réseau Canopé des mainteneurs', exact: true }).click();
    await listed(/^Réseau Canopé/).waitFor({ state: 'detached' });
    // Claire is the last one: the API refuses, and the page says why.
    await maintainers.getByRole('button', { name: /^Retirer Claire .* des mainteneurs$/ }).click();
    await maintainers.getByText(/Un commun garde au moins un mainteneur/).waitFor();
    await listed(/^Claire/).waitFor();

    const decisions = page.getByRole('region', { name: 'Décisions qui le concernent' });
    const address = decisions.getByLabel(/^Adresse ou identifiant de la proposition/);
    // Bad input: an address without a proposal's identifier, refused by the form itself.
    await address.fill(`${baseUrl()}/propositions/`);
    await decisions.getByRole('button', { name: 'Relier la proposition', exact: true }).click();
    await decisions.getByText(/Collez l’adresse d’une proposition/).waitFor();
    await address.fill(`${baseUrl()}/propositions/${proposalId}`);
    await decisions.getByRole('button', { name: 'Relier la proposition', exact: true }).click();
    await decisions.getByRole('link', { name: title, exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await decisions.getByRole('button', { name: `Délier « ${title} »`, exact: true }).click();
    await decisions.getByRole('link', { name: title, exact: true }).waitFor({ state: 'detached' });
    await decisions.getByText('Aucune proposition ne le concerne pour l’instant.').waitFor();
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });

  it('imports back the exported publiccode.yml into the same entry', async () => {
    const { page, consoleErrors } = await signedIn(browser, 'nadia');
    const exported = await (
      await page.request.get(`${baseUrl()}/communs/${fixtures.software.slug}/publiccode.yml`)
    ).text();
    await page.goto(`${baseUrl()}/communs/importer`);
    await page.getByRole('heading', { level: 1, name: 'Importer un publiccode.yml' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Contenu du publiccode\.yml/).fill(exported);
    await page.getByLabel(/^Domaine du commun/).selectOption({ label: 'Logiciels libres' });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Fichier importé' }).waitFor();
    const entry = page.getByRole('link', { name: fixtures.software.name });
    expect(await entry.getAttribute('href')).toBe(`/communs/${fixtures.software.slug}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const { commons } = await graphqlAs(page)<{ commons: { nodes: { slug: string; name: string }[] } }>(
      'query { commons(first: 100, filter: { kinds: [software] }) { nodes { slug name } } }',
    );
    expect(commons.nodes.filter((common) => common.name === fixtures.software.name)).toHaveLength(1);

    // A refusal says why in French: a text that is not YAML.
    await page.getByLabel(/^Contenu du publiccode\.yml/).fill('name: [ouvert\nurl: https://exemple.fr');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText(/n’est pas du YAML lisible \(ligne /).waitFor();
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
  });
});
