// Error and field messages of follow-up meetings with providers (keys "meeting.…"), merged into
// src/shared/messages.ts.
export const meetingMessagesDa = {
  'meeting.participant': 'Vælg deltagere blandt listens brugere.',
  'meeting.participant_unknown':
    'En af deltagerne kan ikke vælges: vælg brugere fra forvaltningen, jobcenteret eller leverandøren.',
  'meeting.external_name': 'Skriv navnet på den eksterne deltager (højst 200 tegn).',
  'meeting.minutes_too_long': 'Referatet er for langt (højst 20.000 tegn).',
  'meeting.action_text': 'Beskriv handlingen (højst 2.000 tegn).',
  'meeting.owner': 'Vælg en ansvarlig.',
  'meeting.owner_unknown':
    'Den ansvarlige skal være en aktiv bruger i forvaltningen, jobcenteret eller leverandøren.',
  'meeting.status': 'Vælg åben, udført eller annulleret.',
  'meeting.comment_required': 'Skriv en kommentar.',
  'meeting.comment_too_long': 'Kommentaren er for lang (højst 4.000 tegn).',
  'meeting.action_unknown': 'Handlingen hører ikke til dette møde.',
  'meeting.not_provider': 'Organisationen er ikke en leverandør.',
  'complaint.kind': 'Vælg klage eller hændelse.',
  'complaint.source': 'Vælg hvem klagen eller hændelsen kommer fra.',
  'complaint.description_required': 'Beskriv klagen eller hændelsen.',
  'complaint.handling_required': 'Beskriv behandlingen.',
  'complaint.too_long': 'Teksten er for lang (højst 10.000 tegn).',
  'complaint.closed_before_received': 'Datoen for lukning kan ikke ligge før datoen for modtagelse.',
} as const;

export const meetingMessagesEn: Record<keyof typeof meetingMessagesDa, string> = {
  'meeting.participant': 'Choose participants from the users listed.',
  'meeting.participant_unknown':
    'One of the participants cannot be chosen: choose users of the administration, the job centre or the provider.',
  'meeting.external_name': 'Enter the name of the external participant (at most 200 characters).',
  'meeting.minutes_too_long': 'The minutes are too long (at most 20,000 characters).',
  'meeting.action_text': 'Describe the action (at most 2,000 characters).',
  'meeting.owner': 'Choose who is responsible.',
  'meeting.owner_unknown':
    'The person responsible must be an active user of the administration, the job centre or the provider.',
  'meeting.status': 'Choose open, done or cancelled.',
  'meeting.comment_required': 'Write a comment.',
  'meeting.comment_too_long': 'The comment is too long (at most 4,000 characters).',
  'meeting.action_unknown': 'The action does not belong to this meeting.',
  'meeting.not_provider': 'The organisation is not a provider.',
  'complaint.kind': 'Choose complaint or incident.',
  'complaint.source': 'Choose who the complaint or incident comes from.',
  'complaint.description_required': 'Describe the complaint or incident.',
  'complaint.handling_required': 'Describe the handling.',
  'complaint.too_long': 'The text is too long (at most 10,000 characters).',
  'complaint.closed_before_received': 'The closing date cannot be before the date received.',
};
