// The committee pack as a Word document (.docx, the format the committee's case system takes), rendered
// from the pack document (pack-document.ts) with the `docx` package. The same pack gives the same bytes:
// the document's created and modified dates are the pack's created_at, and the ZIP entries carry that time
// too (docx stamps both with the clock, so the package is rewritten with fflate).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Language } from '../../../../shared/messages.ts';
import type { Block, DocTable, PackDocument } from './pack-document.ts';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function cellOf(text: string, numeric: boolean, options: { bold?: boolean; header?: boolean } = {}) {
  return new TableCell({
    shading: options.header ? { fill: 'EEEEEE' } : undefined,
    children: [
      new Paragraph({
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false, size: 18 })],
      }),
    ],
  });
}

function tableOf(table: DocTable): (Paragraph | Table)[] {
  const rows = [
    new TableRow({
      tableHeader: true,
      children: table.headers.map((h, i) => cellOf(h, table.numeric[i]!, { bold: true, header: true })),
    }),
    ...table.rows.map((row) => new TableRow({ children: row.map((c, i) => cellOf(c, table.numeric[i]!)) })),
  ];
  if (table.total) {
    rows.push(
      new TableRow({ children: table.total.map((c, i) => cellOf(c, table.numeric[i]!, { bold: true })) }),
    );
  }
  return [
    ...(table.caption === null
      ? []
      : [
          new Paragraph({
            style: 'Caption',
            children: [new TextRun({ text: table.caption, italics: true })],
          }),
        ]),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ children: [] }),
  ];
}

function blockOf(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({ text: block.text, italics: block.note ?? false, size: block.note ? 18 : 22 }),
          ],
        }),
      ];
    case 'table':
      return tableOf(block.table);
  }
}

/** The W3C date-time Word writes, to the second. */
function w3c(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Fixes what docx stamps with the clock: the core properties' dates and the ZIP entries' times. */
function fixTimestamps(packed: Uint8Array, createdAt: Date): Buffer {
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (core) {
    const stamp = w3c(createdAt);
    files['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`),
    );
  }
  const entries: Zippable = {};
  for (const name of Object.keys(files)) entries[name] = [files[name]!, { mtime: createdAt }];
  return Buffer.from(zipSync(entries, { level: 6 }));
}

export async function packDocx(document: PackDocument, language: Language): Promise<Buffer> {
  const doc = new Document({
    creator: 'indsats',
    lastModifiedBy: 'indsats',
    title: document.title,
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: language === 'da' ? 'da-DK' : 'en-GB' } },
        },
      },
    },
    sections: [
      {
        properties: {},
        children: document.blocks.flatMap(blockOf),
      },
    ],
  });
  return fixTimestamps(await Packer.toBuffer(doc), document.createdAt);
}
