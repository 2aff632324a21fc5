import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { baseUrl, launchChromium, ouvroirErrors, seriousAccessibilityViolations, signedIn } from '../support/browser';

const ADOPTED = 'Migrer les postes des écoles pilotes';

/**
 * Journey 8, Claire's part: she turns her profile public (off until then) and finds on it her adopted proposal (demo
 * data) and the resource she maintains (this file's own), and herself credited on her organisation's page; Samir, who facilitates the group of that proposal, attests her
 * contribution from her profile, and the attestation is listed there.
 */
describe('recognition in Chromium', () => {
  let browser: Browser;
  const resource = `Fiches de technologie ${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('Claire opens her public profile; Samir attests her contribution on it', async () => {
    const claire = await signedIn(browser, 'claire');
    let page = claire.page;
    const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
      const body = (await response.json()) as { data?: Record<string, { id: string }[] | { id: string }> };
      if (!body.data) throw new Error(`set-up refused: ${JSON.stringify(body)}`);
      return body.data;
    };
    const { domain } = (await graphql('{ domain(slug: "ressources-educatives-libres") { id } }')) as {
      domain: { id: string };
    };
    await graphql('mutation ($input: CommonInput!) { createCommon(input: $input) { id } }', {
      input: {
        kind: 'educational_resource',
        name: resource,
        summary: 'Des fiches pour le cycle 4.',
        domainId: domain.id,
        licence: 'CC-BY-SA-4.0',
      },
    });

    await page.goto(`${baseUrl()}/profil`);
    const toggle = page.getByRole('checkbox', { name: /Rendre mon profil public/ });
    await toggle.waitFor();
    // Off by default, and it says what opening it makes public.
    expect(await toggle.isChecked()).toBe(false);
    await page.getByText(/^Fermé par défaut\. Ouvert, il montre à tous, sans compte/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The switch shows the saved choice: it turns on once the API has recorded it.
    await page.locator(`label[for="${await toggle.getAttribute('id')}"]`).click();
    await page.getByText('Votre profil public est ouvert.').waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Voir mon profil public' }).click();
    await page.waitForURL(/\/contributeurs\/[0-9a-f-]{36}$/);
    const profileUrl = page.url();
    const adopted = page.getByRole('region', { name: 'Propositions adoptées' });
    await adopted.getByRole('link', { name: ADOPTED }).waitFor();
    await page.getByRole('region', { name: 'Communs maintenus' }).getByRole('link', { name: resource }).waitFor();
    await page.getByRole('region', { name: 'Évaluations rendues' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!;

    // Her organisation's page credits her, now that her profile is public.
    const { contributor } = (await graphql('query ($id: ID!) { contributor(id: $id) { organisationName } }', {
      id: profileUrl.split('/').pop(),
    })) as unknown as { contributor: { organisationName: string } };
    await page.getByRole('main').getByRole('link', { name: contributor.organisationName, exact: true }).click();
    await page.waitForURL(/\/structures\/[0-9a-f-]{36}$/);
    const contributors = page.getByRole('region', { name: 'Contributeurs', exact: true });
    await contributors.getByRole('link', { name, exact: true }).waitFor();
    await contributors
      .getByText(/propositions? adoptées?/)
      .first()
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
    await page.context().close();

    const samir = await signedIn(browser, 'samir');
    page = samir.page;
    await page.goto(profileUrl);
    const form = page.getByRole('region', { name: 'Attester une contribution' });
    await form.getByLabel(/^Motif/).fill('A porté la migration des écoles pilotes jusqu’au comité.');
    await form.getByRole('button', { name: 'Attester' }).click();
    await page.getByText(/La contribution de Claire .* est attestée\./).waitFor();
    const attestations = page.getByRole('region', { name: /Attestations « contribution reconnue »/ });
    await attestations.getByText('A porté la migration des écoles pilotes jusqu’au comité.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
