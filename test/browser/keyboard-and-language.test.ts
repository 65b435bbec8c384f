// Keyboard use, the sign-in errors, the session guard and the Danish/English switch.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

/** What has keyboard focus, and whether it shows a focus indicator. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: element?.textContent?.trim() ?? '',
      hasOutline: style ? style.outlineStyle !== 'none' && style.outlineWidth !== '0px' : false,
    };
  });
}

describe('keyboard and language', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    const { page } = await test.open();
    await page.goto('/borgere');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await expect(page.title()).resolves.toBe('Log ind – indsats');
  });

  it('returns to the sign-in page when the session ends while the app is open', async () => {
    const { context, page } = await test.open();
    await signIn(page, 'sagsbehandler');
    await context.clearCookies();
    await page.getByLabel('Søg på CPR-nummer eller navn').fill('Hansen');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await expect(page.getByRole('button', { name: 'Log ud' }).count()).resolves.toBe(0);
  });

  it('offers single sign-on as a plain link when the server has it configured', async () => {
    const { context, page } = await test.open();
    // The test server has no identity provider; only the configuration answer is replaced.
    await context.route('**/api/auth/config', (route) => route.fulfill({ json: { oidcEnabled: true } }));
    await page.goto('/login');
    const sso = page.getByRole('link', { name: 'Log ind med single sign-on' });
    await sso.waitFor();
    await expect(sso.getAttribute('href')).resolves.toBe('/api/auth/oidc/start?returnTo=/');
    await expectNoAxeViolations(page, 'the sign-in page with single sign-on');
  });

  it('explains a failed single sign-on that the server redirected back to the sign-in page', async () => {
    const { page } = await test.open();
    await page.goto('/login?error=oidc&reason=unknown_user');
    await page.getByText('Din bruger findes ikke i indsats. Kontakt en administrator.').waitFor();
    await page.goto('/login?error=oidc');
    await page.getByText('Log ind med single sign-on mislykkedes. Prøv igen.').waitFor();
  });

  it('reaches the skip link first and signs in with the keyboard alone', async () => {
    const { page } = await test.open();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();

    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({
      tag: 'a',
      text: 'Gå til indhold',
      hasOutline: true,
    });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'main', id: 'main-content' });

    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ id: 'login-username', hasOutline: true });
    await page.keyboard.type('sagsbehandler');
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ id: 'login-password' });

    // A wrong password: the message comes from the server, in Danish, in the live region.
    await page.keyboard.type('forkert');
    await page.keyboard.press('Enter');
    const live = page.locator('[aria-live="assertive"]');
    await expect.poll(() => live.innerText()).toContain('Forkert brugernavn eller adgangskode.');
    await expectNoAxeViolations(page, 'the sign-in page with an error');

    await page.locator('#login-password').fill('');
    await page.locator('#login-password').focus();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: /Velkommen/ }).waitFor();
  });

  it('switches the whole interface, and the server messages, to English and back', async () => {
    const { page } = await test.open();
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.evaluate(() => document.cookie)).resolves.toContain('indsats_lang=en');
    await expect(page.getByRole('link', { name: 'Skip to content' }).count()).resolves.toBe(1);

    await page.getByLabel('Username').fill('sagsbehandler');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.locator('[aria-live="assertive"]').innerText())
      .toContain('Wrong username or password.');

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await expect(page.title()).resolves.toBe('Home – indsats');
    const menu = page.getByRole('navigation', { name: 'Main menu' }).getByRole('link');
    await expect(menu.allInnerTexts()).resolves.toEqual([
      'Home',
      'Citizens',
      'Create citizen',
      'Referrals',
      'Courses',
      'Tasks',
      'Follow-up',
      'Providers',
      'Framework agreements',
      'Tenders',
      'Network',
      'Follow-up meetings',
      'Capacity',
    ]);

    // The choice survives a reload (cookie), then Danish comes back on request.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: /Velkommen/ }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('da');
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
