import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  newPage,
  ouvroirErrors,
  seriousAccessibilityViolations,
  setChecked,
  signedIn,
} from '../support/browser';
import { asAdministrator, OwnGroup } from './own-data';

const PROPOSAL = 'Des logiciels libres pour les CDI';

/** A `datetime-local` value in the browser's own time zone, `minutes` from now. */
const localDateTime = (page: Page, minutes: number) =>
  page.evaluate((offset) => {
    const date = new Date(Date.now() + offset * 60_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, minutes);

/** A block of the home page, by its heading. */
const block = (page: Page, heading: string) => page.getByRole('region', { name: new RegExp(`^${heading}`) });

/**
 * Journey 9, « each person's home page shows what waits for them »: Hélène finds the proposal submitted to her
 * committee on its agenda and puts it to the vote from there; Marc's home page lists the ballot to cast; Samir's, the
 * join request Karim sent to his group; the public's shows the programme. The groups and the proposal are this file's
 * own; the demo data is only read.
 */
describe('the home page in Chromium', () => {
  let browser: Browser;
  let committee: OwnGroup;
  let workingGroup: OwnGroup;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    committee = await nadia.group({
      name: 'Comité de pilotage des CDI',
      kind: 'committee',
      facilitator: 'helene',
      visibility: 'members',
      joinPolicy: 'invitation',
      members: [
        ['marc', 'voter'],
        ['aicha', 'voter'],
      ],
    });
    // Facilitated by Nadia, who drafts the proposal and submits it, and by Samir.
    workingGroup = await nadia.group({
      name: 'Logiciels libres des CDI',
      committeeId: committee.id,
      joinPolicy: 'request',
      members: [['samir', 'facilitator']],
    });
    await nadia.proposal(workingGroup.id, PROPOSAL, ['submit_for_discussion', 'finalise']);
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('shows each person what waits for them: the agenda’s proposal to put to the vote, the ballot, the join request', async () => {
    const helene = await signedIn(browser, 'helene');
    let page = helene.page;
    await block(page, 'Propositions soumises à vos comités').getByRole('link', { name: PROPOSAL }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/groupes/${committee.slug}?onglet=scrutins`);
    const agenda = page.getByRole('region', { name: 'Propositions à mettre au vote' });
    await agenda.getByRole('link', { name: PROPOSAL, exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await agenda.getByRole('link', { name: `Mettre au vote « ${PROPOSAL} »` }).click();
    await page.getByRole('heading', { level: 1, name: 'Mettre une proposition au vote' }).waitFor();
    expect(await page.getByLabel(/^Titre/).inputValue()).toBe(PROPOSAL);
    await setChecked(page.getByRole('radio', { name: /^Majorité simple/ }));
    await page.getByLabel(/^Clôture/).fill(await localDateTime(page, 60));
    await page.getByRole('button', { name: 'Créer le scrutin' }).click();
    await page.waitForURL(/\/scrutins\/[0-9a-f-]{36}$/);
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);
    await page.context().close();

    const marc = await signedIn(browser, 'marc');
    page = marc.page;
    const ballots = block(page, 'Bulletins à déposer');
    await ballots.getByRole('link', { name: PROPOSAL }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await ballots.getByRole('link', { name: PROPOSAL }).click();
    await page.getByRole('form', { name: 'Voter', exact: true }).waitFor();
    expect(ouvroirErrors(marc.consoleErrors)).toEqual([]);
    await page.context().close();

    const karim = await signedIn(browser, 'karim');
    const asked = await karim.page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'mutation ($g: ID!) { requestToJoinGroup(groupId: $g, message: "Bonjour") { status } }',
        variables: { g: workingGroup.id },
      },
    });
    expect(await asked.json()).toEqual({ data: { requestToJoinGroup: { status: 'pending' } } });
    await karim.page.context().close();

    const samir = await signedIn(browser, 'samir');
    page = samir.page;
    const requests = block(page, 'Demandes d’adhésion à examiner');
    await requests.getByRole('listitem').filter({ hasText: workingGroup.name }).getByText('1 demande').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await requests.getByRole('link', { name: workingGroup.name }).click();
    await page.getByRole('tab', { name: 'Demandes', selected: true }).waitFor();
    await page.getByRole('row', { name: /Karim/ }).waitFor();
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('shows the public the programme: latest decisions, groups to join, and a call to sign in', async () => {
    const visitor = await newPage(browser);
    const page = visitor.page;
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Ouvroir, l’atelier du libre en éducation' }).waitFor();
    await page.getByRole('link', { name: 'S’identifier' }).first().waitFor();
    await block(page, 'Les dernières décisions').getByRole('link').first().waitFor();
    await block(page, 'Des groupes à rejoindre').getByRole('link').first().waitFor();
    await page.getByRole('region', { name: 'Les domaines du programme' }).getByRole('link').first().waitFor();
    expect(await block(page, 'Bulletins à déposer').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(visitor.consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
