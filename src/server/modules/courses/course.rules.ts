// The course (forløb): its stages and the transitions between them, and why a course ends (issue 4;
// DOMAIN.md "The citizen's course"). Pure: an illegal transition is refused with the reason.

export const STAGES = [
  'internal_training',
  'external_internship',
  'small_job',
  'job',
  'education',
  'flexjob_clarification',
  'disability_pension_clarification',
  'aftercare',
] as const;
export type Stage = (typeof STAGES)[number];

export const END_REASONS = [
  'job',
  'small_job',
  'education',
  'flexjob',
  'disability_pension',
  'dropped_out',
  'moved',
  'illness',
  'other',
] as const;
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

export function stageName(stage: Stage): string {
  return DANISH_STAGE[stage];
}

/** May a course move from `from` (null: the course has no stage yet) to `to`? */
export function checkTransition(from: Stage | null, to: Stage): TransitionResult {
  if (from === null) {
    return FIRST_STAGES.includes(to)
      ? { ok: true }
      : {
          ok: false,
          reason: `Et forløb begynder i ${stageName('internal_training')} eller ${stageName('external_internship')}, ikke i ${stageName(to)}.`,
        };
  }
  if (from === 'external_internship' && to === 'external_internship') return { ok: true }; // a new internship
  if (TRANSITIONS[from].includes(to)) return { ok: true };
  if (to === 'aftercare') {
    return {
      ok: false,
      reason: `Efterværn følger kun efter job, uddannelse eller fleksjob, ikke efter ${stageName(from)}.`,
    };
  }
  if (from === 'aftercare')
    return { ok: false, reason: 'Efterværn er forløbets sidste fase; afslut forløbet i stedet.' };
  return { ok: false, reason: `Et forløb kan ikke gå fra ${stageName(from)} til ${stageName(to)}.` };
}

/** End reasons that open for aftercare (efterværn). */
export function allowsAftercare(reason: EndReason): boolean {
  return reason === 'job' || reason === 'education' || reason === 'flexjob';
}
