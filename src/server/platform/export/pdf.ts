// Every PDF of the app is rendered here: pdfmake is one shared instance, so its fonts (the Roboto files
// it ships) and its policy (no network, no file outside those fonts) are set in one place. Modules build
// a document definition (a pure, testable function) and call renderPdf.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const ROBOTO_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
type Pdfmake = typeof import('pdfmake');
let loaded: Promise<Pdfmake> | undefined;

/**
 * pdfmake, loaded at the first PDF and configured once: loading it takes about 0.15 s, which every start
 * of the server and the command line would pay otherwise (bench/startup.ts).
 */
function pdfmakeConfigured(): Promise<Pdfmake> {
  loaded ??= import('pdfmake').then((module) => {
    // pdfmake is CommonJS: its exports are the ES module's default.
    const pdfmake = (module as unknown as { default: Pdfmake }).default;
    configure(pdfmake);
    return pdfmake;
  });
  return loaded;
}

function configure(pdfmake: Pdfmake): void {
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(ROBOTO_DIR + path.sep));
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = await pdfmakeConfigured();
  return pdfmake.createPdf(document).getBuffer();
}

/** The styles of a case document (the plan's input, a citizen's access export): one look for both. */
export const CASE_DOCUMENT_STYLES: StyleDictionary = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
  meta: { fontSize: 9, italics: true, color: '#444444', margin: [0, 0, 0, 8] },
  heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
  subheading: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
  label: { bold: true, margin: [0, 4, 0, 2] },
  body: { margin: [0, 0, 0, 4] },
  empty: { italics: true, color: '#555555', margin: [0, 0, 0, 4] },
  table: { margin: [0, 2, 0, 6] },
  tableHeader: { bold: true },
  footer: { fontSize: 8, color: '#555555' },
};

/** A table of a case document: a header row and light lines, in CASE_DOCUMENT_STYLES. */
export function caseTable(headers: string[], rows: string[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    style: 'table',
  };
}
