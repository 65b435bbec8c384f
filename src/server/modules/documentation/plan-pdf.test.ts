import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../platform/export/pdf.ts';
import { buildPlanInputDocument, planInputTitle, type PlanInputData } from './plan-pdf.ts';

const DATA: PlanInputData = {
  date: '2026-01-15',
  generatedOn: '2026-11-30',
  generatedBy: 'Mette Mentor',
  citizen: { name: 'Søren Ærø Åberg', cpr: '010190-1234' },
  providerName: 'Trædesten ApS',
  mentorName: 'Mette Mentor',
  caseworkerNames: ['Karen Sagsbehandler'],
  course: {
    startsOn: '2025-09-01',
    plannedEndsOn: null,
    endsOn: '2026-01-31',
    endReason: 'job',
    aftercareStartsOn: '2026-02-01',
    aftercareEndsOn: null,
  },
  stages: [
    { stage: 'internal_training', startsOn: '2025-09-01', endsOn: '2025-10-31' },
    { stage: 'external_internship', startsOn: '2025-11-01', endsOn: '2026-01-31' },
  ],
  placements: [
    {
      kind: 'internship',
      companyName: 'Café Østerbro',
      startsOn: '2025-11-01',
      endsOn: '2026-01-31',
      weeklyHoursTenths: 155,
    },
  ],
  workCapacity: {
    work: { resources: 'Mødestabil', challenges: 'Tempo' },
    social: { resources: 'Familie', challenges: null },
    health: { resources: null, challenges: 'Rygsmerter' },
    effortsTried: 'Tidligere praktik i 2023',
    experience: 'Lager',
    network: 'Søster',
    ownWishes: 'Arbejde i café',
    accommodations: 'Ingen tunge løft',
  },
  entries: [
    {
      entryOn: '2025-11-10',
      kind: 'accommodation',
      setting: 'internship',
      text: 'Pauser hver time',
      isSensitive: false,
    },
    { entryOn: '2025-12-01', kind: 'progression', setting: null, text: 'Møder til tiden', isSensitive: true },
  ],
  finalReport: {
    summary: 'Gik i job',
    outcome: 'Job 15 t/uge',
    recommendation: 'Efterværn',
    completedOn: '2026-02-05',
  },
};

/** Every text in the document, flattened, to look for sections. */
function texts(content: Content | Content[] | undefined): string[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap((c) => texts(c as Content));
  if (typeof content !== 'object') return [];
  const node = content as unknown as Record<string, unknown>;
  const parts: string[] = [];
  if ('text' in node) parts.push(...texts(node.text as Content));
  if ('stack' in node) parts.push(...texts(node.stack as Content[]));
  if ('table' in node) parts.push(...texts((node.table as { body: Content[][] }).body.flat()));
  return parts;
}

describe('planInputTitle', () => {
  it.each([
    ['2026-01-31', 'Input til rehabiliteringsplanens forberedende del'],
    ['2026-02-01', 'Input til samlet beskrivelse af borgerens forudsætninger'],
    ['2024-06-01', 'Input til rehabiliteringsplanens forberedende del'],
    ['2027-01-01', 'Input til samlet beskrivelse af borgerens forudsætninger'],
  ])('on %s is "%s"', (date, title) => {
    expect(planInputTitle(date)).toBe(title);
  });
});

describe('buildPlanInputDocument', () => {
  it('titles the document by the date and has every section', () => {
    const doc = buildPlanInputDocument(DATA);
    const all = texts(doc.content);
    expect(all[0]).toBe('Input til rehabiliteringsplanens forberedende del');
    expect(doc.info?.title).toBe(all[0]);
    for (const section of [
      'Borger og forløb',
      'Faser',
      'Virksomhedsplaceringer',
      'Arbejdsevnebeskrivelse',
      'Beskæftigelsesmæssige ressourcer og udfordringer',
      'Sociale ressourcer og udfordringer',
      'Helbredsmæssige ressourcer og udfordringer',
      'Dokumentation af afprøvede indsatser',
      'Borgerens egne ønsker og mål',
      'Skånehensyn',
      'Progression',
      'Afsluttende rapport (færdig 05-02-2026)',
    ]) {
      expect(all).toContain(section);
    }
    for (const value of [
      'Søren Ærø Åberg',
      '010190-1234',
      'Trædesten ApS',
      'Karen Sagsbehandler',
      'Intern træningsbane',
      'Café Østerbro',
      '15,5 timer/uge',
      'Rygsmerter',
      'Pauser hver time',
      ' (følsom oplysning)',
      'Efterværn',
    ]) {
      expect(all).toContain(value);
    }
    expect(all.some((t) => t.startsWith('Dannet 30-11-2026'))).toBe(true);
  });

  it('writes a phase that has begun as "– nu" and one that lies ahead as "fra"', () => {
    const doc = buildPlanInputDocument({
      ...DATA,
      stages: [
        { stage: 'internal_training', startsOn: '2026-09-01', endsOn: null },
        { stage: 'external_internship', startsOn: '2027-01-04', endsOn: null },
      ],
    });
    const all = texts(doc.content);
    expect(all).toContain('01-09-2026 – nu');
    expect(all).toContain('fra 04-01-2027');
    expect(all).not.toContain('04-01-2027 – nu');
  });

  it('uses the new title from 1 Feb 2026 and leaves out a final report that does not exist', () => {
    const doc = buildPlanInputDocument({
      ...DATA,
      date: '2026-02-01',
      finalReport: null,
      workCapacity: null,
      entries: [],
    });
    const all = texts(doc.content);
    expect(all[0]).toBe('Input til samlet beskrivelse af borgerens forudsætninger');
    expect(all.some((t) => t.startsWith('Afsluttende rapport'))).toBe(false);
    expect(all).toContain('Ingen skånehensyn registreret.');
    expect(all).toContain('Ikke udfyldt');
  });

  // Rendering takes about 3 s on a quiet 2-core machine and over 5 s (vitest's default) on a busy one; the
  // test is about the output, not the speed.
  it('renders a PDF with Danish letters, without network', { timeout: 60_000 }, async () => {
    const pdf = await renderPdf(buildPlanInputDocument(DATA));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });
});
