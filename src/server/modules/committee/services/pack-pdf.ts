// The committee pack as a PDF (pdfmake through platform/export/pdf.ts, like the outcomes appendix), from
// the same pack document as the Word file. The document's creation date is the pack's created_at.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../../platform/export/pdf.ts';
import type { Block, DocTable, PackDocument } from './pack-document.ts';

function tableContent(table: DocTable): Content {
  const cell = (text: string, i: number, bold = false) => ({
    text,
    bold,
    alignment: table.numeric[i] ? ('right' as const) : ('left' as const),
  });
  return {
    stack: [
      ...(table.caption === null ? [] : [{ text: table.caption, style: 'caption' }]),
      {
        table: {
          headerRows: 1,
          widths: table.headers.map((_, i) => (i === 0 ? '*' : 'auto')),
          body: [
            table.headers.map((h, i) => ({ ...cell(h, i, true), fillColor: '#eeeeee' })),
            ...table.rows.map((row) => row.map((c, i) => cell(c, i))),
            ...(table.total ? [table.total.map((c, i) => cell(c, i, true))] : []),
          ],
        },
        layout: 'lightHorizontalLines',
        style: 'table',
      },
    ],
    unbreakable: true,
  };
}

function blockContent(block: Block): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: `h${block.level}` };
    case 'paragraph':
      return { text: block.text, style: block.note ? 'note' : 'body' };
    case 'table':
      return tableContent(block.table);
  }
}

export function packPdfDefinition(document: PackDocument): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: {
      title: document.title,
      creator: 'indsats',
      producer: 'indsats',
      creationDate: document.createdAt,
      modDate: document.createdAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: document.blocks.map(blockContent),
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 4] },
      h3: { fontSize: 10.5, bold: true, italics: true, margin: [0, 10, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
      note: { fontSize: 8, italics: true, color: '#333333', margin: [0, 2, 0, 4] },
      caption: { fontSize: 8, italics: true, color: '#555555', margin: [0, 4, 0, 2] },
      table: { fontSize: 8.5, margin: [0, 0, 0, 6] },
    },
  };
}

export function packPdf(document: PackDocument): Promise<Buffer> {
  return renderPdf(packPdfDefinition(document));
}
