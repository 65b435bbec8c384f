// The import page: an analyst uploads the codebook (with a progress bar), reads the summary, then a file
// with errors is refused with its errors by line, and a Windows-1252 file is refused until that character
// set is chosen; they show in the list of recent imports.
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

describe('imports', () => {
  it('lets an analyst import a codebook, and shows a refused file with its errors by line', async () => {
    const { page } = await test.open();
    await signIn(page, 'analytiker');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Import' }).click();
    await page.waitForURL('**/import');
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await expect(page.title()).resolves.toBe('Import – indsats');
    await expectNoAxeViolations(page, 'the import page');

    await page.getByLabel('Kodebog (DREAM-koder)').check();
    await page.getByRole('button', { name: 'Importér' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Vælg en fil.');
    await expectNoAxeViolations(page, 'the import form with an error');

    const file = page.getByLabel(/^Fil/);
    await file.setInputFiles({
      name: 'koder.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;meaning;category\r\n701;Browser-test;benefit\r\n'),
    });
    await page.getByRole('button', { name: 'Importér' }).click();
    const result = page.getByRole('heading', {
      level: 2,
      name: /^Resultat: Kodebog \(DREAM-koder\) – Importeret/,
    });
    await result.waitFor();
    const summary = page.getByRole('table', { name: 'Resultat af importen af koder.csv' });
    await expect(summary.getByRole('row', { name: /Oprettet/ }).innerText()).resolves.toMatch(/1$/);
    await expectNoAxeViolations(page, 'the summary of an import');

    await file.setInputFiles({
      name: 'forkert.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code,meaning,category\n702,Ok,benefit\n7,Kort,pension\n'),
    });
    await page.getByRole('button', { name: 'Importér' }).click();
    await page.getByRole('heading', { level: 2, name: /– Afvist$/ }).waitFor();
    await page.getByText('Filen blev ikke importeret: 2 fejl. Intet er ændret.').waitFor();
    const errors = page.getByRole('table', { name: 'Fejl i filen' });
    await expect(errors.locator('tbody tr').first().innerText()).resolves.toContain('3');
    await expect(errors.innerText()).resolves.toContain('Kategorien skal være benefit');
    await expectNoAxeViolations(page, 'a refused import with its errors');

    // A file from an older system, saved as Windows-1252: refused as UTF-8, read when chosen.
    const old = {
      name: 'gammel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;meaning;category\r\n703;Sygedagpenge, Bjørn;benefit\r\n', 'latin1'),
    };
    await file.setInputFiles(old);
    await page.getByRole('button', { name: 'Importér' }).click();
    await errors.getByText(/Linjen er ikke gyldig UTF-8/).waitFor();
    await page.getByLabel('Tegnsæt').selectOption('windows-1252');
    await file.setInputFiles(old);
    await page.getByRole('button', { name: 'Importér' }).click();
    await result.waitFor();
    await expectNoAxeViolations(page, 'the import form with a character set chosen');

    const recent = page.getByRole('table', { name: 'De seneste importer, nyeste først' });
    await recent.getByRole('row', { name: /forkert\.csv/ }).waitFor();
    await recent.getByRole('button', { name: 'Vis importen af koder.csv' }).click();
    await result.waitFor();
  });
});
