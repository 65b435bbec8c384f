// The PDF "input to the preparatory plan" the provider gives the caseworker (issue 4): what the course
// knows about the citizen's resources and challenges, arranged like the preparatory part of the
// rehabilitation plan — or, for dates from 1 Feb 2026, as input to the "samlet beskrivelse af
// borgerens forudsætninger" (lov nr. 1750/2025). The document definition is built by a pure function
// (tested), then rendered by src/server/platform/export/pdf.ts (pdfmake, offline).
import { formatDanishDate, formatDanishPeriod } from '../../../shared/dates.ts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CourseEndReason, PlacementKind } from '../../../shared/courses/course.constants.ts';
import {
  WORK_CAPACITY_AREAS,
  WORK_CAPACITY_FIELDS,
  type EntryKind,
  type EntrySetting,
  type PlanType,
  type WorkCapacityArea,
  type WorkCapacityField,
} from '../../../shared/courses/documentation.constants.ts';
import type { WorkCapacityContent } from '../../../shared/courses/documentation.schemas.ts';
import { stageName, type Stage } from '../courses/course.service.ts';
import { planDocumentType } from '../../../shared/courses/legal-rules.ts';
import { CASE_DOCUMENT_STYLES, caseTable } from '../../platform/export/pdf.ts';

export interface PlanInputData {
  /** The date that chooses the document type (the plan's start, or today). */
  date: string;
  generatedOn: string;
  generatedBy: string;
  citizen: { name: string; cpr: string };
  providerName: string;
  mentorName: string | null;
  caseworkerNames: string[];
  course: {
    startsOn: string;
    plannedEndsOn: string | null;
    endsOn: string | null;
    endReason: CourseEndReason | null;
    aftercareStartsOn: string | null;
    aftercareEndsOn: string | null;
  };
  stages: { stage: Stage; startsOn: string; endsOn: string | null }[];
  placements: {
    kind: PlacementKind;
    companyName: string;
    startsOn: string;
    endsOn: string | null;
    weeklyHoursTenths: number | null;
  }[];
  /** Null until the provider has written one. */
  workCapacity: WorkCapacityContent | null;
  /** Accommodations and progression the user may read, oldest first. */
  entries: {
    entryOn: string;
    kind: Extract<EntryKind, 'accommodation' | 'progression'>;
    setting: EntrySetting | null;
    text: string;
    isSensitive: boolean;
  }[];
  finalReport: {
    summary: string | null;
    outcome: string | null;
    recommendation: string | null;
    completedOn: string | null;
  } | null;
}

export const PLAN_INPUT_TITLES: Record<PlanType, string> = {
  forberedende_plan: 'Input til rehabiliteringsplanens forberedende del',
  samlet_beskrivelse: 'Input til samlet beskrivelse af borgerens forudsætninger',
};

/** The title the date gives: the rehabilitation plan's preparatory part until 31 Jan 2026, then the new description. */
export function planInputTitle(date: string): string {
  return PLAN_INPUT_TITLES[planDocumentType(date)];
}

const AREA_TITLES: Record<WorkCapacityArea, string> = {
  work: 'Beskæftigelsesmæssige ressourcer og udfordringer',
  social: 'Sociale ressourcer og udfordringer',
  health: 'Helbredsmæssige ressourcer og udfordringer',
};

const FIELD_TITLES: Record<WorkCapacityField, string> = {
  effortsTried: 'Dokumentation af afprøvede indsatser',
  experience: 'Erfaring fra arbejde og uddannelse',
  network: 'Netværk',
  ownWishes: 'Borgerens egne ønsker og mål',
  accommodations: 'Skånehensyn (samlet)',
};

const END_REASONS: Record<CourseEndReason, string> = {
  job: 'job',
  small_job: 'småjob',
  education: 'uddannelse',
  flexjob: 'fleksjob',
  disability_pension: 'førtidspension',
  dropped_out: 'udeblevet/faldet fra',
  moved: 'fraflyttet',
  illness: 'sygdom',
  other: 'andet',
};

const PLACEMENT_KINDS: Record<PlacementKind, string> = {
  internship: 'Virksomhedspraktik',
  wage_subsidy: 'Løntilskud',
  small_job: 'Småjob',
};

const SETTINGS: Record<EntrySetting, string> = { training: 'i træningen', internship: 'i praktikken' };

const NOT_GIVEN = 'Ikke udfyldt';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const date = (iso: string | null) => (iso ? formatDanishDate(iso) : '');
const hours = (tenths: number | null) =>
  tenths === null ? '' : `${String(tenths / 10).replace('.', ',')} timer/uge`;

function heading(text: string): Content {
  return { text, style: 'heading' };
}

function textBlock(label: string, value: string | null | undefined): Content[] {
  return [
    { text: label, style: 'label' },
    value ? { text: value, style: 'body' } : { text: NOT_GIVEN, style: 'empty' },
  ];
}

function courseSection(data: PlanInputData): Content[] {
  const { course } = data;
  const lines: [string, string][] = [
    ['Borger', data.citizen.name],
    ['CPR-nummer', data.citizen.cpr],
    ['Leverandør', data.providerName],
    ['Mentor', data.mentorName ?? NOT_GIVEN],
    ['Sagsbehandler', data.caseworkerNames.join(', ') || NOT_GIVEN],
    [
      'Forløb',
      course.endsOn
        ? `${formatDanishPeriod(course.startsOn, course.endsOn, data.generatedOn)}${course.endReason ? ` (afsluttet: ${END_REASONS[course.endReason]})` : ''}`
        : `${date(course.startsOn)} –${course.plannedEndsOn ? ` (forventet slut ${date(course.plannedEndsOn)})` : ' (i gang)'}`,
    ],
  ];
  if (course.aftercareStartsOn) {
    lines.push([
      'Efterværn',
      formatDanishPeriod(course.aftercareStartsOn, course.aftercareEndsOn, data.generatedOn),
    ]);
  }
  return [
    {
      table: {
        widths: [110, '*'],
        body: lines.map(([label, value]) => [{ text: label, bold: true }, value]),
      },
      layout: 'noBorders',
      style: 'table',
    },
  ];
}

function stagesSection(data: PlanInputData): Content[] {
  if (data.stages.length === 0) return [{ text: 'Ingen faser registreret.', style: 'empty' }];
  return [
    caseTable(
      ['Fase', 'Periode'],
      data.stages.map((s) => [
        capitalise(stageName(s.stage)),
        formatDanishPeriod(s.startsOn, s.endsOn, data.generatedOn),
      ]),
      ['*', 150],
    ),
  ];
}

function placementsSection(data: PlanInputData): Content[] {
  if (data.placements.length === 0) return [{ text: 'Ingen virksomhedsplaceringer.', style: 'empty' }];
  return [
    caseTable(
      ['Type', 'Virksomhed', 'Periode', 'Timer'],
      data.placements.map((p) => [
        PLACEMENT_KINDS[p.kind],
        p.companyName,
        formatDanishPeriod(p.startsOn, p.endsOn, data.generatedOn),
        hours(p.weeklyHoursTenths),
      ]),
      [90, '*', 130, 70],
    ),
  ];
}

function workCapacitySection(data: PlanInputData): Content[] {
  const wc = data.workCapacity;
  const content: Content[] = [];
  for (const area of WORK_CAPACITY_AREAS) {
    content.push({ text: AREA_TITLES[area], style: 'subheading' });
    content.push(...textBlock('Ressourcer', wc?.[area].resources));
    content.push(...textBlock('Udfordringer', wc?.[area].challenges));
  }
  for (const field of WORK_CAPACITY_FIELDS) {
    content.push({ text: FIELD_TITLES[field], style: 'subheading' });
    content.push(wc?.[field] ? { text: wc[field], style: 'body' } : { text: NOT_GIVEN, style: 'empty' });
  }
  return content;
}

function entriesSection(data: PlanInputData, kind: 'accommodation' | 'progression', none: string): Content[] {
  const entries = data.entries.filter((e) => e.kind === kind);
  if (entries.length === 0) return [{ text: none, style: 'empty' }];
  return entries.map((e) => ({
    stack: [
      {
        text: [
          { text: date(e.entryOn), bold: true },
          e.setting ? ` – ${SETTINGS[e.setting]}` : '',
          e.isSensitive ? { text: ' (følsom oplysning)', italics: true } : '',
        ],
      },
      { text: e.text, style: 'body' },
    ],
    margin: [0, 0, 0, 6],
  }));
}

function finalReportSection(data: PlanInputData): Content[] {
  const report = data.finalReport;
  if (!report) return [];
  return [
    heading(
      report.completedOn
        ? `Afsluttende rapport (færdig ${date(report.completedOn)})`
        : 'Afsluttende rapport (kladde)',
    ),
    ...textBlock('Resumé', report.summary),
    ...textBlock('Resultat', report.outcome),
    ...textBlock('Anbefaling og næste skridt', report.recommendation),
  ];
}

/** The pdfmake document: a pure function of the data, so the title and sections can be tested. */
export function buildPlanInputDocument(data: PlanInputData): TDocumentDefinitions {
  const title = planInputTitle(data.date);
  return {
    info: { title, creator: 'indsats' },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    footer: (currentPage, pageCount) => ({
      text: `${title} – ${data.citizen.name} – side ${currentPage} af ${pageCount}`,
      style: 'footer',
      margin: [50, 20, 50, 0],
    }),
    content: [
      { text: title, style: 'title' },
      {
        text: `Dannet ${date(data.generatedOn)} af ${data.generatedBy}. Oplysningerne er leverandørens beskrivelse og dokumentation, ikke en vurdering af fremtidig indsats.`,
        style: 'meta',
      },
      heading('Borger og forløb'),
      ...courseSection(data),
      heading('Faser'),
      ...stagesSection(data),
      heading('Virksomhedsplaceringer'),
      ...placementsSection(data),
      heading('Arbejdsevnebeskrivelse'),
      ...workCapacitySection(data),
      heading('Skånehensyn'),
      ...entriesSection(data, 'accommodation', 'Ingen skånehensyn registreret.'),
      heading('Progression'),
      ...entriesSection(data, 'progression', 'Ingen progression registreret.'),
      ...finalReportSection(data),
    ],
    styles: CASE_DOCUMENT_STYLES,
  };
}
