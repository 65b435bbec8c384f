import { describe, expect, it } from 'vitest';
import { allowsAftercare, checkTransition, END_REASONS, STAGES, type Stage } from './course.rules.ts';

describe('course stages', () => {
  it.each<[Stage | null, Stage, boolean]>([
    [null, 'internal_training', true],
    [null, 'external_internship', true],
    [null, 'job', false],
    ['internal_training', 'external_internship', true],
    ['external_internship', 'external_internship', true],
    ['external_internship', 'small_job', true],
    ['small_job', 'job', true],
    ['job', 'aftercare', true],
    ['education', 'aftercare', true],
    ['flexjob_clarification', 'aftercare', true],
    ['internal_training', 'aftercare', false],
    ['small_job', 'aftercare', false],
    ['disability_pension_clarification', 'aftercare', false],
    ['aftercare', 'internal_training', false],
    ['job', 'internal_training', false],
  ])('%s → %s: %s', (from, to, ok) => {
    expect(checkTransition(from, to).ok).toBe(ok);
  });

  it('gives the reason in plain Danish', () => {
    expect(checkTransition('small_job', 'aftercare')).toEqual({
      ok: false,
      reason: 'Efterværn følger kun efter job, uddannelse eller fleksjob, ikke efter småjob.',
    });
    expect(checkTransition(null, 'job')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Et forløb begynder i intern træningsbane'),
    });
  });

  it('lets every stage but aftercare lead somewhere, and aftercare nowhere', () => {
    for (const from of STAGES) {
      const reachable = STAGES.filter((to) => checkTransition(from, to).ok);
      if (from === 'aftercare') expect(reachable).toEqual([]);
      else expect(reachable.length).toBeGreaterThan(0);
    }
  });

  it('opens aftercare only for ends in job, education or flexjob', () => {
    expect(END_REASONS.filter(allowsAftercare)).toEqual(['job', 'education', 'flexjob']);
  });
});
