// Error and field messages of the courses module's course part (keys "course.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const courseMessagesDa = {
  'course.period': 'Slutdatoen må ikke ligge før startdatoen.',
  'course.ended': 'Forløbet er afsluttet og kan ikke ændres sådan.',
  'course.not_in_aftercare': 'Forløbet er ikke i efterværn.',
  'course.mentor_invalid': 'Vælg en aktiv medarbejder hos leverandøren som mentor.',
  'course.planned_end_before_start': 'Den planlagte slutdato må ikke ligge før forløbets start.',
  'course.caseworkers_count': 'Vælg én eller to forskellige sagsbehandlere.',
  'course.caseworkers_invalid': 'Vælg sagsbehandlere fra borgerens jobcenter.',
  'course.stage_required': 'Vælg en fase.',
  'course.stage_refused': 'Faseskiftet er ikke tilladt.',
  'course.stage_aftercare_by_end':
    'Efterværn begynder, når forløbet afsluttes med job, uddannelse eller fleksjob.',
  'course.stage_before_current': 'Den nye fase kan ikke begynde før den nuværende fase ({date}).',
  'course.before_course_start': 'Datoen må ikke ligge før forløbets start ({date}).',
  'course.end_reason_required': 'Vælg, hvorfor forløbet slutter.',
  'course.end_before_stage': 'Forløbet kan ikke slutte før den nuværende fase begyndte ({date}).',
  'course.aftercare_not_allowed': 'Efterværn gives kun efter job, uddannelse eller fleksjob.',
  'course.aftercare_planned_end':
    'Efterværnets planlagte slut må ikke ligge før efterværnet begynder ({date}).',
  'course.aftercare_end_before_start': 'Efterværnet kan ikke slutte før det begyndte ({date}).',
  'course.placements_undecided':
    '{count} virksomhedsplacering(er) løber efter forløbets slut ({date}). Vælg for hver, om den slutter på forløbets slutdato eller fortsætter som en del af efterværnet.',
  'course.placement_decision': 'Vælg, hvad der sker med placeringen.',
  'course.placement_continue_needs_aftercare':
    'En placering kan kun fortsætte som en del af efterværnet, når forløbet fortsætter i efterværn.',
  'course.placement_starts_after_end':
    'Placeringen begynder efter forløbets slut ({date}). Slet eller flyt den først.',
  'course.placement_company_required': 'Vælg en virksomhed fra leverandørens netværk.',
  'course.placement_kind_required': 'Vælg, hvilken slags placering det er.',
  'course.placement_not_in_network':
    'Virksomheden er ikke i leverandørens netværk på startdatoen. Opret eller forlæng partnerskabet først.',
  'course.placement_hours_invalid': 'Skriv timer om ugen som et tal mellem 0,1 og 37, fx 7,5.',
  'course.placement_hours_required': 'Et småjob skal have antal lønnede timer om ugen.',
  'course.placement_end_required': 'En virksomhedspraktik skal have en slutdato.',
  'course.placement_assessment_note_required':
    'Skriv den konkrete vurdering, der begrunder en praktik ud over grundperioden.',
  'course.placement_extensions_required': 'Angiv antal forlængelser ved et helt særligt behov (mindst 1).',
  'course.placement_too_long':
    'Praktikken varer {weeks} uger, men må højst vare {maxWeeks} uger. Regel: {source}',
  'course.placement_outside_course': 'Placeringen skal begynde inden for forløbet ({from} – {to}).',
  'course.placement_before_course': 'Placeringen kan ikke begynde før forløbet ({date}).',
  'course.treatment_outcome_required': 'Vælg udfaldet.',
  'course.treatment_outcome_date_required': 'Skriv datoen for udfaldet.',
  'course.treatment_outcome_before_referral': 'Udfaldet kan ikke ligge før henvisningen ({date}).',
  'course.open_ended': 'ingen slutdato',
} as const;

export const courseMessagesEn: Record<keyof typeof courseMessagesDa, string> = {
  'course.period': 'The end date must not be before the start date.',
  'course.ended': 'The course has ended and cannot be changed like this.',
  'course.not_in_aftercare': 'The course is not in aftercare.',
  'course.mentor_invalid': "Choose an active member of the provider's staff as mentor.",
  'course.planned_end_before_start': 'The planned end must not be before the course starts.',
  'course.caseworkers_count': 'Choose one or two different caseworkers.',
  'course.caseworkers_invalid': "Choose caseworkers of the citizen's job centre.",
  'course.stage_required': 'Choose a stage.',
  'course.stage_refused': 'The change of stage is not allowed.',
  'course.stage_aftercare_by_end': 'Aftercare starts when the course ends with a job, education or flexjob.',
  'course.stage_before_current': 'The new stage cannot start before the current stage ({date}).',
  'course.before_course_start': 'The date must not be before the course starts ({date}).',
  'course.end_reason_required': 'Choose why the course ends.',
  'course.end_before_stage': 'The course cannot end before the current stage started ({date}).',
  'course.aftercare_not_allowed': 'Aftercare is only given after a job, education or flexjob.',
  'course.aftercare_planned_end':
    'The planned end of aftercare must not be before aftercare starts ({date}).',
  'course.aftercare_end_before_start': 'Aftercare cannot end before it started ({date}).',
  'course.placements_undecided':
    '{count} placement(s) run past the course end ({date}). Choose for each whether it ends on the course end date or continues as part of aftercare.',
  'course.placement_decision': 'Choose what happens to the placement.',
  'course.placement_continue_needs_aftercare':
    'A placement can only continue as part of aftercare when the course goes on in aftercare.',
  'course.placement_starts_after_end':
    'The placement starts after the course end ({date}). Delete or move it first.',
  'course.placement_company_required': "Choose a company from the provider's network.",
  'course.placement_kind_required': 'Choose the kind of placement.',
  'course.placement_not_in_network':
    "The company is not in the provider's network on the start date. Add or extend the partnership first.",
  'course.placement_hours_invalid': 'Enter hours a week as a number between 0.1 and 37, e.g. 7.5.',
  'course.placement_hours_required': 'A small job needs its paid hours a week.',
  'course.placement_end_required': 'An internship needs an end date.',
  'course.placement_assessment_note_required':
    'Write the concrete assessment that justifies an internship beyond the base period.',
  'course.placement_extensions_required':
    'Enter the number of extensions for a very special need (at least 1).',
  'course.placement_too_long':
    'The internship lasts {weeks} weeks but may last at most {maxWeeks} weeks. Rule: {source}',
  'course.placement_outside_course': 'The placement must start within the course ({from} – {to}).',
  'course.placement_before_course': 'The placement cannot start before the course ({date}).',
  'course.treatment_outcome_required': 'Choose the outcome.',
  'course.treatment_outcome_date_required': 'Enter the date of the outcome.',
  'course.treatment_outcome_before_referral': 'The outcome cannot be before the referral ({date}).',
  'course.open_ended': 'no end date',
};
