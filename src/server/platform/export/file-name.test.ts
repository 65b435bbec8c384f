import { describe, expect, it } from 'vitest';
import { asciiFileName, attachmentHeader, exportFileName } from './file-name.ts';

describe('download file names', () => {
  it('writes æ, ø and å as ae, oe and aa, drops accents and joins the rest with hyphens', () => {
    expect(asciiFileName('evaluering-Udbud 2025 – Område Sjælland/Øst')).toBe(
      'evaluering-Udbud-2025-Omraade-Sjaelland-Oest',
    );
    expect(asciiFileName('Café Ærø.pdf')).toBe('Cafe-Aeroe.pdf');
  });

  it('gives the Danish and the English CSV different names', () => {
    expect(exportFileName('resultater-2024-01-01-2024-12-31', 'csv')).toBe(
      'resultater-2024-01-01-2024-12-31.csv',
    );
    expect(exportFileName('resultater-2024-01-01-2024-12-31', 'csv-en')).toBe(
      'resultater-2024-01-01-2024-12-31-en.csv',
    );
    expect(exportFileName('afregning æ', 'xlsx')).toBe('afregning-ae.xlsx');
  });

  it('sends the ASCII name and the name as written', () => {
    expect(attachmentHeader('indsigt-Søren.pdf')).toBe(
      `attachment; filename="indsigt-Soeren.pdf"; filename*=UTF-8''indsigt-S%C3%B8ren.pdf`,
    );
  });
});
