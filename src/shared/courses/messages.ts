// The courses module's messages (referrals, courses, documentation, talks, billing), merged into
// src/shared/messages.ts.
import { absenceMessagesDa, absenceMessagesEn } from './absence.messages.ts';
import { billingMessagesDa, billingMessagesEn } from './billing.messages.ts';
import { courseMessagesDa, courseMessagesEn } from './course.messages.ts';
import { documentationMessagesDa, documentationMessagesEn } from './documentation.messages.ts';
import { partyHearingMessagesDa, partyHearingMessagesEn } from './party-hearing.messages.ts';
import { pauseMessagesDa, pauseMessagesEn } from './pause.messages.ts';
import { referralMessagesDa, referralMessagesEn } from './referral.messages.ts';
import { talkMessagesDa, talkMessagesEn } from './talk.messages.ts';

export const coursesMessagesDa = {
  ...referralMessagesDa,
  ...courseMessagesDa,
  ...documentationMessagesDa,
  ...talkMessagesDa,
  ...billingMessagesDa,
  ...absenceMessagesDa,
  ...partyHearingMessagesDa,
  ...pauseMessagesDa,
};

export const coursesMessagesEn: Record<keyof typeof coursesMessagesDa, string> = {
  ...referralMessagesEn,
  ...courseMessagesEn,
  ...documentationMessagesEn,
  ...talkMessagesEn,
  ...billingMessagesEn,
  ...absenceMessagesEn,
  ...partyHearingMessagesEn,
  ...pauseMessagesEn,
};
