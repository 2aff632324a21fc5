import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchChromium, ouvroirErrors, seriousAccessibilityViolations, signedIn } from '../support/browser';
import { asAdministrator, OwnGroup } from './own-data';

/** This file's group, like the demo's « Logiciels libres au collège »: made by `beforeAll`. */
let group: OwnGroup;

/** The header's main navigation. */
const navigation = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

/** What the header's « Discussions » link is named, for so many unread messages of which so many mention the viewer. */
function discussionsName(unread: number, mentions: number) {
  if (unread === 0) return 'Discussions';
  const messages = unread === 1 ? '1 message non lu' : `${unread} messages non lus`;
  return `Discussions, ${messages}${mentions === 0 ? '' : mentions === 1 ? ' dont 1 mention' : ` dont ${mentions} mentions`}`;
}

/** The header's « Discussions » link, once named for so many unread messages and mentions. */
const discussionsLink = (page: Page, unread: number, mentions: number) =>
  navigation(page).getByRole('link', { name: discussionsName(unread, mentions), exact: true });

/** « Mes discussions »: how many messages are unread in all, and how many mention the viewer. */
async function unreadSummary(page: Page) {
  const summary = page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /messages? non lus?|Tous vos messages sont lus/ });
  const text = (await summary.innerText()).trim();
  if (text === 'Tous vos messages sont lus.') return { unread: 0, mentions: 0 };
  const [, unread, mentions] = /^(\d+) messages? non lus?(?: dont (\d+) mentions?)?$/.exec(text) ?? [];
  if (!unread) throw new Error(`unexpected summary: ${text}`);
  return { unread: Number(unread), mentions: Number(mentions ?? 0) };
}

/** The group's channel in « Mes discussions ». */
const groupChannelItem = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name: group.name, exact: true }) });

/**
 * Issue 7, what was left: Karim mentions Samir in the discussion of a group like « Logiciels libres au collège », made
 * for this file, choosing him in the list that « @ » opens, with the keyboard; Samir, on another page, sees his
 * « Discussions » count and the mention arrive without reload, finds the channel in « Mes discussions », reads it, and
 * the count goes back.
 */
describe('mentions and unread counts in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    const nadia = await asAdministrator(browser);
    group = await nadia.group({
      name: 'Logiciels libres au collège',
      facilitator: 'samir',
      members: [['karim', 'member']],
    });
    await nadia.close();
  });
  afterAll(() => browser.close());

  it('lets Karim mention Samir from the list, and shows Samir the unread message and the mention live', async () => {
    // Samir reads the group's discussion first, then notes what else is unread (other files write in his other groups).
    const samir = await signedIn(browser, 'samir');
    await samir.page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=discussion`);
    await samir.page.getByRole('tabpanel').getByRole('heading', { level: 2, name: 'Discussion' }).waitFor();
    await samir.page.getByRole('tab', { name: 'Discussion', exact: true }).waitFor();
    await navigation(samir.page)
      .getByRole('link', { name: /^Discussions/ })
      .click();
    await samir.page.getByRole('heading', { level: 1, name: 'Mes discussions' }).waitFor();
    await groupChannelItem(samir.page).getByText('Aucun message non lu').waitFor();
    const before = await unreadSummary(samir.page);
    expect(await samir.page.title()).toBe('Mes discussions — Ouvroir');

    // He goes on elsewhere, without reloading: the page keeps a mark that a reload would lose.
    await navigation(samir.page).getByRole('link', { name: 'Groupes', exact: true }).click();
    await samir.page.getByRole('heading', { level: 1, name: 'Groupes de travail et comités' }).waitFor();
    await samir.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Karim begins a message in the group's discussion: « @ » and a name nobody has, then the beginning of Samir's.
    const karim = await signedIn(browser, 'karim');
    await karim.page.goto(`${baseUrl()}/groupes/${group.slug}?onglet=discussion`);
    const panel = karim.page.getByRole('tabpanel');
    const field = panel.getByRole('combobox', { name: /^Votre message/ });
    await field.click();
    await field.pressSequentially('Bonjour @Xyz');
    await panel.getByText('Personne à mentionner pour « Xyz »').waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    for (let i = 0; i < 3; i += 1) await field.press('Backspace');
    await field.pressSequentially('Sam');

    const list = panel.getByRole('listbox', { name: 'Personnes à mentionner' });
    const option = list.getByRole('option', { name: 'Samir Haddad', exact: true });
    await option.waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    expect(await field.getAttribute('aria-autocomplete')).toBe('list');
    expect(await field.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    expect(await seriousAccessibilityViolations(karim.page)).toEqual([]);

    // With the keyboard: ↓ then Entrée; the token replaces « @Sam », and the caret stays after it.
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await field.press('Enter');
    await list.waitFor({ state: 'hidden' });
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    const typed = await field.inputValue();
    expect(typed).toMatch(/^Bonjour @\[Samir Haddad\]\([0-9a-f-]{36}\) $/);
    expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(typed.length);
    await field.pressSequentially('tu peux relire la charte ?');
    await field.press('Control+Enter');
    await karim.page.waitForFunction(
      (element) => (element as HTMLTextAreaElement).value === '',
      await field.elementHandle(),
    );

    // The message shows the mention, as the API renders it.
    const sent = panel.getByRole('log').getByRole('article', { name: 'Message de Karim Benali' }).last();
    const mention = sent.locator('.ouvroir-mention', { hasText: '@Samir Haddad' });
    await mention.waitFor();
    expect(await mention.evaluate((element) => getComputedStyle(element).fontWeight)).toBe('700');

    // Samir, on the groups' page, sees one more unread message, and the mention, without reload.
    await discussionsLink(samir.page, before.unread + 1, before.mentions + 1).waitFor();
    expect(await samir.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // « Mes discussions » shows the channel with its unread message, and that he is mentioned there.
    await discussionsLink(samir.page, before.unread + 1, before.mentions + 1).click();
    await samir.page.getByRole('heading', { level: 1, name: 'Mes discussions' }).waitFor();
    const item = groupChannelItem(samir.page);
    await item.getByText('1 message non lu', { exact: true }).waitFor();
    await item.getByText('vous êtes mentionné', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(samir.page)).toEqual([]);

    // He opens it: the message is there, read; the counts go back to what they were.
    await item.getByRole('link', { name: group.name, exact: true }).click();
    await samir.page.waitForURL(`${baseUrl()}/groupes/${group.slug}?onglet=discussion`);
    await samir.page
      .getByRole('tabpanel')
      .getByRole('article', { name: 'Message de Karim Benali' })
      .locator('.ouvroir-mention', { hasText: '@Samir Haddad' })
      .waitFor();
    await samir.page.getByRole('tab', { name: 'Discussion', exact: true }).waitFor();
    await discussionsLink(samir.page, before.unread, before.mentions).waitFor();
    await discussionsLink(samir.page, before.unread, before.mentions).click();
    await groupChannelItem(samir.page).getByText('Aucun message non lu').waitFor();
    expect(await groupChannelItem(samir.page).getByText('vous êtes mentionné').count()).toBe(0);
    expect(await unreadSummary(samir.page)).toEqual(before);

    expect(ouvroirErrors(karim.consoleErrors)).toEqual([]);
    expect(ouvroirErrors(samir.consoleErrors)).toEqual([]);
    await karim.page.context().close();
    await samir.page.context().close();
  });
});
