// Every PDF of the app is rendered here: pdfmake is one shared instance, so its fonts (the Roboto files
// it ships) and its policy (no network, no file outside those fonts) are set in one place. Modules build
// a document definition (a pure, testable function) and call renderPdf.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

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
