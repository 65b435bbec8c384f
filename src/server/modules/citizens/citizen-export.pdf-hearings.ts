// The citizen's access export as PDF: a course's party hearings (partshøring, issue 12) — what was sent to
// the citizen for comments, when, the deadline, and the comments or that none came. Pure.
import { formatDanishDate } from '../../../shared/dates.ts';
import type { Content } from 'pdfmake/interfaces';
import type { CitizenExportDocument } from './citizen-export.document.ts';
import { DOCUMENT_KIND_WORDS, HEARING_METHOD_WORDS } from './citizen-export.texts.ts';

type Hearing = CitizenExportDocument['courses'][number]['partyHearings'][number];

const date = (iso: string | null) => (iso ? formatDanishDate(iso.slice(0, 10)) : '');

function subject(h: Hearing): string {
  return h.subject === 'plan' ? 'Input til plan' : (DOCUMENT_KIND_WORDS[h.subject] ?? h.subject);
}

function outcome(h: Hearing): Content {
  if (h.outcome === 'comments') {
    return { text: `Bemærkninger modtaget ${date(h.outcomeOn)}: ${h.comments ?? ''}`, style: 'body' };
  }
  if (h.outcome === 'no_comments') return { text: 'Ingen bemærkninger modtaget.', style: 'body' };
  return { text: 'Afventer bemærkninger.', style: 'body' };
}

export function partyHearingsContent(hearings: readonly Hearing[]): Content[] {
  return [
    { text: 'Partshøring', style: 'label' },
    ...(hearings.length === 0
      ? [{ text: 'Intet sendt til partshøring.', style: 'empty' }]
      : hearings.map((h): Content => ({
          stack: [
            {
              text: [
                { text: `${subject(h)} – sendt ${date(h.sentOn)}, frist ${date(h.deadlineOn)}`, bold: true },
                ` (${HEARING_METHOD_WORDS[h.method] ?? h.method})`,
              ],
            },
            outcome(h),
          ],
          margin: [0, 0, 0, 4],
        }))),
  ];
}
