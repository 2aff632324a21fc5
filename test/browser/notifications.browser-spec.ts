import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  ouvroirErrors,
  seriousAccessibilityViolations,
  setChecked,
  signedIn,
} from '../support/browser';
import { eventually, mailsInFolder } from '../support/smtp';
import { asAdministrator, OwnGroup } from './own-data';

const mailbox = () => {
  const folder = process.env.OUVROIR_BROWSER_MAILBOX;
  if (!folder) throw new Error('the browser global setup did not start the SMTP server');
  return folder;
};
const mailsTo = (address: string) => mailsInFolder(mailbox(), address);

/** A header's value as the mail carries it (mailparser folds the List-* headers into an object). */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ') ?? '';

/** The header's link to the notifications, whose accessible name says how many are unread. */
const bell = (page: Page) =>
  page
    .getByRole('banner')
    .getByRole('link', { name: /^Notifications/ })
    .first();

/** A `datetime-local` value in the browser's own time zone, `minutes` from now. */
const localDateTime = (page: Page, minutes: number) =>
  page.evaluate((offset) => {
    const date = new Date(Date.now() + offset * 60_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }, minutes);

/**
 * Issue 15, journey 9 « Being told »: Claire asks to join Samir's group; Samir is told and accepts; Claire's bell rises
 * without a reload and she gets the e-mail. Hélène opens a vote: Marc and Aïcha are told; the day before closing,
 * Aïcha, who has not voted, is reminded and Marc, who has, is not. The groups are this file's own.
 */
describe('being told, in Chromium', () => {
  let browser: Browser;
  let group: OwnGroup;
  let committee: OwnGroup;
  let proposalId: string;
  const title = `Calendrier des formations ${Date.now().toString(36)}`;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    group = await nadia.group({
      name: 'Ressources libres en mathématiques',
      facilitator: 'samir',
      visibility: 'public',
      joinPolicy: 'request',
    });
    committee = await nadia.group({
      name: 'Comité de pilotage — notifications',
      kind: 'committee',
      facilitator: 'helene',
      visibility: 'members',
      joinPolicy: 'invitation',
      members: [
        ['marc', 'voter'],
        ['aicha', 'voter'],
      ],
    });
    // Facilitated by Nadia, who drafts the proposal and submits it to the committee.
    const workingGroup = await nadia.group({ name: 'Formations au libre', committeeId: committee.id });
    proposalId = await nadia.proposal(workingGroup.id, title, ['submit_for_discussion', 'finalise']);
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('tells Samir of Claire’s request and Claire of his answer, live and by e-mail', async () => {
    const claire = await signedIn(browser, 'claire');
    await claire.page.goto(`${baseUrl()}/groupes/${group.slug}`);
    await claire.page.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await claire.page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await claire.page.getByText('Votre demande est envoyée aux animateurs du groupe.').waitFor();
    const claireBell = bell(claire.page);
    expect(await claireBell.getAttribute('href')).toBe('/notifications');
    const unreadBefore = (await claireBell.textContent()) ?? '';

    const samir = await signedIn(browser, 'samir');
    await bell(samir.page)
      .filter({ hasText: /non lue/ })
      .waitFor();
    await bell(samir.page).click();
    await samir.page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
    const request = samir.page.getByRole('link', {
      name: `Claire Le Goff demande à rejoindre le groupe « ${group.name} »`,
    });
    await request.waitFor();
    expect(await seriousAccessibilityViolations(samir.page)).toEqual([]);
    await request.click();
    await samir.page.waitForURL(new RegExp(`/groupes/${group.slug}`));
    await samir.page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=demandes`);
    await samir.page.getByText('1 demande en attente').waitFor();
    await samir.page.getByRole('button', { name: /^Accepter/ }).click();
    await samir.page.getByText('La demande de Claire Le Goff est acceptée', { exact: false }).waitFor();
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);

    // Claire's page was not reloaded: her bell rises over the live connection, and is announced.
    await eventually('Claire’s bell rose', async () => ((await claireBell.textContent()) ?? '') !== unreadBefore, 60);
    await claire.page.getByRole('status').filter({ hasText: 'Nouvelle notification' }).waitFor({ state: 'attached' });
    await claireBell.click();
    await claire.page
      .getByRole('link', { name: `Votre demande d’adhésion au groupe « ${group.name} » est acceptée` })
      .waitFor();
    const [mail] = await eventually('Claire received the mail', async () => {
      const mails = await mailsTo('claire.legoff@ac-rennes.fr');
      const about = mails.filter((candidate) => candidate.text?.includes(group.name));
      return about.length > 0 && about;
    });
    expect(header(mail, 'list-unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/desabonnement\/[^>]+>$/);
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
  });

  it('tells the committee a vote opened, then reminds the day before closing only those who have not voted', async () => {
    const helene = await signedIn(browser, 'helene');
    let page = helene.page;
    await page.goto(`${baseUrl()}/scrutins/nouveau?comite=${committee.slug}&proposition=${proposalId}`);
    expect(await page.getByLabel(/^Titre/).inputValue()).toBe(title);
    await setChecked(page.getByRole('radio', { name: /^Majorité simple/ }));
    await page.getByLabel(/^Quorum/).fill('50');
    // Closing in a day and three minutes: the reminder of the day before comes within three minutes.
    await page.getByLabel(/^Clôture/).fill(await localDateTime(page, 24 * 60 + 3));
    await page.getByRole('button', { name: 'Créer le scrutin' }).click();
    await page.waitForURL(/\/scrutins\/[0-9a-f-]{36}$/);
    const voteUrl = page.url();
    expect(ouvroirErrors(helene.consoleErrors)).toEqual([]);

    const marc = await signedIn(browser, 'marc');
    page = marc.page;
    await bell(page).click();
    const opened = page.getByRole('link', { name: new RegExp(`^Le scrutin « ${title} » est ouvert jusqu’au`) });
    await opened.waitFor();
    await opened.click();
    await page.waitForURL(voteUrl);
    const ballot = page.getByRole('form', { name: 'Voter', exact: true });
    await setChecked(ballot.getByRole('radio', { name: 'Pour', exact: true }));
    await ballot.getByRole('button', { name: 'Déposer mon bulletin' }).click();
    await page.getByRole('heading', { name: 'Votre reçu' }).waitFor();

    const aicha = await signedIn(browser, 'aicha');
    page = aicha.page;
    const reminder = new RegExp(`^Rappel : le scrutin « ${title} » se clôt le`);
    await eventually(
      'Aïcha was reminded',
      async () => {
        await page.goto(`${baseUrl()}/notifications?type=vote_closing`);
        await page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: /notification/ })
          .first()
          .waitFor({ state: 'attached' });
        return (await page.getByRole('link', { name: reminder }).count()) > 0;
      },
      240,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await eventually('Aïcha received the reminder by e-mail', async () =>
      (await mailsTo('aicha.diallo@reseau-canope.fr')).some(
        (mail) => mail.subject?.includes(title) && mail.subject.includes('se clôt'),
      ),
    );

    // Marc voted: told of the opening, not reminded.
    await marc.page.goto(`${baseUrl()}/notifications?type=vote_closing`);
    await marc.page.getByText('Aucune notification pour l’instant', { exact: false }).waitFor();
    expect(await marc.page.getByRole('link', { name: reminder }).count()).toBe(0);
    expect(ouvroirErrors(marc.consoleErrors)).toEqual([]);
    expect(ouvroirErrors(aicha.consoleErrors)).toEqual([]);
  });

  it('lets a person choose what reaches them by e-mail, and unsubscribe from a mail’s link', async () => {
    const claire = await signedIn(browser, 'claire');
    const page = claire.page;
    await page.goto(`${baseUrl()}/notifications/preferences`);
    await page.getByRole('heading', { level: 1, name: 'Préférences de notification' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page
      .getByLabel('Commentaires sur les propositions suivies')
      .selectOption({ label: 'Dans le résumé de la semaine' });
    await page
      .getByText('« Commentaires sur les propositions suivies » : Dans le résumé de la semaine', { exact: false })
      .waitFor();

    // The mail of the first test: her request accepted.
    const mail = (await mailsTo('claire.legoff@ac-rennes.fr')).find((candidate) =>
      candidate.text?.includes(group.name),
    )!;
    const link = /<([^>]+)>/.exec(header(mail, 'list-unsubscribe'))![1];
    expect(link.startsWith(`${baseUrl()}/desabonnement/`)).toBe(true);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Se désabonner d’un type de courriel' }).waitFor();
    await page.getByText('« Réponses à mes demandes d’adhésion »', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Me désabonner' }).click();
    await page.getByText('C’est fait : plus de courriel', { exact: false }).waitFor();
    expect(await page.getByText('C’est fait : plus de courriel', { exact: false }).count()).toBe(1);
    expect(ouvroirErrors(claire.consoleErrors)).toEqual([]);
  });

  it('shows administrators the failed e-mails, and the development mailbox says it runs without SMTP only', async () => {
    const nadia = await signedIn(browser, 'nadia');
    const page = nadia.page;
    await page.goto(`${baseUrl()}/administration/courriels`);
    await page.getByRole('heading', { level: 1, name: 'Courriels en échec' }).waitFor();
    await page.getByText('Aucun courriel en échec.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // This run sends its mails over SMTP: the folder of the development mails is not there to read.
    await page.goto(`${baseUrl()}/developpement/courriels`);
    await page
      .getByText('Les messages écrits sur disque ne se lisent qu’en développement.', { exact: false })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(ouvroirErrors(nadia.consoleErrors).filter((error) => !error.includes('/graphql'))).toEqual([]);
  });
});
