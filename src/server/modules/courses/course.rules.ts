// The course (forløb): its stages and the transitions between them, and why a course ends (issue 4;
// DOMAIN.md "The citizen's course"). Pure: an illegal transition is refused with the reason, in Danish
// (the default) or English. The lists live in src/shared/courses/course.constants.ts for the web app.
import type { Language } from '../../../shared/messages.ts';
import {
  AFTERCARE_END_REASONS,
  COURSE_END_REASONS,
  COURSE_STAGES,
} from '../../../shared/courses/course.constants.ts';

export const STAGES = COURSE_STAGES;
export type Stage = (typeof STAGES)[number];

export const END_REASONS = COURSE_END_REASONS;
export type EndReason = (typeof END_REASONS)[number];

// From each stage, the stages a course may move to. A course starts in internal training or directly in
// an internship; outcomes (small job, job, education) and clarification come from training or internship;
// aftercare only follows a job, education or a flexjob (after clarification towards flexjob).
const WORK_AND_CLARIFICATION: readonly Stage[] = [
  'external_internship',
  'small_job',
  'job',
  'education',
  'flexjob_clarification',
  'disability_pension_clarification',
];
const TRANSITIONS: Record<Stage, readonly Stage[]> = {
  internal_training: WORK_AND_CLARIFICATION,
  external_internship: ['internal_training', ...WORK_AND_CLARIFICATION],
  small_job: ['internal_training', 'external_internship', 'job', 'education', 'flexjob_clarification'],
  job: ['aftercare'],
  education: ['aftercare'],
  flexjob_clarification: [
    'internal_training',
    'external_internship',
    'disability_pension_clarification',
    'aftercare',
  ],
  disability_pension_clarification: ['internal_training', 'flexjob_clarification'],
  aftercare: [],
};

export const FIRST_STAGES: readonly Stage[] = ['internal_training', 'external_internship'];

export type TransitionResult = { ok: true } | { ok: false; reason: string };

const DANISH_STAGE: Record<Stage, string> = {
  internal_training: 'intern træningsbane',
  external_internship: 'virksomhedspraktik',
  small_job: 'småjob',
  job: 'job',
  education: 'uddannelse',
  flexjob_clarification: 'afklaring mod fleksjob',
  disability_pension_clarification: 'afklaring mod førtidspension',
  aftercare: 'efterværn',
};

const ENGLISH_STAGE: Record<Stage, string> = {
  internal_training: 'the internal training track',
  external_internship: 'an internship',
  small_job: 'a small job',
  job: 'a job',
  education: 'education',
  flexjob_clarification: 'clarification towards flexjob',
  disability_pension_clarification: 'clarification towards disability pension',
  aftercare: 'aftercare',
};

export function stageName(stage: Stage, language: Language = 'da'): string {
  return language === 'en' ? ENGLISH_STAGE[stage] : DANISH_STAGE[stage];
}

const REASONS = {
  da: {
    first: (to: Stage) =>
      `Et forløb begynder i ${stageName('internal_training')} eller ${stageName('external_internship')}, ikke i ${stageName(to)}.`,
    aftercare: (from: Stage) =>
      `Efterværn følger kun efter job, uddannelse eller fleksjob, ikke efter ${stageName(from)}.`,
    afterAftercare: () => 'Efterværn er forløbets sidste fase; afslut forløbet i stedet.',
    other: (from: Stage, to: Stage) => `Et forløb kan ikke gå fra ${stageName(from)} til ${stageName(to)}.`,
  },
  en: {
    first: (to: Stage) =>
      `A course starts in ${stageName('internal_training', 'en')} or ${stageName('external_internship', 'en')}, not in ${stageName(to, 'en')}.`,
    aftercare: (from: Stage) =>
      `Aftercare only follows a job, education or flexjob, not ${stageName(from, 'en')}.`,
    afterAftercare: () => 'Aftercare is the last stage of a course; end the course instead.',
    other: (from: Stage, to: Stage) =>
      `A course cannot move from ${stageName(from, 'en')} to ${stageName(to, 'en')}.`,
  },
} as const;

/**
 * May a course move from `from` (null: the course has no stage yet) to `to`? The reason of a refusal is
 * in Danish unless English is asked for.
 */
export function checkTransition(from: Stage | null, to: Stage, language: Language = 'da'): TransitionResult {
  const reasons = REASONS[language];
  if (from === null) {
    return FIRST_STAGES.includes(to) ? { ok: true } : { ok: false, reason: reasons.first(to) };
  }
  if (from === 'external_internship' && to === 'external_internship') return { ok: true }; // a new internship
  if (TRANSITIONS[from].includes(to)) return { ok: true };
  if (to === 'aftercare') return { ok: false, reason: reasons.aftercare(from) };
  if (from === 'aftercare') return { ok: false, reason: reasons.afterAftercare() };
  return { ok: false, reason: reasons.other(from, to) };
}

/** The stages a course in `from` may move to by a change of stage (aftercare comes by ending the course). */
export function nextStages(from: Stage | null): Stage[] {
  return STAGES.filter((to) => to !== 'aftercare' && checkTransition(from, to).ok);
}

/** End reasons that open for aftercare (efterværn). */
export function allowsAftercare(reason: EndReason): boolean {
  return AFTERCARE_END_REASONS.includes(reason);
}
