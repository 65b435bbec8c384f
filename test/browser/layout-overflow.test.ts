// Issue 15, pages item 1: at 1280 px no table on the role start pages, /resultater (with a comparison) and
// /afregning is wider than the page or hides columns in a scroll box while the page's right side is empty.
// Each visible table's right edge, and its scroll container's, is measured against the viewport, and a
// scroll container must not need scrolling at this width. Axe on each page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

interface TableBox {
  caption: string;
  tableRight: number;
  containerRight: number | null;
  /** The scroll container needs scrolling: some columns are hidden. */
  hidesColumns: boolean;
  /** For the failure message: the table's full width, its container's and the main column's. */
  widths: string;
}

async function measureTables(
  page: Page,
): Promise<{ viewport: number; pageWidth: number; tables: TableBox[] }> {
  return page.evaluate(() => {
    const scrollContainerOf = (element: Element): Element | null => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) return node;
      }
      return null;
    };
    const tables = [...document.querySelectorAll('main table')]
      .filter((table) => (table as HTMLElement).offsetParent !== null)
      .map((table) => {
        const container = scrollContainerOf(table);
        return {
          caption: (table as HTMLTableElement).caption?.innerText.trim() || '(no caption)',
          tableRight: Math.round(table.getBoundingClientRect().right),
          containerRight: container ? Math.round(container.getBoundingClientRect().right) : null,
          hidesColumns: container ? container.scrollWidth > container.clientWidth + 1 : false,
          widths: `table ${table.scrollWidth}, container ${container?.clientWidth ?? '-'}, main column ${
            document.querySelector('main .container')?.clientWidth ?? '-'
          }`,
        };
      });
    return {
      viewport: document.documentElement.clientWidth,
      pageWidth: document.documentElement.scrollWidth,
      tables,
    };
  });
}

async function expectNoOverflow(page: Page, where: string, minimumTables = 1): Promise<void> {
  const { viewport, pageWidth, tables } = await measureTables(page);
  expect(tables.length, `${where}: tables shown`).toBeGreaterThanOrEqual(minimumTables);
  expect(pageWidth, `${where}: the page is wider than the window`).toBeLessThanOrEqual(viewport);
  for (const table of tables) {
    const name = `${where}, table "${table.caption}"`;
    expect(table.hidesColumns, `${name} hides columns in its scroll box (${table.widths})`).toBe(false);
    expect(table.containerRight ?? table.tableRight, `${name} ends beyond the window`).toBeLessThanOrEqual(
      viewport,
    );
    if (table.containerRight === null) expect(table.tableRight, name).toBeLessThanOrEqual(viewport);
  }
}

const START_PAGES = [
  ['admin', 0],
  ['sagsbehandler', 0],
  ['settlementet', 0],
  ['sydhavn-leder', 0],
  ['analytiker', 0],
  ['indkoeb', 0],
] as const;

describe('tables at 1280 px', () => {
  it.each(START_PAGES)('fit the start page of %s', async (username, minimumTables) => {
    const { page } = await test.open();
    await signIn(page, username);
    await page.waitForLoadState('networkidle');
    await expectNoOverflow(page, `the start page of ${username}`, minimumTables);
    await expectNoAxeViolations(page, `the start page of ${username}`);
  });

  it('fit the outcome tables with a comparison to a saved report', async () => {
    const { context, page } = await test.open();
    await signIn(page, 'analytiker');
    const saved = (await (await context.request.get('/api/outcome-reports')).json()) as {
      items: { id: string }[];
    };
    expect(saved.items.length).toBeGreaterThan(0);
    await page.goto(`/resultater?sammenlign=${saved.items[0]!.id}`);
    await page.getByRole('heading', { level: 2, name: 'Sammenligning', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoOverflow(page, '/resultater with a comparison', 3);
    await expectNoAxeViolations(page, '/resultater with a comparison');
  });

  it.each(['indkoeb', 'sydhavn-leder'])('fit the billing page of %s', async (username) => {
    const { page } = await test.open();
    await signIn(page, username);
    await page.goto('/afregning');
    await page.locator('main table').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoOverflow(page, `/afregning for ${username}`, 1);
    await expectNoAxeViolations(page, `/afregning for ${username}`);
  });
});
