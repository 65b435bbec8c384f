// The citizen's access export as PDF: a course's absence (fravær, issue 12) — the days, the hours and the
// job centre's follow-up — and its pauses (issue 14) — illness, hospital stay or other, from a first to a
// last day, with the note. Pure.
import { formatDanishDate, formatDanishPeriod } from '../../../shared/dates.ts';
import type { Content } from 'pdfmake/interfaces';
import { caseTable } from '../../platform/export/pdf.ts';
import type { CitizenExportDocument } from './citizen-export.document.ts';
import { PAUSE_KIND_LABELS } from '../../../shared/courses/billing.labels.ts';

type Course = CitizenExportDocument['courses'][number];

/** Issue 12: what the job centre did about an absence (the sanction itself is decided elsewhere). */
const ABSENCE_FOLLOW_UP_WORDS: Record<string, string> = {
  contact_made: 'Kontakt til borgeren',
  reasonable_reason: 'Rimelig grund',
  sanction_decision: 'Afgørelse om sanktion',
};

const date = (iso: string | null) => (iso ? formatDanishDate(iso.slice(0, 10)) : '');

function table(headers: string[], rows: string[][], widths: (string | number)[], none: string): Content {
  return rows.length === 0 ? { text: none, style: 'empty' } : caseTable(headers, rows, widths);
}

export function absencesContent(absences: Course['absences']): Content[] {
  return [
    { text: 'Fravær', style: 'label' },
    table(
      ['Dag', 'Timer', 'Opfølgning'],
      absences.map((a) => [
        date(a.absentOn),
        String(a.hoursTenths / 10).replace('.', ','),
        a.followUp
          ? `${ABSENCE_FOLLOW_UP_WORDS[a.followUp]} ${date(a.followedUpOn)}${a.sanctionDecisionOn ? ` (afgørelse ${date(a.sanctionDecisionOn)})` : ''}`
          : 'Ikke fulgt op',
      ]),
      [80, 50, '*'],
      'Intet fravær.',
    ),
  ];
}

/** `today`: the export's own date (a pause always has a last day, so it is never open). */
export function pausesContent(pauses: Course['pauses'], today: string): Content[] {
  return [
    { text: 'Pauser', style: 'label' },
    table(
      ['Periode', 'Årsag', 'Note'],
      pauses.map((p) => [
        formatDanishPeriod(p.fromDate, p.toDate, today),
        // The export is in Danish, as the other words of the citizen's access export.
        PAUSE_KIND_LABELS.da[p.kind],
        p.note ?? '',
      ]),
      [130, 110, '*'],
      'Ingen pauser.',
    ),
  ];
}
