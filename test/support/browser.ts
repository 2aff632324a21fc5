import { readFileSync } from 'node:fs';
import { Browser, chromium, ConsoleMessage, Locator, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const baseUrl = () => {
  const url = process.env.OUVROIR_BASE_URL;
  if (!url) throw new Error('the browser global setup did not start the server');
  return url;
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** A new page that records console errors (CSP violations included), each after the address of its page. */
export async function newPage(browser: Browser, options: { locale?: string; width?: number } = {}) {
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()} ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()} ${error.message}`));
  return { page, consoleErrors };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations of impact serious or critical on the current page. */
export async function seriousAccessibilityViolations(
  page: Page,
): Promise<{ id: string; help: string; nodes: number }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; help: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.length }));
  });
}

/** Signs in through the development provider (any password); the app then shows `returnTo`, or its home page. */
export async function signInAs(page: Page, login: string, returnTo = '/') {
  if (!page.url().startsWith(`${baseUrl()}/connexion`)) await page.goto(`${baseUrl()}/connexion`);
  await page.getByRole('link', { name: 'Se connecter avec Comptes de démonstration' }).click();
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('démo');
  await page.locator('button[type=submit]').click();
  await page.waitForURL(`${baseUrl()}${returnTo}`);
}

/** Console errors of Ouvroir's pages: the development provider's own pages load outside resources. */
/**
 * Checks (or unchecks) a DSFR radio button or checkbox as a person does, by clicking its label: the input itself
 * lies hidden under the label's drawing. Playwright clicks once the label is still and on top, so a page that a live
 * update is still laying out does not send the click elsewhere. A box that reflects the address (a catalogue filter)
 * shows its new state once the router's navigation, a React transition, has rendered: that is waited for.
 */
export async function setChecked(input: Locator, checked = true) {
  if ((await input.isChecked()) === checked) return;
  const id = (await input.getAttribute('id'))!;
  await input.page().locator(`label[for="${id}"]`).click();
  await input
    .page()
    .waitForFunction(
      ([inputId, wanted]) => (document.getElementById(inputId) as HTMLInputElement | null)?.checked === wanted,
      [id, checked] as const,
      { timeout: 5_000 },
    )
    .catch(() => {
      throw new Error(`#${id} did not become ${checked ? '' : 'un'}checked`);
    });
}

/** A new page signed in as `login`, with its console errors. */
export async function signedIn(browser: Browser, login: string) {
  const opened = await newPage(browser);
  await signInAs(opened.page, login);
  return opened;
}

export const ouvroirErrors = (errors: string[]) => errors.filter((error) => !error.startsWith(`${baseUrl()}/dev-idp`));
