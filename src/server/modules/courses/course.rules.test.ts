import { describe, expect, it } from 'vitest';
import {
  allowsAftercare,
  checkTransition,
  END_REASONS,
  nextStages,
  STAGES,
  type Stage,
} from './course.rules.ts';

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

  it('gives the reason in English when asked, and the same verdict in both languages', () => {
    expect(checkTransition('small_job', 'aftercare', 'en')).toEqual({
      ok: false,
      reason: 'Aftercare only follows a job, education or flexjob, not a small job.',
    });
    expect(checkTransition('job', 'internal_training', 'en')).toEqual({
      ok: false,
      reason: 'A course cannot move from a job to the internal training track.',
    });
    expect(checkTransition('aftercare', 'job', 'en')).toMatchObject({
      reason: expect.stringContaining('end the course'),
    });
    for (const from of [null, ...STAGES]) {
      for (const to of STAGES) {
        expect(checkTransition(from, to, 'en').ok).toBe(checkTransition(from, to).ok);
      }
    }
  });

  it.each<[Stage | null, Stage[]]>([
    [null, ['internal_training', 'external_internship']],
    [
      'internal_training',
      [
        'external_internship',
        'small_job',
        'job',
        'education',
        'flexjob_clarification',
        'disability_pension_clarification',
      ],
    ],
    ['job', []],
    [
      'flexjob_clarification',
      ['internal_training', 'external_internship', 'disability_pension_clarification'],
    ],
    ['aftercare', []],
  ])('offers the legal next stages from %s, never aftercare', (from, expected) => {
    expect(nextStages(from)).toEqual(expected);
  });
});
