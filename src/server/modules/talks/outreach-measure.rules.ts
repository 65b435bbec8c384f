// The outreach measure (seed 004): "ca. halvdelen af de borgere, der har været en del af indsatsen, har været
// i virksomhedspraktik eller på anden måde opnået progression". Per provider and programme: of the citizens
// with a course there in the period, those who began an internship during the course, or for whom the
// provider documented progression (a course entry of kind "progression"), by the period's end. Pure.
import type { OutreachCounts } from '../../../shared/courses/activation-measures.schemas.ts';
import { rate } from './talk.rules.ts';

/** Seed 004: "ca. halvdelen" — the expectation the page shows beside the share. */
export const EXPECTED_OUTREACH_PERCENT = 50;

/** One course in the period, with what the database found on it (activation-measures.repository.ts). */
export interface OutreachCourse {
  citizenId: string;
  /** The first internship the citizen began during the course, by the period's end; null if none. */
  firstInternshipOn: string | null;
  /** The first progression documented on the course, by the period's end; null if none. */
  firstProgressionOn: string | null;
}

/** Counts citizens, each once, whatever number of courses they had in the group. */
export function countOutreach(courses: readonly OutreachCourse[]): OutreachCounts {
  const byCitizen = new Map<string, { internship: boolean; progression: boolean }>();
  for (const course of courses) {
    const seen = byCitizen.get(course.citizenId) ?? { internship: false, progression: false };
    byCitizen.set(course.citizenId, {
      internship: seen.internship || course.firstInternshipOn !== null,
      progression: seen.progression || course.firstProgressionOn !== null,
    });
  }
  const values = [...byCitizen.values()];
  const reached = values.filter((v) => v.internship || v.progression).length;
  return {
    citizens: values.length,
    internship: values.filter((v) => v.internship).length,
    progression: values.filter((v) => v.progression).length,
    reached,
    share: rate(reached, values.length),
  };
}

/** The rows added up (a citizen at two providers counts in both rows and twice here, as in the rows). */
export function addOutreachCounts(rows: readonly OutreachCounts[]): OutreachCounts {
  const sum = (pick: (c: OutreachCounts) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const citizens = sum((r) => r.citizens);
  const reached = sum((r) => r.reached);
  return {
    citizens,
    internship: sum((r) => r.internship),
    progression: sum((r) => r.progression),
    reached,
    share: rate(reached, citizens),
  };
}
