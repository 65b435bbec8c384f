// One server and one browser per test file; a fresh context per journey, closed after each test.
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server.ts';
import { axeViolations, launchBrowser, newPage } from './browser.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUILT_INDEX = path.join(REPO, 'dist/web/index.html');

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestModification(full));
    // Tests are not part of the bundle.
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The server serves dist/web: testing an old build tests old code, so refuse it. */
function assertWebBuildIsCurrent(): void {
  let builtAt: number;
  try {
    builtAt = statSync(BUILT_INDEX).mtimeMs;
  } catch {
    throw new Error('dist/web/index.html is missing: run `npm run build:web` (or `npm run test:browser`).');
  }
  const sources = Math.max(
    newestModification(path.join(REPO, 'src/web')),
    newestModification(path.join(REPO, 'src/shared')),
  );
  if (sources > builtAt) {
    throw new Error('dist/web is older than src/web or src/shared: run `npm run build:web` first.');
  }
}

export interface BrowserTest {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new Danish context and page, closed after the test. */
  open(locale?: string): Promise<{ context: BrowserContext; page: Page }>;
}

export function setUpBrowserTests(): BrowserTest {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    assertWebBuildIsCurrent();
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('the test server has not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
    async open(locale) {
      const opened = await newPage(this.browser, this.server.url, locale);
      contexts.push(opened.context);
      return opened;
    },
  };
}

/** Fails with axe's findings (WCAG 2.1 A and AA) listed. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe found violations on ${where}:\n${violations.join('\n')}`).toEqual([]);
}
