// The citizen's access export as PDF: the same document as the JSON, in Danish, dates dd-mm-åååå.
// A pure function of the document (tested); rendered by src/server/platform/export/pdf.ts (pdfmake).
import { copenhagenDate, formatDanishDate, formatDanishPeriod } from '../../../shared/dates.ts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CASE_DOCUMENT_STYLES, caseTable } from '../../platform/export/pdf.ts';
import type { CitizenExportDocument, StaffRef } from './citizen-export.document.ts';
import * as words from './citizen-export.texts.ts';
import { absencesContent, pausesContent } from './citizen-export.pdf-absences.ts';
import { partyHearingsContent } from './citizen-export.pdf-hearings.ts';

export const CITIZEN_EXPORT_TITLE = 'Indsigt i oplysninger om dig';

const NONE = 'Ingen';
const NOT_RECORDED = 'Ikke registreret';

const date = (iso: string | null | undefined) => (iso ? formatDanishDate(iso.slice(0, 10)) : '');

const TIME_FORMAT = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Copenhagen time: "dd-mm-åååå kl. tt.mm". */
export function danishDateTime(iso: string): string {
  const parts = Object.fromEntries(TIME_FORMAT.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year} kl. ${parts.hour}.${parts.minute}`;
}

/** A moment's Copenhagen date: "dd-mm-åååå". */
const moment = (iso: string | null) => (iso ? danishDateTime(iso).slice(0, 10) : '');
/** The export's own date, against which an open period is "– nu" or lies ahead. */
const todayOf = (doc: CitizenExportDocument) => copenhagenDate(new Date(doc.generatedAt));
const yesNo = (value: boolean | null) => (value === null ? NOT_RECORDED : value ? 'Ja' : 'Nej');
const word = (map: Record<string, string>, code: string | null) => (code ? (map[code] ?? code) : '');
const staff = (ref: StaffRef | null) =>
  ref ? [ref.name, ref.organisation].filter(Boolean).join(', ') || 'Ukendt' : '';
const hours = (tenths: number | null) =>
  tenths === null ? '' : `${String(tenths / 10).replace('.', ',')} timer/uge`;

function heading(text: string): Content {
  return { text, style: 'heading' };
}

function empty(text: string): Content {
  return { text, style: 'empty' };
}

function facts(lines: [string, string][]): Content {
  return {
    table: { widths: [150, '*'], body: lines.map(([label, value]) => [{ text: label, bold: true }, value]) },
    layout: 'noBorders',
    style: 'table',
  };
}

function table(headers: string[], rows: string[][], widths: (string | number)[], none: string): Content {
  return rows.length === 0 ? empty(none) : caseTable(headers, rows, widths);
}

function citizenSection(doc: CitizenExportDocument): Content[] {
  const c = doc.citizen;
  return [
    heading('Stamoplysninger'),
    facts([
      ['CPR-nummer', c.cpr],
      ['Navn', c.name],
      ['Bydel', c.district ?? NOT_RECORDED],
      ['Jobcenter', c.jobCentre.name],
      ['Oprettet i indsats', moment(c.createdAt)],
      ['Noter', c.notes ?? NONE],
    ]),
  ];
}

function circumstancesSection(doc: CitizenExportDocument): Content[] {
  const c = doc.circumstances;
  return [
    heading('Forhold, der har betydning for målgruppen'),
    c
      ? facts([
          ['Forsørgelse', c.benefitType ? word(words.BENEFIT_WORDS, c.benefitType) : NOT_RECORDED],
          ['Aktivitetsparat', yesNo(c.activityReady)],
          ['På offentlig forsørgelse siden', c.onBenefitsSince ? date(c.onBenefitsSince) : NOT_RECORDED],
          ['Første henvendelse om hjælp', c.firstRequestOn ? date(c.firstRequestOn) : NOT_RECORDED],
          ['Minoritetsbaggrund', yesNo(c.minorityBackground)],
          ['Misbrugsproblem', yesNo(c.abuseProblem)],
          ['Senest ændret', moment(c.updatedAt)],
        ])
      : empty('Jobcentret har ikke registreret sådanne forhold.'),
  ];
}

function providersSection(doc: CitizenExportDocument): Content[] {
  return [
    heading('Tilknyttede leverandører'),
    table(
      ['Leverandør', 'Tilknyttet'],
      doc.providerLinks.map((l) => [l.providerName, moment(l.createdAt)]),
      ['*', 120],
      'Ingen direkte tilknytninger (ud over henvisninger og forløb).',
    ),
  ];
}

/**
 * The offer decision under LAB and the citizen's response (migration 0020); a referral made before it shows
 * the legacy consent mark that was recorded then.
 */
function offerText(r: CitizenExportDocument['referrals'][number], today: string): string {
  const informed = r.informedOn ? ` (orienteret ${date(r.informedOn)})` : '';
  if (!r.offerType) {
    return r.consentGiven === null
      ? `Ikke registreret${informed}`
      : `Samtykke (tidligere registrering): ${r.consentGiven ? 'Ja' : 'Nej'}${informed}`;
  }
  const offer = `${word(words.OFFER_WORDS, r.offerType)}${r.offerFrom ? `, ${formatDanishPeriod(r.offerFrom, r.offerTo, today)}` : ''}`;
  const response = r.citizenResponse
    ? `${word(words.RESPONSE_WORDS, r.citizenResponse)}${r.citizenResponseReason ? `: ${r.citizenResponseReason}` : ''}`
    : '';
  return [offer + informed, response].filter(Boolean).join('\n');
}

function referralsSection(doc: CitizenExportDocument): Content[] {
  return [
    heading('Henvisninger'),
    table(
      ['Dato', 'Leverandør', 'Status', 'Tilbud og svar', 'Henvist af', 'Note og begrundelse'],
      doc.referrals.map((r) => [
        date(r.referredOn),
        r.providerName,
        `${word(words.REFERRAL_STATUS_WORDS, r.status)}${r.decidedOn ? ` ${date(r.decidedOn)}` : ''}`,
        offerText(r, todayOf(doc)),
        staff(r.referredBy),
        [
          r.note,
          r.outsideTargetGroup ? `Uden for målgruppen: ${r.targetGroupReason ?? ''}` : null,
          r.decisionReason ? `Begrundelse: ${r.decisionReason}` : null,
        ]
          .filter(Boolean)
          .join('\n'),
      ]),
      [52, 72, 62, 58, 70, '*'],
      'Ingen henvisninger.',
    ),
  ];
}

function courseSection(course: CitizenExportDocument['courses'][number], today: string): Content[] {
  const lines: [string, string][] = [
    ['Leverandør', course.providerName],
    [
      'Periode',
      course.endsOn
        ? `${formatDanishPeriod(course.startsOn, course.endsOn, today)} (afsluttet: ${word(words.END_REASON_WORDS, course.endReason)})`
        : `${date(course.startsOn)} –${course.plannedEndsOn ? ` (forventet slut ${date(course.plannedEndsOn)})` : ' (i gang)'}`,
    ],
    ['Mentor', staff(course.mentor) || NONE],
    ['Sagsbehandlere', course.caseworkers.map(staff).join('; ') || NONE],
  ];
  if (course.aftercareStartsOn)
    lines.push(['Efterværn', formatDanishPeriod(course.aftercareStartsOn, course.aftercareEndsOn, today)]);
  return [
    { text: `Forløb hos ${course.providerName} fra ${date(course.startsOn)}`, style: 'subheading' },
    facts(lines),
    { text: 'Faser', style: 'label' },
    table(
      ['Fase', 'Periode'],
      course.stages.map((s) => [
        word(words.STAGE_WORDS, s.stage),
        formatDanishPeriod(s.startsOn, s.endsOn, today),
      ]),
      ['*', 150],
      'Ingen faser.',
    ),
    ...absencesContent(course.absences),
    ...pausesContent(course.pauses, today),
    { text: 'Dokumentation', style: 'label' },
    ...(course.entries.length === 0
      ? [empty('Ingen dokumentation.')]
      : course.entries.map((e): Content => ({
          stack: [
            {
              text: [
                { text: `${date(e.entryOn)} – ${word(words.ENTRY_KIND_WORDS, e.kind)}`, bold: true },
                e.setting ? ` (${word(words.ENTRY_SETTING_WORDS, e.setting)})` : '',
                e.attended === null ? '' : e.attended ? ', mødt' : ', ikke mødt',
                e.isSensitive ? { text: ' – følsom oplysning', italics: true } : '',
                e.author ? { text: ` – ${staff(e.author)}`, color: '#444444' } : '',
              ],
            },
            { text: e.text, style: 'body' },
          ],
          margin: [0, 0, 0, 4],
        }))),
    { text: 'Beskrivelser', style: 'label' },
    table(
      ['Dokument', 'Færdig', 'Senest ændret'],
      course.documents.map((d) => [
        word(words.DOCUMENT_KIND_WORDS, d.kind),
        d.completedOn ? date(d.completedOn) : 'Kladde',
        moment(d.updatedAt),
      ]),
      ['*', 80, 100],
      'Ingen arbejdsevnebeskrivelse eller afsluttende rapport.',
    ),
    ...partyHearingsContent(course.partyHearings),
  ];
}

function placementsSection(doc: CitizenExportDocument): Content[] {
  const today = todayOf(doc);
  return [
    heading('Virksomhedsplaceringer'),
    table(
      ['Type', 'Virksomhed', 'Periode', 'Timer', 'Grundlag og vurdering'],
      doc.placements.map((p) => [
        word(words.PLACEMENT_KIND_WORDS, p.kind),
        `${p.companyName} (CVR ${p.companyCvr})`,
        formatDanishPeriod(p.startsOn, p.endsOn, today),
        hours(p.weeklyHoursTenths),
        [
          word(words.EXTENSION_BASIS_WORDS, p.extensionBasis),
          p.specialNeedExtensions > 0 ? `${p.specialNeedExtensions} forlængelse(r)` : null,
          p.assessmentNote,
        ]
          .filter(Boolean)
          .join('\n'),
      ]),
      [88, 95, 62, 55, '*'],
      'Ingen virksomhedsplaceringer.',
    ),
  ];
}

function casework(doc: CitizenExportDocument): Content[] {
  return [
    heading('Planer'),
    table(
      ['Dato', 'Plan', 'Registreret af'],
      doc.planStarts.map((p) => [
        date(p.startedOn),
        word(words.PLAN_TYPE_WORDS, p.planType),
        staff(p.recordedBy),
      ]),
      [60, '*', 150],
      'Ingen planer registreret.',
    ),
    heading('Jobsamtaler'),
    table(
      ['Dato', 'Samtale', 'Frist', 'Sted', 'Status'],
      doc.jobTalks.map((t) => [
        date(t.scheduledOn),
        word(words.TALK_OBLIGATION_WORDS, t.obligation),
        date(t.deadline),
        word(words.TALK_VENUE_WORDS, t.venue),
        `${word(words.TALK_OUTCOME_WORDS, t.outcome)}${t.heldOn ? ` ${date(t.heldOn)}` : ''}`,
      ]),
      [60, '*', 60, 100, 90],
      'Ingen jobsamtaler.',
    ),
    heading('Henvisninger til misbrugsbehandling'),
    table(
      ['Dato', 'Opsøgende medarbejder', 'Udfald'],
      doc.treatmentReferrals.map((t) => [
        date(t.referredOn),
        t.outreachWorker ?? '',
        `${word(words.TREATMENT_OUTCOME_WORDS, t.outcome)}${t.outcomeOn ? ` ${date(t.outcomeOn)}` : ''}`,
      ]),
      [60, '*', 150],
      'Ingen henvisninger til misbrugsbehandling.',
    ),
  ];
}

function registerSection(doc: CitizenExportDocument): Content[] {
  const r = doc.register;
  if (!r) {
    return [heading('Registeroplysninger (DREAM)'), empty('Ingen registeroplysninger om dig i indsats.')];
  }
  const employed = r.months.filter((m) => m.employmentDegree > 0);
  return [
    heading('Registeroplysninger (DREAM)'),
    {
      text: 'Ydelser uge for uge fra Styrelsen for Arbejdsmarked og Rekruttering (DREAM), samlet i perioder med samme kode.',
      style: 'body',
    },
    table(
      ['Fra', 'Til', 'Kode', 'Betydning'],
      r.periods.map((p) => [
        date(p.from),
        date(p.to),
        p.code ?? '–',
        p.code ? (p.meaning ?? '') : 'Ingen ydelse',
      ]),
      [60, 60, 40, '*'],
      'Ingen uger.',
    ),
    { text: 'Beskæftigelsesgrad pr. måned (måneder med beskæftigelse)', style: 'label' },
    table(
      ['Måned', 'Beskæftigelsesgrad'],
      employed.map((m) => [
        `${m.month.slice(5, 7)}-${m.month.slice(0, 4)}`,
        String(m.employmentDegree).replace('.', ','),
      ]),
      [80, '*'],
      'Ingen måneder med beskæftigelse.',
    ),
  ];
}

function accessLogSection(doc: CitizenExportDocument): Content[] {
  const names = doc.staffDisplay === 'names';
  const headers = ['Tidspunkt', 'Organisation', ...(names ? ['Medarbejder'] : []), 'Handling'];
  return [
    heading('Adgangslog: hvem har brugt oplysningerne'),
    {
      text: names
        ? 'Hver gang en medarbejder har set, fundet, ændret eller eksporteret oplysninger om dig. Nyeste først.'
        : 'Hver gang en organisation har set, fundet, ændret eller eksporteret oplysninger om dig. Nyeste først. Medarbejdernes navne vises ikke.',
      style: 'body',
    },
    table(
      headers,
      doc.accessLog.map((a) => [
        danishDateTime(a.occurredAt),
        a.organisation ?? (a.actorKind === 'operator' ? 'Kommunens it-drift' : 'Ukendt'),
        ...(names ? [a.staffName ?? ''] : []),
        a.purpose,
      ]),
      names ? [95, 110, 100, '*'] : [95, 150, '*'],
      'Ingen registreret brug.',
    ),
  ];
}

/** The pdfmake document: a pure function of the export, so sections and words can be tested. */
export function buildCitizenExportPdf(doc: CitizenExportDocument): TDocumentDefinitions {
  return {
    info: { title: CITIZEN_EXPORT_TITLE, creator: 'indsats' },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    footer: (currentPage, pageCount) => ({
      text: `${CITIZEN_EXPORT_TITLE} – ${doc.citizen.name} – side ${currentPage} af ${pageCount}`,
      style: 'footer',
      margin: [50, 20, 50, 0],
    }),
    content: [
      { text: CITIZEN_EXPORT_TITLE, style: 'title' },
      {
        text: `Alle oplysninger, indsats har om dig (databeskyttelsesforordningens artikel 15). Dannet ${danishDateTime(doc.generatedAt)} af ${doc.generatedBy}.`,
        style: 'meta',
      },
      ...citizenSection(doc),
      ...circumstancesSection(doc),
      ...providersSection(doc),
      ...referralsSection(doc),
      heading('Forløb'),
      ...(doc.courses.length === 0
        ? [empty('Ingen forløb.')]
        : doc.courses.flatMap((course) => courseSection(course, todayOf(doc)))),
      ...placementsSection(doc),
      ...casework(doc),
      ...registerSection(doc),
      ...accessLogSection(doc),
    ],
    styles: CASE_DOCUMENT_STYLES,
  };
}
