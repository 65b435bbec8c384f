// English UI texts of the citizen page's job talks (namespace "courses", key "talks.citizen").
import type { da } from './citizen-texts.da.ts';

export const en: typeof da = {
  title: 'Job talks',
  intro:
    "The duty to hold job talks belongs to the citizen's benefit period (LAB § 9), not to a course. Talks can be held before, during and after a course – with or without one.",
  period: {
    heading: 'Benefit period',
    startsOn: 'The period counts from',
    source: 'Source',
    line: 'The benefit period counts from {{date}} ({{source}}).',
    unknown:
      "The period's start is unknown. Record the date of the citizen's first request for help in the citizen's circumstances (on the Refer the citizen page).",
    derivedHint:
      'The start date is derived. Record the date of the first request for help when it is known. A change of benefit starts a new period.',
  },
  source: {
    recorded: 'recorded',
    register: 'derived from the register (first benefit week)',
    course_start: 'course start',
  },
  noPeriod: "No deadline can be computed until the benefit period's start is known.",
  course: 'Course',
  noCourse: 'No course',
  caption: "The citizen's job talks, with and without a course",
  empty: 'No job talks are recorded for the citizen.',
  schedule: {
    intro:
      "The talk gets the deadline of the talk the citizen's benefit period requires on the day. The first talk is held in person.",
    course: 'Course',
    courseHint: 'Choose a course if the talk belongs to it; otherwise it is recorded without a course.',
    none: 'No course',
  },
};
