// The committee pack's Word and PDF files (pack-document.ts, pack-docx.ts, pack-pdf.ts): the headings and
// figures in Danish formats, the comparison with the previous report, the budget status and the decision,
// and the same bytes each time the same pack is rendered.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { ExitRow, OutcomeReport } from '../../../../shared/outcomes/outcome.schemas.ts';
import { packDocument, type FrozenReport, type PackInputs } from './pack-document.ts';
import { packDocx } from './pack-docx.ts';
import { packPdf, packPdfDefinition } from './pack-pdf.ts';

const rate = (count: number, of: number) => ({
  rate: of === 0 ? null : count / of,
  ratePercent: of === 0 ? null : Math.floor((count * 100) / of + 0.5),
  ci95: null,
  versusRest: null,
});

function exitRow(code: string | null, completed: number, job: number): ExitRow {
  return {
    providerCode: code,
    providerName: code === null ? null : `Syntetisk leverandør ${code}`,
    completed,
    ...rate(job, completed),
    pending: 0,
    notInRegister: 0,
    job,
    education: 0,
    jobOrEducation: job,
    partTime: 0,
    publicBenefit: completed - job,
    otherSelfSupporting: 0,
    censored: 0,
  };
}

function report(exitJobs: number, placed: number, withPlan: number): OutcomeReport {
  const base = { providerCode: 'SYN', providerName: 'Syntetisk leverandør SYN', completed: 100 };
  const total = { providerCode: null, providerName: null, completed: 100 };
  return {
    definitionVersion: 'seed-2020',
    exit: {
      from: '2026-01-01',
      to: '2026-06-30',
      rows: [exitRow('SYN', 100, exitJobs)],
      total: exitRow(null, 100, exitJobs),
    },
    placement: {
      from: '2026-01-01',
      to: '2026-06-30',
      kinds: ['internship'],
      rows: [{ ...base, ...rate(placed, 100), placed }],
      total: { ...total, ...rate(placed, 100), placed },
    },
    plan: {
      from: '2026-01-01',
      to: '2026-06-30',
      rows: [{ ...base, ...rate(withPlan, 100), withPlan }],
      total: { ...total, ...rate(withPlan, 100), withPlan },
    },
  };
}

const frozen = (id: string, title: string, createdAt: string, results: OutcomeReport): FrozenReport => ({
  id,
  title,
  createdAt,
  definitionVersion: 'seed-2020',
  results,
});

const inputs: PackInputs = {
  title: 'Status på de lokalt forankrede indsatser',
  caseNumber: '2026-0000001',
  meetingOn: '2026-09-21',
  createdAt: new Date('2026-09-01T08:30:00Z'),
  createdByName: 'Anna Analytiker',
  current: frozen('b', 'Resultater 1. halvår 2026', '2026-08-15T10:00:00Z', report(7, 10, 6)),
  previous: frozen('a', 'Resultater 2. halvår 2025', '2026-02-15T10:00:00Z', report(4, 11, 2)),
  budgetStatus: {
    year: 2026,
    asOf: '2026-09-01',
    frameOre: 1_632_000_00,
    providers: [
      {
        providerId: 'p',
        providerName: 'Syntetisk leverandør SYN',
        approvedOre: 2_040_00,
        billedNotApprovedOre: 1_000_00,
        forecastOre: 204_000_00,
      },
    ],
    total: { approvedOre: 2_040_00, billedNotApprovedOre: 1_000_00, forecastOre: 204_000_00 },
  },
  summary: 'Udvalget orienteres om resultaterne for 1. halvår 2026.',
  recommendation: 'At udvalget tager orienteringen til efterretning.',
  presentation: 'Afgangen til job er steget.\n\nPlacering er faldet en smule.',
  decision: null,
};

/** The visible text of word/document.xml: the runs joined, one line per paragraph. */
function documentText(docx: Buffer): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

describe('the committee pack as a Word document', () => {
  it('has the headings of a committee case, the figures in Danish formats and the comparison', async () => {
    const text = documentText(await packDocx(packDocument(inputs, 'da'), 'da'));
    for (const heading of [
      'Resumé',
      'Indstilling',
      'Sagsfremstilling',
      'Nøgletal',
      'Resultater',
      'Økonomi',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Sagsnr. 2026-0000001 · Udvalgsmøde 21. september 2026');
    expect(text).toContain('Placering er faldet en smule.');
    // Key figures: previous, now and the change in percentage points (seed 003's "4 % → 7 %").
    expect(text).toMatch(/Afgang til job, uddannelse og deltid\s*4 %\s*7 %\s*\+3 pct\.-point/);
    expect(text).toMatch(/Forberedende plan\s*2 %\s*6 %\s*\+4 pct\.-point/);
    expect(text).toContain('Tabel 1: Afgang til beskæftigelse');
    expect(text).toContain('gemt 15. februar 2026');
    // Budget: kroner with øre and the forecast's share of the frame with one decimal.
    expect(text).toContain('2.040,00 kr.');
    expect(text).toContain('1.632.000,00 kr.');
    expect(text).toContain('12,5 %');
    expect(text).not.toContain('Beslutning');
    // The amount ends in "kr." itself: never "kr..".
    expect(text).not.toContain('kr..');
    expect(text).toContain('Rammen for 2026 er på 1.632.000,00 kr. i alt.');
    // Each result table's title once (its heading), not again as a caption.
    expect(text.split('Tabel 1: Afgang til beskæftigelse').length - 1).toBe(1);
    // A pack frozen before the budget status had the frame per provider has no frame column.
    expect(text).not.toMatch(/^Ramme$/m);
  });

  it("shows each provider's part of the frame and the parts' total, with how a shared frame is split", async () => {
    const status = {
      ...inputs.budgetStatus,
      providers: [{ ...inputs.budgetStatus.providers[0]!, frameOre: 816_000_00 }],
      total: { ...inputs.budgetStatus.total, frameOre: 816_000_00 },
    };
    const document = packDocument({ ...inputs, budgetStatus: status }, 'da');
    const table = document.blocks.find((b) => b.kind === 'table' && b.table.headers.includes('Ramme'));
    expect(table).toMatchObject({
      table: {
        headers: [
          'Leverandør',
          'Ramme',
          'Godkendt',
          'Faktureret, ikke godkendt',
          'Prognose til årets udgang',
        ],
        rows: [
          ['Syntetisk leverandør SYN', '816.000,00 kr.', '2.040,00 kr.', '1.000,00 kr.', '204.000,00 kr.'],
        ],
        total: ['I alt', '816.000,00 kr.', '2.040,00 kr.', '1.000,00 kr.', '204.000,00 kr.'],
      },
    });
    const text = documentText(await packDocx(document, 'da'));
    expect(text).toContain('leverandørens ramme er dens andel');
  });

  it('adds the decision when there is one, and English when asked for', async () => {
    const decided = { ...inputs, decision: { decidedOn: '2026-09-21', decision: 'Syntetisk beslutning.' } };
    const text = documentText(await packDocx(packDocument(decided, 'da'), 'da'));
    expect(text).toContain('Beslutning');
    expect(text).toContain('Udvalgets beslutning 21. september 2026:');
    expect(text).toContain('Syntetisk beslutning.');
    const english = documentText(await packDocx(packDocument(decided, 'en'), 'en'));
    expect(english).toContain('Case presentation');
    expect(english).toContain('12.5%');
  });

  it('gives the same bytes when the same pack is rendered again, dated by the pack', async () => {
    // Another clock for the second rendering: what docx stamps with the clock must not reach the file.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-05-17T13:14:15Z') });
    let first: Buffer;
    let second: Buffer;
    try {
      first = await packDocx(packDocument(inputs, 'da'), 'da');
      vi.setSystemTime(new Date('2032-11-03T01:02:03Z'));
      second = await packDocx(packDocument(inputs, 'da'), 'da');
    } finally {
      vi.useRealTimers();
    }
    expect(second.equals(first)).toBe(true);
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!);
    expect(core).toContain('>2026-09-01T08:30:00Z</dcterms:created>');
    expect(core).toContain('>2026-09-01T08:30:00Z</dcterms:modified>');
  });
});

describe('the committee pack as a PDF', () => {
  it('renders the same blocks, dated by the pack', async () => {
    const definition = packPdfDefinition(packDocument(inputs, 'da'));
    expect(definition.info?.creationDate).toEqual(inputs.createdAt);
    const pdf = await packPdf(packDocument(inputs, 'da'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.stringify(definition.content)).toContain('2.040,00 kr.');
  });

  it('gives the same bytes when the same pack is rendered again, whatever the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-05-17T13:14:15Z') });
    let first: Buffer;
    let second: Buffer;
    try {
      first = await packPdf(packDocument(inputs, 'da'));
      vi.setSystemTime(new Date('2032-11-03T01:02:03Z'));
      second = await packPdf(packDocument(inputs, 'da'));
    } finally {
      vi.useRealTimers();
    }
    expect(second.equals(first)).toBe(true);
  });
});
