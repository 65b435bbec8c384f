// Error and field messages of party hearing (keys "party_hearing.…"), merged into src/shared/messages.ts
// through src/shared/courses/messages.ts.
export const partyHearingMessagesDa = {
  'party_hearing.subject':
    'Vælg hvilken dokumentation, der sendes: arbejdsevnebeskrivelse, afsluttende rapport eller plan.',
  'party_hearing.plan_required': 'Vælg den plan, hvis input sendes til partshøring.',
  'party_hearing.plan_not_on_course': 'Planen hører ikke til dette forløb.',
  'party_hearing.document_missing':
    'Der er endnu ikke skrevet noget i dokumentet, så der er intet at sende til partshøring.',
  'party_hearing.method':
    'Vælg hvordan dokumentationen er sendt: Digital Post, brev eller udleveret ved møde.',
  'party_hearing.outcome': 'Vælg bemærkninger modtaget eller ingen bemærkninger modtaget.',
  'party_hearing.comments_required': 'Skriv borgerens bemærkninger.',
  'party_hearing.comments_too_long': 'Bemærkningerne er for lange (højst 20.000 tegn).',
  'party_hearing.future': 'Datoen må ikke ligge i fremtiden.',
  'party_hearing.sent_before_course': 'Datoen ligger før forløbets start ({startsOn}).',
  'party_hearing.deadline_not_after_sent': 'Fristen skal ligge efter datoen for afsendelse ({sentOn}).',
  'party_hearing.outcome_before_sent':
    'Bemærkningerne kan ikke være modtaget før dokumentationen blev sendt ({sentOn}).',
  'party_hearing.no_comments_before_deadline':
    'Fristen for bemærkninger løber til og med {deadlineOn}. "Ingen bemærkninger modtaget" kan først registreres dagen efter.',
  'party_hearing.already_open':
    'Dokumentationen er allerede sendt til partshøring {sentOn} med frist {deadlineOn}. Registrér bemærkningerne, før den sendes igen.',
  'party_hearing.plan_has_hearing': 'Planen er sendt til partshøring og kan ikke slettes.',
} as const;

export const partyHearingMessagesEn: Record<keyof typeof partyHearingMessagesDa, string> = {
  'party_hearing.subject': 'Choose the documentation sent: work-capacity description, final report or plan.',
  'party_hearing.plan_required': 'Choose the plan whose input is sent for a party hearing.',
  'party_hearing.plan_not_on_course': 'The plan does not belong to this course.',
  'party_hearing.document_missing':
    'Nothing has been written in the document yet, so there is nothing to send.',
  'party_hearing.method':
    'Choose how the documentation was sent: Digital Post, letter or handed over at a meeting.',
  'party_hearing.outcome': 'Choose comments received or no comments received.',
  'party_hearing.comments_required': "Enter the citizen's comments.",
  'party_hearing.comments_too_long': 'The comments are too long (at most 20,000 characters).',
  'party_hearing.future': 'The date cannot be in the future.',
  'party_hearing.sent_before_course': 'The date is before the course started ({startsOn}).',
  'party_hearing.deadline_not_after_sent': 'The deadline must be after the date it was sent ({sentOn}).',
  'party_hearing.outcome_before_sent':
    'Comments cannot be received before the documentation was sent ({sentOn}).',
  'party_hearing.no_comments_before_deadline':
    'The deadline for comments runs until {deadlineOn} inclusive. "No comments received" can be recorded from the day after.',
  'party_hearing.already_open':
    'The documentation was already sent for a party hearing on {sentOn} with the deadline {deadlineOn}. Record the comments before sending it again.',
  'party_hearing.plan_has_hearing': 'The plan has been sent for a party hearing and cannot be deleted.',
};
