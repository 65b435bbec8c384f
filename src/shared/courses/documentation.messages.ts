// Error and field messages of the courses module's documentation part (keys "documentation.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const documentationMessagesDa = {
  'documentation.kind': 'Vælg en type: opgave, fremmøde, skånehensyn, progression eller notat.',
  'documentation.setting': 'Vælg træning eller praktik.',
  'documentation.setting_required': 'Angiv, om skånehensynet gælder i træningen eller i praktikken.',
  'documentation.setting_not_used': 'Træning eller praktik angives kun ved skånehensyn og fremmøde.',
  'documentation.attended_required': 'Angiv, om borgeren mødte op.',
  'documentation.attended_not_used': 'Mødte/mødte ikke angives kun ved fremmøde.',
  'documentation.date_future': 'Datoen må ikke ligge i fremtiden.',
  'documentation.date_before_course': 'Datoen ligger før forløbets start ({startsOn}).',
  'documentation.course_closed':
    'Forløbet sluttede {endsOn}. Der kan skrives dokumentation til og med {closesOn} ({days} dage efter).',
  'documentation.delete_not_author': 'Kun den, der har skrevet notatet, kan slette det.',
  'documentation.delete_too_late':
    'Et notat kan kun slettes inden for {hours} timer efter, det blev skrevet. Skriv i stedet et nyt notat, der retter det.',
  'documentation.final_report_not_ended':
    'Den afsluttende rapport kan først markeres som færdig, når forløbet er afsluttet.',
  'documentation.final_report_before_end':
    'Rapporten kan ikke være færdig før forløbets sidste dag ({endsOn}).',
  'documentation.final_report_summary': 'Skriv et resumé, før rapporten markeres som færdig.',
  'documentation.plan_type': 'Vælg forberedende plan eller samlet beskrivelse.',
  'documentation.plan_type_samlet_beskrivelse':
    'Fra {validFrom} er rehabiliteringsteamet afskaffet: en plan startet {date} er en samlet beskrivelse af borgerens forudsætninger. ({source})',
  'documentation.plan_type_forberedende_plan':
    'En plan startet {date} er rehabiliteringsplanens forberedende del: den samlede beskrivelse af borgerens forudsætninger gælder først fra {changeOn}. ({source})',
} as const;

export const documentationMessagesEn: Record<keyof typeof documentationMessagesDa, string> = {
  'documentation.kind': 'Choose a kind: task, attendance, accommodation, progression or note.',
  'documentation.setting': 'Choose training or internship.',
  'documentation.setting_required': 'Say whether the accommodation applies in training or in the internship.',
  'documentation.setting_not_used': 'Training or internship is given only for accommodations and attendance.',
  'documentation.attended_required': 'Say whether the citizen attended.',
  'documentation.attended_not_used': 'Attended/did not attend is given only for attendance.',
  'documentation.date_future': 'The date cannot be in the future.',
  'documentation.date_before_course': "The date is before the course's start ({startsOn}).",
  'documentation.course_closed':
    'The course ended on {endsOn}. Documentation can be written until {closesOn} ({days} days after).',
  'documentation.delete_not_author': 'Only the author of an entry can delete it.',
  'documentation.delete_too_late':
    'An entry can only be deleted within {hours} hours of writing it. Write a new entry that corrects it instead.',
  'documentation.final_report_not_ended':
    'The final report can be marked complete only when the course has ended.',
  'documentation.final_report_before_end':
    "The report cannot be complete before the course's last day ({endsOn}).",
  'documentation.final_report_summary': 'Write a summary before marking the report complete.',
  'documentation.plan_type': 'Choose preparatory plan or overall description.',
  'documentation.plan_type_samlet_beskrivelse':
    "From {validFrom} the rehabilitation team is abolished: a plan started on {date} is an overall description of the citizen's circumstances (samlet beskrivelse). ({source})",
  'documentation.plan_type_forberedende_plan':
    "A plan started on {date} is the preparatory part of the rehabilitation plan: the overall description of the citizen's circumstances applies only from {changeOn}. ({source})",
};
