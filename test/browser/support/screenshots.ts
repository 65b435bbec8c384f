// Screenshots of the main pages for a visual check (not a test):
//   npx tsx test/browser/support/screenshots.ts http://127.0.0.1:8123 /tmp/shots
import { mkdir } from 'node:fs/promises';
import { axeViolations, launchBrowser, newPage, signIn } from './browser.ts';

const [baseUrl = 'http://127.0.0.1:8123', outDir = '/tmp/shots'] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();

async function shot(page: import('playwright-core').Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
  const violations = await axeViolations(page);
  console.log(name, violations.length === 0 ? 'axe ok' : violations.join('\n'));
}

try {
  const { context, page } = await newPage(browser, baseUrl);
  await page.goto('/login');
  await shot(page, '01-login');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(400); // DKFDS slides the skip link in
  await page.screenshot({
    path: `${outDir}/01b-skip-link.png`,
    clip: { x: 0, y: 0, width: 640, height: 200 },
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.screenshot({
    path: `${outDir}/01c-focus-input.png`,
    clip: { x: 0, y: 100, width: 640, height: 400 },
  });
  await page.getByRole('button', { name: 'Log ind' }).click();
  await shot(page, '02-login-missing');
  await signIn(page, 'sagsbehandler');
  await shot(page, '03-start-caseworker');
  await page.getByLabel('Søg på CPR-nummer eller navn').fill('a');
  await page.keyboard.press('Enter');
  await page.getByRole('table').waitFor();
  await shot(page, '04-search');
  await page.getByRole('table').getByRole('link').first().click();
  await page.locator('#access-log').waitFor();
  await shot(page, '05-citizen');
  await page.goto('/borgere/ny');
  await page.getByLabel(/CPR-nummer/).fill('320190-1234');
  await page.getByLabel(/Navn/).fill('Test Testesen');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.getByRole('alert').waitFor();
  await shot(page, '06-create-errors');
  await page.goto('/findes/ikke');
  await shot(page, '07-not-found');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.waitForURL('**/login');
  await signIn(page, 'settlementet');
  await shot(page, '08-start-provider');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.waitForURL('**/login');
  await signIn(page, 'admin');
  await shot(page, '09-start-admin');
  await page.getByRole('button', { name: 'English' }).click();
  await shot(page, '10-start-admin-en');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.waitForURL('**/login');
  await signIn(page, 'analytiker');
  await shot(page, '11-start-analyst');
  await page.setViewportSize({ width: 390, height: 800 });
  await shot(page, '12-mobile');
  await context.close();
} finally {
  await browser.close();
}
