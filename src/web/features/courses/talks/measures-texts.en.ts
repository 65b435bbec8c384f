// English UI texts of the follow-up page's seed 004 measures (namespace "courses", key "talks.measures").
import type { da } from './measures-texts.da.ts';

export const en: typeof da = {
  title: 'Timeliness of activation and progression',
  intro:
    'The measures of the outreach programme in Sydhavnen: whether citizens began an offer on time under the law, and how many of the programme’s citizens got an internship or showed progression.',
  activation: {
    title: 'Timeliness of activation',
    intro:
      'At the latest 6 months after the first request for help, a citizen must have begun an offer that counts as the right-and-duty offer: an internship or a wage-subsidy job (wage subsidy at most 3 weeks after the deadline) of at least 2 weeks. Guidance and upskilling does not count, because the product does not tell § 90 from § 91. The period applies to the deadline’s date; deadlines after today do not count yet.',
    caption: 'Timeliness of activation per provider and programme, {{from}}–{{to}}',
    due: 'Deadline in the period',
    timely: 'On time',
    late: 'Late',
    missing: 'No offer yet',
    derived: 'Of these, period start derived',
    timeliness: 'Timeliness',
    comparisonNote:
      'The comparison group is all citizens who are activity-ready and at least 30 on the deadline – whatever their provider. The period starts on the first request for help; when it is not recorded, the register’s first week on the same benefit or the course start is used (“derived”).',
    empty: 'No deadlines in the period.',
    rules: 'Rules measured against',
    rulesCaption: 'Rules of timeliness of activation, with the date they apply from and their source',
    validFrom: 'Applies from',
    source: 'Source',
  },
  outreach: {
    title: 'Internship or progression',
    intro:
      'The share of the programme’s citizens who began an internship during their course, or for whom the provider documented progression in the course entries (entry kind “Progression”). Expected: about {{percent}} (budget note 2018).',
    caption: 'Internship or progression per provider and programme, {{from}}–{{to}}',
    citizens: 'Citizens in a course',
    internship: 'Internship',
    progression: 'Progression',
    reached: 'At least one of these',
    share: 'Share',
    empty: 'No courses in the period.',
  },
};
