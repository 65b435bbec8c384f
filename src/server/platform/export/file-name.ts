// The names of downloaded files, one rule for every export: ASCII that every system takes (æ, ø, å
// written ae, oe, aa; other letters without their accents; the rest a hyphen), the format in the name
// so Danish and English CSV of the same table never overwrite each other, and the original name kept
// for browsers that read RFC 6266's filename*.
const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

/** "Evaluering af Udbud 2025 – Område Sjælland" → "Evaluering-af-Udbud-2025-Omraade-Sjaelland". */
export function asciiFileName(name: string, maxLength = 80): string {
  return name
    .replace(/[æøåÆØÅ]/g, (letter) => DANISH_LETTERS[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength);
}

/** The file of an export: `base.xlsx`, `base.csv` (Danish), `base-en.csv` (plain), `base.pdf`. */
export function exportFileName(base: string, format: string): string {
  if (format === 'csv-en') return `${asciiFileName(base)}-en.csv`;
  return `${asciiFileName(base)}.${format}`;
}

/** The Content-Disposition of a download: the ASCII name, and the name as written for those who read it. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName, 200)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
