import type { Browser, BrowserContext, Locator, Page, WebSocketRoute } from 'playwright-core';
import {
  baseUrl,
  launchChromium,
  newPage,
  ouvroirErrors,
  seriousAccessibilityViolations,
  signInAs,
  signedIn,
} from '../support/browser';
import { asAdministrator, OwnGroup } from './own-data';

/** This file's group, like the demo's « Logiciels libres au collège »: made by `beforeAll`. */
let group: OwnGroup;

/**
 * Lets the test cut a context's network as a lost connection would, and bring it back. Chromium's offline emulation
 * (`context.setOffline`, CDP's `Network.emulateNetworkConditions`) fails every new connection, HTTP or websocket, but
 * leaves an open websocket open, only holding its frames back: Socket.IO would notice 45 s later, at its heartbeat's
 * timeout. So the live connections (Socket.IO's websockets) pass through the test, which closes them when it cuts:
 * the server's end and the page's end, as when the network drops them.
 */
async function cuttableNetwork(context: BrowserContext) {
  // A code that a page's WebSocket.close() accepts (1000 or 3000–4999): the server's end is the page's real socket.
  const dropped = { code: 4000, reason: 'réseau coupé' };
  let open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    // The page talks to the real server, frames forwarded both ways as they are; offline, connecting fails.
    open.push({ page: ws, server: ws.connectToServer() });
  });
  return {
    async cut() {
      await context.setOffline(true);
      const sockets = open;
      open = [];
      for (const { page, server } of sockets) {
        await server.close(dropped);
        await page.close(dropped);
      }
    },
    restore: () => context.setOffline(false),
  };
}

/** A group's « Discussion » tab, opened; its panel. */
async function groupDiscussion(page: Page) {
  await page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=discussion`);
  const tabPanel = page.getByRole('tabpanel');
  await tabPanel.getByRole('heading', { level: 2, name: 'Discussion' }).waitFor();
  return tabPanel;
}

/** Sends a message from a discussion panel with Ctrl+Entrée, once the field has emptied (it was sent). */
async function sendFrom(discussion: Locator, text: string) {
  const field = discussion.getByLabel(/^Votre message/);
  await field.fill(text);
  await field.press('Control+Enter');
  await field
    .page()
    .waitForFunction((element) => (element as HTMLTextAreaElement).value === '', await field.elementHandle());
}

/** « Reconnexion… », shown at the bottom of every page while its live connection is lost. */
const reconnecting = (page: Page) => page.getByRole('status').filter({ hasText: 'Reconnexion…' });

/** The proposal's state badge, beside its title. */
const stateBadge = (page: Page, state: string) => page.locator('main .fr-badge', { hasText: state }).first();

/** The proposal page's discussion panel. */
const panel = (page: Page) => page.getByRole('region', { name: 'Discussion' });

/** The panel's messages, a live log. */
const log = (page: Page) => panel(page).getByRole('log', { name: 'Messages' });

/** Makes a transition from the proposal page: its button, then the same words in the dialog that asks why. */
async function transition(page: Page, label: string, reason: string) {
  await page.getByRole('main').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: /\?$/ });
  await dialog.getByLabel(/^Motif/).fill(reason);
  await dialog.getByRole('button', { name: label }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Karim's proposal in the group, opened to concertation (no demo proposal of the group is in that state). */
async function proposalInDiscussion(page: Page, title: string) {
  await page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=propositions`);
  await page.getByRole('link', { name: 'Nouvelle proposition' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nouvelle proposition' }).waitFor();
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel(/^Résumé/).fill('Un canal par collège, animé par les référents.');
  await page.getByLabel(/^Texte/).fill('Les référents numériques échangent leurs trouvailles.');
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await page.waitForURL(/\/propositions\/[0-9a-f-]{36}$/);
  await transition(page, 'Ouvrir à la concertation', 'Prête pour la discussion.');
  await stateBadge(page, 'En concertation').waitFor();
  return page.url();
}

/** Writes a message in the panel and sends it with Ctrl+Entrée, or with the button. */
async function send(page: Page, text: string, how: 'keyboard' | 'button') {
  const field = panel(page).getByLabel(/^Votre message/);
  await field.fill(text);
  if (how === 'keyboard') await field.press('Control+Enter');
  else await panel(page).getByRole('button', { name: 'Envoyer' }).click();
  // Sent: the field empties (a failure would keep the text).
  await page.waitForFunction((element) => (element as HTMLTextAreaElement).value === '', await field.elementHandle());
}

/**
 * Issue 7, journey 2 « Samir runs the group »: Karim and Samir, in two browser contexts, discuss live on a proposal
 * of a group like « Logiciels libres au collège », made for this file, each seeing the other present; Samir submits
 * the proposal to the committee and Karim's page shows the new state without a reload.
 */
describe('live discussion in Chromium', () => {
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
      name: 'Logiciels libres au collège',
      facilitator: 'samir',
      members: [['karim', 'member']],
      committeeId: committee.id,
    });
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('lets two members chat live on a proposal, and shows its new state on both pages without reload', async () => {
    const title = `Un salon des référents numériques ${Date.now()}`;
    const karim = await signedIn(browser, 'karim');
    const url = await proposalInDiscussion(karim.page, title);
    await log(karim.page).getByText('Aucun message pour l’instant.').waitFor();

    const samir = await signedIn(browser, 'samir');
    await samir.page.goto(url);
    await samir.page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Each sees the other in the channel.
    await panel(karim.page)
      .getByText(/^En ligne : .*Samir Haddad/)
      .waitFor();
    await panel(samir.page)
      .getByText(/^En ligne : .*Karim Benali/)
      .waitFor();

    // Karim writes Markdown (raw HTML stays text, a line break stays); Samir sees it arrive, without reload.
    const question = 'Qui anime le salon <b>du collège</b> ?\nJe peux m’en charger.';
    await send(karim.page, question, 'keyboard');
    const received = log(samir.page).getByRole('article', { name: 'Message de Karim Benali' });
    await received.getByText('Qui anime le salon <b>du collège</b> ?', { exact: false }).waitFor();
    expect(await received.locator('b').count()).toBe(0);
    expect(await received.locator('p').filter({ hasText: 'Je peux m’en charger.' }).innerText()).toBe(question);
    await log(karim.page).getByRole('article', { name: 'Message de Karim Benali' }).waitFor();

    // Samir answers with the button; Karim sees the answer live.
    await send(samir.page, 'Merci Karim, je te laisse l’animer.', 'button');
    await log(karim.page)
      .getByRole('article', { name: 'Message de Samir Haddad' })
      .getByText('Merci Karim, je te laisse l’animer.')
      .waitFor();
    // Samir, facilitator, may remove Karim's message; Karim may edit or delete his own.
    await log(samir.page).getByRole('button', { name: 'Retirer le message de Karim Benali' }).waitFor();
    await log(karim.page).getByRole('button', { name: 'Modifier le message de Karim Benali' }).waitFor();
    expect(
      await log(karim.page)
        .getByRole('button', { name: /^Retirer/ })
        .count(),
    ).toBe(0);

    expect(await seriousAccessibilityViolations(samir.page)).toEqual([]);
    expect(await seriousAccessibilityViolations(karim.page)).toEqual([]);

    // Samir submits the proposal to the committee; Karim's page shows it without reload.
    await transition(samir.page, 'Soumettre au comité', 'Concertation close.');
    await stateBadge(samir.page, 'Soumise au comité').waitFor();
    await stateBadge(karim.page, 'Soumise au comité').waitFor();
    await karim.page.getByRole('region', { name: 'Parcours' }).getByText('Concertation close.').waitFor();
    // The messages stay where they were: the page was not reloaded.
    await log(karim.page).getByRole('article', { name: 'Message de Samir Haddad' }).waitFor();

    expect(ouvroirErrors(karim.consoleErrors)).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await karim.page.context().close();
    await samir.page.context().close();
  });

  it('shows a group’s unread messages on its « Discussion » tab, and lets its facilitator remove one (journey 2)', async () => {
    const karim = await signedIn(browser, 'karim');
    await karim.page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=discussion`);
    const groupPanel = (page: Page) => page.getByRole('tabpanel');
    await groupPanel(karim.page).getByRole('heading', { level: 2, name: 'Discussion' }).waitFor();
    const offTopic = `Quelqu’un vend un vélo ? ${Date.now()}`;
    const field = groupPanel(karim.page).getByLabel(/^Votre message/);
    await field.fill(offTopic);
    await field.press('Control+Enter');
    await groupPanel(karim.page).getByRole('log').getByText(offTopic).waitFor();

    // Samir has not read it: the tab says so.
    const samir = await signedIn(browser, 'samir');
    await samir.page.goto(`${baseUrl()}/groupes/${group.slug}`);
    const tab = samir.page.getByRole('tab', { name: /^Discussion/ });
    await samir.page.getByRole('tab', { name: /^Discussion \d+ messages? non lus?$/ }).waitFor();
    await tab.click();
    const message = groupPanel(samir.page).getByRole('article', { name: 'Message de Karim Benali' }).filter({
      hasText: offTopic,
    });
    await message.waitFor();
    // Shown, hence read: the badge goes.
    await samir.page.getByRole('tab', { name: 'Discussion', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(samir.page)).toEqual([]);

    await message.getByRole('button', { name: 'Retirer le message de Karim Benali' }).click();
    const dialog = samir.page.getByRole('dialog', { name: 'Retirer le message de Karim Benali ?' });
    await dialog.getByLabel(/^Motif du retrait/).fill('Hors sujet.');
    await dialog.getByRole('button', { name: 'Retirer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await samir.page.getByText('Le message de Karim Benali est retiré.').waitFor();
    // Karim sees it go, without reload.
    await groupPanel(karim.page).getByRole('log').getByText('message retiré').waitFor();
    expect(await groupPanel(karim.page).getByText(offTopic).count()).toBe(0);

    expect(ouvroirErrors(karim.consoleErrors)).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await karim.page.context().close();
    await samir.page.context().close();
  });

  it('tells the others who is typing, until they stop, and shows the message sent in Markdown', async () => {
    const stamp = Date.now();
    const karim = await signedIn(browser, 'karim');
    const samir = await signedIn(browser, 'samir');
    const karimPanel = await groupDiscussion(karim.page);
    const samirPanel = await groupDiscussion(samir.page);
    // Both are in the channel.
    await samirPanel.getByText(/^En ligne : .*Karim Benali/).waitFor();
    await karimPanel.getByText(/^En ligne : .*Samir Haddad/).waitFor();

    // Karim types, without sending: Samir's panel names him; Karim's own does not.
    const typing = samirPanel.getByRole('status').filter({ hasText: 'Karim Benali écrit…' });
    await karimPanel.getByLabel(/^Votre message/).pressSequentially('Je regarde', { delay: 50 });
    await typing.waitFor();
    expect(await typing.innerText()).toBe('Karim Benali écrit…');
    expect(await karimPanel.getByText(/écrit…$/).count()).toBe(0);

    // He stops: a few seconds later the indicator is gone, though nothing was sent.
    await typing.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await samirPanel.getByText(/écrit…$/).count()).toBe(0);
    expect(await samirPanel.getByRole('log').getByText(`${stamp}`).count()).toBe(0);

    // He sends Markdown: Samir sees it rendered (the stars gone, the words in bold).
    await sendFrom(karimPanel, `Je regarde, c’est en **gras** ${stamp}`);
    const received = samirPanel
      .getByRole('log')
      .getByRole('article', { name: 'Message de Karim Benali' })
      .filter({ hasText: `${stamp}` });
    await received.waitFor();
    expect(
      await received
        .locator('strong')
        .filter({ hasText: /^gras$/ })
        .count(),
    ).toBe(1);
    expect(await received.getByText(`Je regarde, c’est en gras ${stamp}`, { exact: true }).count()).toBe(1);
    expect(await received.getByText('**').count()).toBe(0);

    expect(ouvroirErrors(karim.consoleErrors)).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await karim.page.context().close();
    await samir.page.context().close();
  });

  it('shows « Reconnexion… » while a member’s connection is lost, then what was sent meanwhile, once', async () => {
    const stamp = Date.now();
    const karim = await newPage(browser);
    const network = await cuttableNetwork(karim.page.context());
    await signInAs(karim.page, 'karim');
    const samir = await signedIn(browser, 'samir');
    const karimPanel = await groupDiscussion(karim.page);
    const samirPanel = await groupDiscussion(samir.page);
    await samirPanel.getByText(/^En ligne : .*Karim Benali/).waitFor();
    await karimPanel.getByText(/^En ligne : .*Samir Haddad/).waitFor();
    expect(await reconnecting(karim.page).count()).toBe(0);

    // Karim's network goes: his page says so, and the server drops him from the channel.
    await network.cut();
    await reconnecting(karim.page).waitFor();
    await samirPanel
      .getByText(/^En ligne : /)
      .filter({ hasNotText: 'Karim Benali' })
      .waitFor();
    expect(await reconnecting(samir.page).count()).toBe(0);

    // Samir writes meanwhile: Karim's page, still without connection, does not have it.
    const missed = `Tu as manqué ceci ${stamp}`;
    await sendFrom(samirPanel, missed);
    await samirPanel.getByRole('log').getByText(missed).waitFor();
    const karimLog = karimPanel.getByRole('log');
    expect(await karimLog.getByText(missed).count()).toBe(0);
    expect(await reconnecting(karim.page).count()).toBe(1);

    // The network comes back: the notice goes, Karim's panel joins again and reads its latest page again.
    const reread = karim.page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('DiscussionChannel'),
    );
    await network.restore();
    await reconnecting(karim.page).waitFor({ state: 'detached', timeout: 30_000 });
    await karimLog.getByRole('article', { name: 'Message de Samir Haddad' }).filter({ hasText: missed }).waitFor();
    expect((await reread).ok()).toBe(true);
    await samirPanel.getByText(/^En ligne : .*Karim Benali/).waitFor();

    // Live again: Samir's next message arrives by itself; the one missed is there once, from the join and the reread.
    const next = `Content de te revoir ${stamp}`;
    await sendFrom(samirPanel, next);
    await karimLog.getByText(next).waitFor();
    expect(await karimLog.getByRole('article').filter({ hasText: missed }).count()).toBe(1);
    expect(await karimLog.getByRole('article').filter({ hasText: next }).count()).toBe(1);

    // Offline, Chromium reports each connection it refused (Socket.IO's attempts, the badge's icon): those only.
    expect(
      ouvroirErrors(karim.consoleErrors).filter((error) => !error.endsWith('net::ERR_INTERNET_DISCONNECTED')),
    ).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await karim.page.context().close();
    await samir.page.context().close();
  });
});
