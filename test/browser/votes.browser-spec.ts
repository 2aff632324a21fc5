import { Client } from 'pg';
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

const DEMO_COMMITTEE = 'copil-logiciels-libres';
const PROPOSAL = 'Un annuaire des logiciels libres recommandés au collège';
const OPEN_DEMO_VOTE = 'Former les référents numériques aux logiciels libres';

/** The proposal's state badge, beside its title. */
const stateBadge = (page: Page, state: string) => page.locator('main .fr-badge', { hasText: state }).first();

/** A `datetime-local` value in the browser's own time zone, `minutes` from now. */
const localDateTime = (page: Page, minutes: number) =>
  page.evaluate((offset) => {
    const date = new Date(Date.now() + offset * 60_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, minutes);

/** Sends the new-vote form filled in: the vote's page opens. */
async function createVote(page: Page) {
  await page.getByRole('button', { name: 'Créer le scrutin' }).click();
  await page.waitForURL(/\/scrutins\/[0-9a-f-]{36}$/);
  return { voteUrl: page.url(), voteId: page.url().split('/').pop()! };
}

/** Checks a choice in a ballot form, and casts it. */
async function castBallot(page: Page, form: string, choice: string, submit: string) {
  const ballot = page.getByRole('form', { name: form, exact: true });
  await setChecked(ballot.getByRole('radio', { name: choice, exact: true }));
  await ballot.getByRole('button', { name: submit }).click();
}

/** What the clock would do: the vote's closing time arrives now (the database's clock decides). */
async function closeNow(voteId: string) {
  const client = new Client({ connectionString: process.env.OUVROIR_BROWSER_DATABASE_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

/**
 * Issue 6, journey 3 « The committee decides »: Hélène puts a proposal submitted to her committee to the vote, Aïcha
 * gives Marc her proxy, Marc votes for himself and for her, Claire votes against; only the turnout shows until the vote
 * closes, then the result, the ledger and the published ballots, where Marc finds his with his receipt. The committee,
 * its working group and the proposal are this file's own, made as the demo's are; the demo committee is only read.
 */
describe('votes in Chromium', () => {
  let browser: Browser;
  let committee: OwnGroup;
  let workingGroup: OwnGroup;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    committee = await nadia.group({
      name: 'Comité de pilotage — Logiciels libres',
      kind: 'committee',
      facilitator: 'helene',
      visibility: 'members',
      joinPolicy: 'invitation',
      members: [
        ['marc', 'voter'],
        ['aicha', 'voter'],
        ['claire', 'voter'],
      ],
    });
    // Facilitated by Nadia, who drafts the proposal and submits it to the committee.
    workingGroup = await nadia.group({ name: 'Logiciels libres au collège', committeeId: committee.id });
    await nadia.proposal(workingGroup.id, PROPOSAL, ['submit_for_discussion', 'finalise']);
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('lets the committee vote on a proposal, with a proxy and a secret ballot, and publishes the result', async () => {
    const helene = await signedIn(browser, 'helene');
    let page = helene.page;
    await page.goto(`${baseUrl()}/groupes/${workingGroup.slug}?onglet=propositions`);
    await page.getByRole('link', { name: PROPOSAL }).click();
    await page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    const proposalUrl = page.url();
    await stateBadge(page, 'Soumise au comité').waitFor();
    await page.getByRole('link', { name: 'Mettre au vote' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mettre une proposition au vote' }).waitFor();
    expect(await page.getByLabel(/^Titre/).inputValue()).toBe(PROPOSAL);
    await setChecked(page.getByRole('radio', { name: /^Majorité simple/ }));
    await page.getByLabel(/^Quorum/).fill('50');
    expect(await page.getByRole('checkbox', { name: /^Scrutin secret/ }).isChecked()).toBe(true);
    await page.getByLabel(/^Clôture/).fill(await localDateTime(page, 60));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const { voteUrl, voteId } = await createVote(page);
    await page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
    await page.getByText('0 votant sur 3').waitFor();
    await page.getByRole('button', { name: 'Annuler le scrutin' }).waitFor();

    await page.goto(proposalUrl);
    await stateBadge(page, 'Au vote').waitFor();
    await page.getByRole('region', { name: 'Scrutins' }).getByRole('link', { name: PROPOSAL }).waitFor();
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);

    const aicha = await signedIn(browser, 'aicha');
    page = aicha.page;
    await page.goto(voteUrl);
    await page.getByRole('heading', { level: 2, name: 'Votre bulletin' }).waitFor();
    await page.getByLabel('Votant à qui donner procuration').selectOption({ label: 'Marc Dupuis' });
    await page.getByRole('button', { name: 'Donner procuration' }).click();
    await page.getByText('Vous avez donné procuration à Marc Dupuis.').waitFor();
    await page.getByRole('button', { name: 'Révoquer la procuration' }).waitFor();
    expect(await page.getByRole('form', { name: 'Voter', exact: true }).count()).toBe(0);
    expect(ouvroirErrors(aicha.consoleErrors)).toEqual([]);

    const marc = await signedIn(browser, 'marc');
    page = marc.page;
    await page.goto(voteUrl);
    await page.getByRole('form', { name: 'Voter', exact: true }).waitFor();
    await page.getByText('Aïcha Diallo vous a donné procuration.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await castBallot(page, 'Voter', 'Pour', 'Déposer mon bulletin');
    await page.getByRole('heading', { name: 'Votre reçu' }).waitFor();
    const receipt = (await page.locator('[data-receipt]').textContent())!.trim();
    expect(receipt.length).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Copier le reçu' }).waitFor();
    await castBallot(page, 'Voter pour Aïcha Diallo', 'Pour', 'Déposer le bulletin d’Aïcha Diallo');
    await page.getByRole('heading', { name: 'Reçu du bulletin d’Aïcha Diallo' }).waitFor();
    await page.getByText('Le bulletin d’Aïcha Diallo est dans l’urne.').first().waitFor();
    // During the vote, a receipt only says that the ballot is in the ballot box.
    await page.getByRole('region', { name: 'Retrouver mon bulletin' }).getByLabel(/^Reçu/).fill(receipt);
    await page.getByRole('button', { name: 'Retrouver mon bulletin' }).click();
    await page.getByText('Votre bulletin est bien dans l’urne.', { exact: false }).waitFor();

    const claire = await signedIn(browser, 'claire');
    page = claire.page;
    await page.goto(voteUrl);
    await castBallot(page, 'Voter', 'Contre', 'Déposer mon bulletin');
    await page.getByRole('heading', { name: 'Votre reçu' }).waitFor();
    await page.getByText('3 votants sur 3').waitFor();
    expect(await page.getByRole('heading', { name: 'Résultat' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
    await page.context().close();

    await closeNow(voteId);
    page = marc.page;
    // The first read after the closing time counts the ballots.
    await page.goto(voteUrl);
    const results = page.getByRole('region', { name: 'Résultat' });
    await results.getByText('Adoptée', { exact: true }).waitFor();
    const rows = await results
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim())),
      );
    expect(rows.map(([choice, count]) => [choice, count])).toEqual([
      ['Pour', '2'],
      ['Contre', '1'],
      ['Abstention', '0'],
    ]);
    await page.getByRole('region', { name: 'Bulletins publiés' }).getByText('3 bulletins publiés').waitFor();
    await page.getByRole('region', { name: 'Retrouver mon bulletin' }).getByLabel(/^Reçu/).fill(receipt);
    await page.getByRole('button', { name: 'Retrouver mon bulletin' }).click();
    await page.getByText('Bulletin trouvé : Pour.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const href = await page.getByRole('link', { name: /^Télécharger le registre \(JSON\)/ }).getAttribute('href');
    const response = await page.request.get(new URL(href!, baseUrl()).toString());
    expect(response.ok()).toBe(true);
    const ledger = (await response.json()) as { finalHash: string };
    expect(ledger.finalHash).toMatch(/\S{16,}/);
    await page.getByRole('region', { name: 'Registre du scrutin' }).getByText(ledger.finalHash).waitFor();

    await page.goto(proposalUrl);
    await stateBadge(page, 'Adoptée').waitFor();
    expect(ouvroirErrors(marc.consoleErrors)).toEqual([]);
    await marc.page.context().close();
    await aicha.page.context().close();
    await helene.page.context().close();
  });

  it('lets the committee grade options by majority judgment in a public vote, and publishes the ranking', async () => {
    const title = 'Le logiciel libre de l’année';
    const gradeNames = ['Excellent', 'Très bien', 'Bien', 'Assez bien', 'Passable', 'Insuffisant', 'À rejeter'];
    /** Gives each option its grade in a ballot form's grid, and sends the ballot. */
    const gradeOptions = async (page: Page, form: string, given: [string, string][], submit: string) => {
      const ballot = page.getByRole('form', { name: form, exact: true });
      for (const [option, grade] of given) {
        await setChecked(
          ballot
            .getByRole('group', { name: new RegExp(`^Votre mention pour ${option}`) })
            .getByRole('radio', { name: grade, exact: true }),
        );
      }
      await ballot.getByRole('button', { name: submit }).click();
    };

    const helene = await signedIn(browser, 'helene');
    let page = helene.page;
    await page.goto(`${baseUrl()}/groupes/${committee.slug}`);
    await page.getByRole('tab', { name: 'Scrutins' }).click();
    await page.getByRole('link', { name: 'Nouveau scrutin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau scrutin' }).waitFor();
    await page.getByLabel(/^Titre/).fill(title);
    await setChecked(page.getByRole('radio', { name: /^Jugement majoritaire/ }));
    await page.getByLabel('Option 1', { exact: true }).fill('GCompris');
    await page.getByLabel('Option 2', { exact: true }).fill('LibreOffice');
    await page.getByRole('button', { name: 'Ajouter une option' }).click();
    await page.getByLabel('Option 3', { exact: true }).fill('Scratch');
    await page.getByLabel(/^Quorum/).fill('0');
    await setChecked(page.getByRole('checkbox', { name: /^Scrutin secret/ }), false);
    expect(await page.getByRole('checkbox', { name: /^Bulletin modifiable/ }).isChecked()).toBe(true);
    await page.getByLabel(/^Clôture/).fill(await localDateTime(page, 60));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const { voteUrl, voteId } = await createVote(page);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Jugement majoritaire', { exact: true }).waitFor();
    await page.getByText('Public : les choix de chacun sont publiés à la clôture').waitFor();
    await page.getByText('Possible jusqu’à la clôture').waitFor();
    await page.getByText('0 votant sur 3').waitFor();
    await page.goto(`${baseUrl()}/groupes/${committee.slug}?onglet=scrutins`);
    await page.getByRole('region', { name: 'Ouverts' }).getByRole('link', { name: title }).waitFor();
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);
    await page.context().close();

    const marc = await signedIn(browser, 'marc');
    page = marc.page;
    await page.goto(voteUrl);
    const grid = page.getByRole('form', { name: 'Voter', exact: true });
    await grid.waitFor();
    for (const option of ['GCompris', 'LibreOffice', 'Scratch']) {
      const group = grid.getByRole('group', { name: new RegExp(`^Votre mention pour ${option}`) });
      expect((await group.locator('label').allTextContents()).map((label) => label.trim())).toEqual(gradeNames);
      expect(await group.getByRole('radio').count()).toBe(7);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const marcGrades: [string, string][] = [
      ['GCompris', 'Très bien'],
      ['LibreOffice', 'Bien'],
      ['Scratch', 'Passable'],
    ];
    await gradeOptions(page, 'Voter', marcGrades, 'Déposer mon bulletin');
    await page.getByRole('heading', { name: 'Votre reçu' }).waitFor();
    const receipt = (await page.locator('[data-receipt]').textContent())!.trim();
    expect(receipt.length).toBeGreaterThan(5);
    await page.getByText('1 votant sur 3').waitFor();
    await page.getByRole('button', { name: 'Modifier mon bulletin' }).waitFor();

    const claire = await signedIn(browser, 'claire');
    page = claire.page;
    await page.goto(voteUrl);
    // Her first ballot would rank GCompris last: only the changed one counts.
    await gradeOptions(
      page,
      'Voter',
      [
        ['GCompris', 'À rejeter'],
        ['LibreOffice', 'Excellent'],
        ['Scratch', 'Excellent'],
      ],
      'Déposer mon bulletin',
    );
    await page.getByRole('heading', { name: 'Votre reçu' }).waitFor();
    await page.getByRole('button', { name: 'Modifier mon bulletin' }).click();
    await gradeOptions(
      page,
      'Modifier mon bulletin',
      [
        ['GCompris', 'Excellent'],
        ['LibreOffice', 'Assez bien'],
        ['Scratch', 'Insuffisant'],
      ],
      'Enregistrer mon nouveau choix',
    );
    await page.getByText('Votre bulletin est modifié.').waitFor();
    await page.getByText('2 votants sur 3').waitFor();
    expect(await page.getByRole('heading', { name: 'Résultat' }).count()).toBe(0);
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
    await page.context().close();

    await closeNow(voteId);
    page = marc.page;
    // The first read after the closing time counts the ballots.
    await page.reload();
    const results = page.getByRole('region', { name: 'Résultat' });
    await results.getByText('Classement publié', { exact: true }).waitFor();
    await results.getByText('2 bulletins sur 3 votants inscrits. Quorum de 0 % atteint.').waitFor();
    // Two ballots: the majority grade is the lower of the two grades.
    await results.getByText('1. GCompris — Très bien').waitFor();
    const merit = results.getByRole('table', { name: /^Profil de mérite/ });
    const cellsOf = (rows: Element[]) =>
      rows.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()));
    expect((await merit.locator('thead tr').evaluateAll(cellsOf))[0]).toEqual([
      'Rang',
      'Option',
      'Mention majoritaire',
      ...gradeNames,
    ]);
    expect(await merit.locator('tbody tr').evaluateAll(cellsOf)).toEqual([
      ['1', 'GCompris', 'Très bien', '1', '1', '0', '0', '0', '0', '0'],
      ['2', 'LibreOffice', 'Assez bien', '0', '0', '1', '1', '0', '0', '0'],
      ['3', 'Scratch', 'Insuffisant', '0', '0', '0', '0', '1', '1', '0'],
    ]);
    const ballots = page.getByRole('region', { name: 'Bulletins publiés' });
    await ballots.getByText('2 bulletins publiés').waitFor();
    const published = await ballots.locator('tbody tr').evaluateAll(cellsOf);
    expect(published.map(([code, choice, voter]) => [voter, choice, code]).sort()).toEqual([
      ['Claire Le Goff', 'GCompris : Excellent ; LibreOffice : Assez bien ; Scratch : Insuffisant', expect.any(String)],
      ['Marc Dupuis', 'GCompris : Très bien ; LibreOffice : Bien ; Scratch : Passable', receipt],
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(marc.consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it('shows the committee’s agenda, with the open demo vote, to Marc', async () => {
    const { page, consoleErrors } = await signedIn(browser, 'marc');
    await page.goto(`${baseUrl()}/groupes/${DEMO_COMMITTEE}`);
    await page.getByRole('tab', { name: 'Scrutins' }).click();
    const open = page.getByRole('region', { name: 'Ouverts' });
    await open.getByRole('link', { name: OPEN_DEMO_VOTE }).waitFor();
    await page.getByRole('region', { name: 'À venir' }).getByText('Aucun scrutin n’est prévu.').waitFor();
    expect(await page.getByRole('link', { name: 'Nouveau scrutin' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await open.getByRole('link', { name: OPEN_DEMO_VOTE }).click();
    await page.getByRole('heading', { level: 1, name: OPEN_DEMO_VOTE }).waitFor();
    await page.getByRole('form', { name: 'Voter', exact: true }).waitFor();
    expect(ouvroirErrors(consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
