import { Client } from 'pg';
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

const CALL = 'Communs pour la classe';
const CHALLENGE = 'Des outils libres pour la salle de classe';
const CLAIRE_COMMON = 'Labo techno libre';
const YANN_COMMON = 'Cartes mentales ouvertes';
const KARIM_COMMON = 'Quiz de technologie';
const PITCH =
  'Un ensemble de fiches et de logiciels libres pour les séances de technologie, testé dans trois collèges de Rennes.';

/** A `datetime-local` value in the browser's own time zone, `minutes` from now. */
const localDateTime = (page: Page, minutes: number) =>
  page.evaluate((offset) => {
    const date = new Date(Date.now() + offset * 60_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, minutes);

/** What the clock would do: a statement run on the app's database (the database's clock decides). */
async function onDatabase(statement: string, values: unknown[]) {
  const client = new Client({ connectionString: process.env.OUVROIR_BROWSER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(statement, values)).rowCount;
  } finally {
    await client.end();
  }
}

async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Names a reviewer on the call's editor or board, through the people directory. */
async function addReviewer(page: Page, name: string) {
  await page.getByLabel('Rechercher une personne').fill(name);
  await setChecked(page.getByRole('radio', { name: new RegExp(`^${name}`) }));
  await page.getByRole('button', { name: 'Nommer cet évaluateur' }).click();
  await page.getByText(`${name} est évaluateur de l’appel.`).waitFor();
}

/** Fills the submission form of a signed-in applicant, then saves the draft. */
async function writeSubmission(page: Page, callUrl: string, common: string, licence: string) {
  await page.goto(callUrl);
  await page.getByRole('link', { name: 'Déposer une candidature' }).click();
  await page.getByRole('heading', { level: 1, name: 'Déposer une candidature' }).waitFor();
  await page.getByLabel(/^Nom du commun/).fill(common);
  await page.getByLabel(/^Résumé/).fill('Des ressources libres pour la classe.');
  await page.getByLabel(/^Licence/).fill(licence);
  // Each its own repository: a laureate whose address is already a common's would join that entry.
  await page
    .getByLabel(/^Dépôt ou page publique/)
    .fill(`https://forge.apps.education.fr/communs/${common.toLowerCase().replace(/\W+/g, '-')}`);
  await page.getByLabel(/^Mainteneurs/).fill('Claire Le Goff\nKarim Benali');
  await setChecked(page.getByRole('radio', { name: CHALLENGE }));
  await page.getByLabel(/^Présentation/).fill(PITCH);
  await page.getByLabel(/^Montant demandé/).fill('10000');
}

/**
 * Issue 17, journey 7 « A call for commons »: Hélène publishes « Communs pour la classe » with a grid and a cut-off;
 * Claire, Yann and Karim submit; Karim's is declared ineligible with a reason; two reviewers score each eligible one,
 * Samir declares a link and Marc replaces him; the committee ranks them by majority judgment on the vote's page; the
 * decisions are published with the laureates' results, the laureates appear in the catalogue (« lauréat »), and Claire
 * updates her first milestone from her common's page.
 */
describe('calls for commons in Chromium', () => {
  let browser: Browser;
  let committee: OwnGroup;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    committee = await nadia.group({
      name: 'Comité — Communs pour la classe',
      kind: 'committee',
      facilitator: 'helene',
      members: [
        ['marc', 'voter'],
        ['aicha', 'voter'],
      ],
    });
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('takes a call from its publication to its laureates and their follow-up', async () => {
    const helene = await signedIn(browser, 'helene');
    let page = helene.page;
    await page.goto(`${baseUrl()}/groupes/${committee.slug}?onglet=scrutins`);
    await page.getByRole('link', { name: 'Nouvel appel à communs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvel appel à communs' }).waitFor();
    await page.getByLabel(/^Titre/).fill(CALL);
    await page.getByLabel(/^Texte de l’appel/).fill('Le programme soutient les communs utilisés en classe.');
    await page.getByLabel('Défi 1', { exact: true }).fill(CHALLENGE);
    // NLnet's grid, then a fourth criterion: the sum says it is no longer 100, until the weights are set again.
    await page.getByText('Somme des poids : 100 sur 100. La grille est complète.').waitFor();
    await page.getByRole('button', { name: 'Ajouter un critère' }).click();
    await page.getByLabel('Critère 4', { exact: true }).fill('Valeur pédagogique');
    await page.getByLabel('Poids du critère 4').fill('20');
    await page.getByText('Somme des poids : 120 sur 100.').waitFor();
    await page.getByLabel('Poids du critère 2').fill('20');
    await page.getByText('Somme des poids : 100 sur 100. La grille est complète.').waitFor();
    await page.getByLabel('Clôture de la vague 1').fill(await localDateTime(page, 60));
    await page.getByLabel(/^Budget en euros/).fill('50000');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(/\/appels\/[0-9a-f-]{36}\/modifier$/);
    const callUrl = page.url().replace(/\/modifier$/, '');
    const callId = callUrl.split('/').pop()!;
    await addReviewer(page, 'Samir Haddad');
    await addReviewer(page, 'Aïcha Diallo');
    await expectAccessible(page);

    await page.goto(callUrl);
    await page.getByRole('heading', { level: 1, name: CALL, exact: true }).waitFor();
    await page.getByText('Brouillon', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ouvrir l’appel' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir l’appel' }).click();
    await page.getByText('L’appel est ouvert.').waitFor();
    // The confirmation fades out: axe would judge its half-transparent text's contrast.
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expectAccessible(page);
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);

    // Claire: the checks follow what she types; a licence that is not open fails until she corrects it.
    const claire = await signedIn(browser, 'claire');
    page = claire.page;
    await page.goto(`${baseUrl()}/appels`);
    await page.getByRole('link', { name: CALL, exact: true }).click();
    await writeSubmission(page, callUrl, CLAIRE_COMMON, 'CC-BY-NC-4.0');
    const checks = page.getByRole('region', { name: 'Conditions de dépôt' });
    await checks.getByText('1 condition n’est pas encore remplie.').waitFor();
    await page.getByLabel(/^Licence/).fill('AGPL-3.0-or-later');
    await checks.getByText('Toutes les conditions sont remplies : la candidature peut être déposée.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(/candidature=/);
    await page.getByRole('button', { name: 'Déposer la candidature' }).click();
    await page.getByText('La candidature est déposée.').waitFor();
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);

    for (const [login, common] of [
      ['yann', YANN_COMMON],
      ['karim', KARIM_COMMON],
    ] as const) {
      const applicant = await signedIn(browser, login);
      await writeSubmission(applicant.page, callUrl, common, 'MIT');
      await applicant.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await applicant.page.waitForURL(/candidature=/);
      await applicant.page.getByRole('button', { name: 'Déposer la candidature' }).click();
      await applicant.page.getByText('La candidature est déposée.').waitFor();
      expect(ouvroirErrors(applicant.consoleErrors)).toEqual([]);
      await applicant.page.context().close();
    }

    // The cut-off arrives: the submissions no longer change.
    expect(await onDatabase('UPDATE call SET cutoffs = ARRAY[clock_timestamp()] WHERE id = $1', [callId])).toBe(1);
    await onDatabase('UPDATE call_submission SET cutoff_at = clock_timestamp() WHERE call_id = $1', [callId]);
    await page.goto(`${baseUrl()}/appels/mes-candidatures`);
    // The demo's calls give Claire submissions of her own too: hers here is found by its common's name.
    const claireSubmission = page.getByRole('region', { name: CLAIRE_COMMON, exact: true });
    await claireSubmission.waitFor();
    await claireSubmission.getByRole('link', { name: 'Lire la candidature' }).click();
    await page.getByText('La date de clôture est passée').waitFor();
    await expectAccessible(page);

    page = helene.page;
    await page.goto(callUrl);
    await page.getByRole('button', { name: 'Passer à l’évaluation' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Passer à l’évaluation' }).click();
    await page.getByText('L’appel passe à l’évaluation.').waitFor();
    await page.getByRole('link', { name: 'Tableau de pilotage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de pilotage' }).waitFor();
    const card = (common: string) => page.getByRole('article', { name: common });
    for (const common of [CLAIRE_COMMON, YANN_COMMON]) {
      await setChecked(card(common).getByRole('radio', { name: 'Éligible', exact: true }));
      await card(common)
        .getByLabel(/^Motif/)
        .fill('Licence ouverte, dépôt public, mainteneurs nommés.');
      await card(common).getByRole('button', { name: 'Enregistrer la décision' }).click();
      await card(common).getByText('Éligible', { exact: true }).first().waitFor();
    }
    const ineligible = 'Le dépôt ne publie aucune licence ouverte : son fichier LICENSE réserve tous les droits.';
    await setChecked(card(KARIM_COMMON).getByRole('radio', { name: 'Non éligible', exact: true }));
    await card(KARIM_COMMON)
      .getByLabel(/^Motif/)
      .fill(ineligible);
    await card(KARIM_COMMON).getByRole('button', { name: 'Enregistrer la décision' }).click();
    await card(KARIM_COMMON).getByText(ineligible).waitFor();
    await page.getByRole('button', { name: 'Affecter automatiquement' }).click();
    await page.getByText('4 évaluations confiées.').waitFor();
    await expectAccessible(page);
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);

    // Samir declares a link with Claire's submission, and scores Yann's.
    const samir = await signedIn(browser, 'samir');
    page = samir.page;
    await page.goto(`${baseUrl()}/appels/${callId}/evaluation`);
    const assignment = (common: string) => page.getByRole('region', { name: common });
    await setChecked(assignment(CLAIRE_COMMON).getByRole('radio', { name: 'Autre lien' }));
    await assignment(CLAIRE_COMMON)
      .getByLabel(/^Précisez/)
      .fill('J’ai accompagné ce projet pour l’académie.');
    await assignment(CLAIRE_COMMON).getByRole('button', { name: 'Déclarer' }).click();
    await assignment(CLAIRE_COMMON).getByText('les animateurs vous remplacent', { exact: false }).first().waitFor();
    await expectAccessible(page);
    await declareNoLink(page, YANN_COMMON);
    await score(page, YANN_COMMON, '4');
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await page.context().close();

    // Hélène names Marc and gives him Claire's submission in Samir's place.
    page = helene.page;
    await page.reload();
    await card(CLAIRE_COMMON).getByText('lien déclaré, à remplacer', { exact: false }).waitFor();
    await addReviewer(page, 'Marc Dupuis');
    await card(CLAIRE_COMMON).getByLabel('Évaluateur à affecter').selectOption({ label: 'Marc Dupuis' });
    await card(CLAIRE_COMMON).getByRole('button', { name: 'Affecter' }).click();
    await card(CLAIRE_COMMON).getByText('L’évaluateur est affecté.').waitFor();

    for (const [login, commons] of [
      ['aicha', [CLAIRE_COMMON, YANN_COMMON]],
      ['marc', [CLAIRE_COMMON]],
    ] as const) {
      const reviewer = await signedIn(browser, login);
      await reviewer.page.goto(`${baseUrl()}/appels/${callId}/evaluation`);
      for (const common of commons) {
        await declareNoLink(reviewer.page, common);
        await score(reviewer.page, common, common === CLAIRE_COMMON ? '5' : '3');
      }
      // Once hers are sent, Aïcha reads the other reviewer's scores on Yann's, without his name.
      if (login === 'aicha') {
        const yann = reviewer.page.getByRole('region', { name: YANN_COMMON });
        await yann.getByRole('cell', { name: 'Évaluateur 1' }).waitFor();
        expect(await yann.getByText('Samir Haddad').count()).toBe(0);
      }
      expect(ouvroirErrors(reviewer.consoleErrors)).toEqual([]);
      await reviewer.page.context().close();
    }

    // The committee's vote on the reviewed submissions.
    await page.reload();
    await page.getByLabel(/^Clôture du scrutin/).fill(await localDateTime(page, 60));
    await page.getByRole('button', { name: 'Ouvrir le scrutin' }).click();
    await page.getByText('Le scrutin du comité est ouvert.').waitFor();
    const voteHref = await page.getByRole('link', { name: 'Voir le scrutin du comité' }).getAttribute('href');
    const voteId = voteHref!.split('/').pop()!;
    for (const login of ['marc', 'aicha']) {
      const voter = await signedIn(browser, login);
      await voter.page.goto(`${baseUrl()}${voteHref}`);
      const ballot = voter.page.getByRole('form', { name: 'Voter', exact: true });
      for (const [option, grade] of [
        [CLAIRE_COMMON, 'Excellent'],
        [YANN_COMMON, 'Bien'],
      ]) {
        await setChecked(
          ballot
            .getByRole('group', { name: new RegExp(`^Votre mention pour \\d+\\. ${option}`) })
            .getByRole('radio', { name: grade, exact: true }),
        );
      }
      await ballot.getByRole('button', { name: 'Déposer mon bulletin' }).click();
      await voter.page.getByRole('heading', { name: 'Votre reçu' }).waitFor();
      await voter.page.context().close();
    }
    expect(await onDatabase('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId])).toBe(1);
    await page.goto(`${baseUrl()}${voteHref}`);
    await page
      .getByRole('region', { name: 'Résultat' })
      .getByText(`1. 1. ${CLAIRE_COMMON}`, { exact: false })
      .waitFor();

    await page.goto(`${callUrl}/pilotage`);
    for (const [common, decision, amount] of [
      [CLAIRE_COMMON, 'Lauréat', '10000'],
      [YANN_COMMON, 'Lauréat sous conditions', '8000'],
    ]) {
      await setChecked(card(common).getByRole('radio', { name: decision, exact: true }));
      if (decision === 'Lauréat sous conditions') {
        await card(common)
          .getByLabel(/^Conditions/)
          .fill('Publier les cartes sur la forge avant la rentrée.');
      }
      await card(common)
        .getByLabel(/^Montant accordé/)
        .fill(amount);
      await card(common)
        .getByLabel(/^Motivation/)
        .fill('Classé par le comité, utile à de nombreuses classes.');
      await card(common).getByRole('button', { name: 'Enregistrer la décision' }).click();
      await card(common).getByText('La décision est enregistrée.').waitFor();
    }
    await page.getByRole('button', { name: 'Publier les décisions' }).click();
    await page.getByText('Les décisions sont publiées', { exact: false }).waitFor();
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);
    await page.context().close();

    // Anyone reads the calls and the results, on a phone too.
    const visitor = await newPage(browser, { width: 390 });
    page = visitor.page;
    await page.goto(`${baseUrl()}/appels`);
    await page.getByRole('link', { name: CALL, exact: true }).waitFor();
    await expectAccessible(page);
    await page.goto(`${callUrl}/resultats`);
    await page.getByRole('heading', { level: 1, name: `Résultats : ${CALL}` }).waitFor();
    const laureates = page.getByRole('region', { name: '2 lauréats' });
    await laureates.getByRole('cell', { name: CLAIRE_COMMON }).waitFor();
    await laureates.getByRole('cell', { name: YANN_COMMON }).waitFor();
    expect(await page.getByText(KARIM_COMMON).count()).toBe(0);
    await expectAccessible(page);
    const csv = await page.request.get(
      new URL(
        (await page.getByRole('link', { name: /^Télécharger les résultats/ }).getAttribute('href'))!,
        baseUrl(),
      ).toString(),
    );
    expect(csv.ok()).toBe(true);
    expect(await csv.text()).toContain(CLAIRE_COMMON);

    // The laureates are in the catalogue, marked « lauréat », each linked from the results to its entry.
    await page.goto(`${baseUrl()}/communs`);
    await page.getByRole('heading', { level: 1, name: 'Catalogue des communs numériques' }).waitFor();
    await setChecked(page.getByRole('checkbox', { name: 'Lauréats d’un appel à communs seulement', exact: true }));
    await page.waitForURL(/laureat=oui/);
    const yannCard = page.locator('.fr-card', { has: page.getByRole('link', { name: YANN_COMMON, exact: true }) });
    await yannCard.getByText('lauréat', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.goto(`${callUrl}/resultats`);
    await laureates.getByRole('link', { name: CLAIRE_COMMON, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: CLAIRE_COMMON, exact: true }).waitFor();
    await page.getByText('lauréat', { exact: true }).waitFor();
    const laureateOf = page.getByRole('region', { name: 'Lauréat d’un appel à communs' });
    await laureateOf.getByRole('link', { name: CALL, exact: true }).waitFor();
    await expectAccessible(page);
    expect(ouvroirErrors(visitor.consoleErrors)).toEqual([]);
    await page.context().close();

    // A month later, Claire adds her first milestone, then brings it up to date from her common's page.
    page = claire.page;
    await page.goto(`${baseUrl()}/appels/mes-candidatures`);
    const mine = page.getByRole('region', { name: CLAIRE_COMMON });
    await mine.getByText('Lauréat', { exact: true }).waitFor();
    await mine.getByLabel('Nouveau jalon').fill('Premières fiches publiées');
    await mine.getByLabel('Échéance', { exact: true }).fill('2027-01-15');
    await mine.getByRole('button', { name: 'Ajouter le jalon' }).click();
    await mine.getByText('Le jalon est ajouté.').waitFor();
    await page.goto(`${baseUrl()}/communs?laureat=oui`);
    // The demo's closed call has its laureates in the catalogue as well.
    await page.getByRole('link', { name: 'Carnet de bord', exact: true }).waitFor();
    await page.getByRole('link', { name: CLAIRE_COMMON, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: CLAIRE_COMMON, exact: true }).waitFor();
    const followUp = page.getByRole('region', { name: 'Lauréat d’un appel à communs' });
    const update = followUp.getByRole('form', { name: 'Mettre à jour « Premières fiches publiées »' });
    await update.getByLabel('Avancement').selectOption({ label: 'En cours' });
    await update.getByLabel('Pourcentage').fill('40');
    await update.getByRole('button', { name: 'Mettre à jour' }).click();
    await followUp.getByText('Le jalon « Premières fiches publiées » est à jour.').waitFor();
    await followUp.getByText('40 %').waitFor();
    await expectAccessible(page);
    await page.goto(callUrl);
    await page.getByRole('link', { name: committee.name, exact: true }).waitFor();
    await page.getByRole('region', { name: 'Suivi des lauréats' }).getByText('40 %').waitFor();
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
    await page.context().close();
  });
});

/** A reviewer declares no link with a submission assigned to them: it shows whole, with the grid. */
async function declareNoLink(page: Page, common: string) {
  const section = page.getByRole('region', { name: common });
  await setChecked(section.getByRole('radio', { name: 'Aucun lien' }));
  await section.getByRole('button', { name: 'Déclarer' }).click();
  await section.getByText('Aucun lien déclaré : la candidature est à évaluer.').waitFor();
}

/** A reviewer's scores on a submission cleared for them: every criterion the same score, each with a comment. */
async function score(page: Page, common: string, given: string) {
  const section = page.getByRole('region', { name: common });
  const grid = section.getByRole('form', { name: 'Évaluation' });
  await grid.waitFor();
  for (const criterion of ['Qualité technique', 'Pertinence', 'Stratégie et communauté', 'Valeur pédagogique']) {
    await setChecked(
      grid.getByRole('group', { name: `Note pour « ${criterion} »` }).getByRole('radio', { name: given, exact: true }),
    );
    await grid.getByLabel(`Commentaire sur « ${criterion} »`).fill(`Note ${given} : argumentée pour ce critère.`);
  }
  await grid.getByRole('button', { name: 'Envoyer l’évaluation' }).click();
  await section.getByText('Votre évaluation est envoyée.').waitFor();
}
