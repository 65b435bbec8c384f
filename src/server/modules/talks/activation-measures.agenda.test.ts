// The follow-up meeting's agenda carries seed 004's measures in its talks section (meetings/agenda.rules.ts):
// timeliness of activation against all activity-ready over 30, and internship or progression against all
// providers; without the measures the section keeps the job-talk figures only.
import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaFacts } from '../meetings/agenda.rules.ts';

const rate = (count: number, of: number, percent: number | null) => ({ count, of, percent });

const FACTS: AgendaFacts = {
  today: '2026-03-10',
  from: '2025-03-01',
  to: '2026-02-28',
  outcomes: null,
  talks: {
    called: 10,
    timeliness: rate(8, 9, 89),
    attendance: rate(9, 10, 90),
    totals: { timeliness: rate(70, 100, 70), attendance: rate(100, 125, 80) },
  },
  capacity: null,
  billing: null,
  actions: [],
  complaints: null,
};

const talksFigures = (facts: AgendaFacts) =>
  buildAgenda(facts)
    .sections.find((s) => s.key === 'talks')!
    .figures.map((f) => [f.key, f.value, f.of, f.total]);

describe('the agenda and the seed 004 measures', () => {
  it('adds timeliness of activation and the outreach share with their comparison', () => {
    const facts: AgendaFacts = {
      ...FACTS,
      talks: {
        ...FACTS.talks!,
        measures: {
          activation: rate(3, 4, 75),
          outreach: rate(6, 12, 50),
          totals: { activation: rate(20, 40, 50), outreach: rate(30, 70, 43) },
        },
      },
    };
    expect(talksFigures(facts)).toEqual([
      ['talks_due', 10, null, null],
      ['talks_on_time', 89, 9, 70],
      ['talks_attended', 90, 10, 80],
      ['activation_on_time', 75, 4, 50],
      ['outreach_reached', 50, 12, 43],
    ]);
  });

  it('keeps the job-talk figures only when the measures could not be had', () => {
    expect(
      talksFigures({ ...FACTS, talks: { ...FACTS.talks!, measures: null } }).map(([key]) => key),
    ).toEqual(['talks_due', 'talks_on_time', 'talks_attended']);
  });
});
