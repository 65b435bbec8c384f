// The case presentation's standard text from the saved reports' totals, in Danish formats.
import { describe, expect, it } from 'vitest';
import { standardPresentation } from './presentation.ts';

const current = { title: 'Resultater 1. halvår 2026', totals: { exit: 7, placement: 10, plan: 6 } };
const previous = { title: 'Resultater 2. halvår 2025', totals: { exit: 4, placement: 11, plan: null } };

describe('standardPresentation', () => {
  it('gives the totals now and the change in percentage points against the previous report', () => {
    expect(standardPresentation(current, previous, 'da')).toBe(
      'Den gemte rapport "Resultater 1. halvår 2026" viser for alle leverandører under ét: afgang til job, uddannelse og deltid 7 %, virksomhedsplacering 10 % og forberedende plan 6 %.\n\n' +
        'I forhold til den forrige rapport "Resultater 2. halvår 2025" er ændringen: afgang til job, uddannelse og deltid +3 pct.-point, virksomhedsplacering −1 pct.-point og forberedende plan –.',
    );
  });

  it('says there is nothing to compare with, and speaks English when asked', () => {
    expect(standardPresentation(current, null, 'da')).toMatch(
      /\n\nDer er ingen tidligere rapport at sammenligne med\.$/,
    );
    expect(standardPresentation(current, previous, 'en')).toContain(
      'exit to job, education and part-time work 7%',
    );
    expect(standardPresentation(current, previous, 'en')).toContain('+3 pp');
  });
});
