// UI texts of pauses in a course (issue 14), merged into the course texts under "pause":
// t('course.pause.title').
import { PAUSE_KIND_LABELS } from '../../../../shared/courses/billing.labels.ts';
export const pauseTextsDa = {
  title: 'Pauser',
  intro:
    'En pause er en periode, hvor borgeren ikke kan deltage, fx på grund af sygdom eller hospitalsindlæggelse. Forløbets rammeaftale afgør, om ugerne betales.',
  excludedNone: 'Rammeaftalen betaler også for uger med pause.',
  excludedSome: 'Rammeaftalen betaler ikke for hele uger med pause af typen: {{kinds}}.',
  caption: 'Forløbets pauser',
  empty: 'Der er ikke registreret pauser i forløbet.',
  kind: 'Pausens art',
  choose: 'Vælg art',
  fromDate: 'Første dag',
  toDate: 'Sidste dag',
  note: 'Bemærkning',
  noteHint: 'Skriv ikke helbredsoplysninger: pausens art er nok.',
  recordedBy: 'Registreret af',
  open: 'Registrér pause',
  formTitle: 'Registrér pause',
  submit: 'Gem pause',
  recorded: 'Pausen {{from}} – {{to}} er registreret.',
  kinds: PAUSE_KIND_LABELS.da,
};

export const pauseTextsEn: typeof pauseTextsDa = {
  title: 'Pauses',
  intro:
    'A pause is a period in which the citizen cannot take part, e.g. because of illness or a hospital stay. The course’s framework agreement decides whether the weeks are paid.',
  excludedNone: 'The framework agreement also pays for weeks with a pause.',
  excludedSome: 'The framework agreement does not pay for whole weeks in a pause of the kind: {{kinds}}.',
  caption: 'The course’s pauses',
  empty: 'No pauses are recorded in the course.',
  kind: 'Kind of pause',
  choose: 'Choose a kind',
  fromDate: 'First day',
  toDate: 'Last day',
  note: 'Note',
  noteHint: 'Do not write health details: the kind of pause is enough.',
  recordedBy: 'Recorded by',
  open: 'Record pause',
  formTitle: 'Record pause',
  submit: 'Save pause',
  recorded: 'The pause {{from}} – {{to}} is recorded.',
  kinds: PAUSE_KIND_LABELS.en,
};
