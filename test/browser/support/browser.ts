// Shared set-up for the browser journeys: Debian's Chromium through playwright-core (no `playwright
// install`), a Danish context, sign-in, and axe-core with the WCAG 2.1 A/AA rules.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'demo';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh, Danish browser context (axe needs a page that belongs to a context). */
export async function newPage(
  browser: Browser,
  baseURL: string,
  locale = 'da-DK',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

/** Runs axe on the current page; returns the violations formatted for a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
  );
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1, name: /Velkommen/ }).waitFor();
}

export interface CitizenListJson {
  items: { id: string; name: string; cpr: string; district: string | null }[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every citizen a signed-in context may see, read through the API with the context's cookies. */
export async function listAllCitizens(context: BrowserContext, q = ''): Promise<CitizenListJson['items']> {
  const items: CitizenListJson['items'] = [];
  for (let page = 1; ; page++) {
    const response = await context.request.get(`/api/citizens?page=${page}&q=${encodeURIComponent(q)}`);
    if (!response.ok()) throw new Error(`GET /api/citizens answered ${response.status()}`);
    const body = (await response.json()) as CitizenListJson;
    items.push(...body.items);
    if (page * body.pageSize >= body.total) return items;
  }
}
