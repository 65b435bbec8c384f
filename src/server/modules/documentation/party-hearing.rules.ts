// Party hearing (partshøring, issue 12) as pure rules: the checks of a sending and of what came back. The
// duty is the authority's (forvaltningsloven § 19, stk. 1; docs/legal-rules.md): the job centre sends the
// documentation, may set a deadline for comments, and decides only after it. No I/O.
// Sources (read through guides; the act's own text of § 19 is not verified): forvaltningsloven, lbk. nr. 433
// af 22.4.2014, § 19, stk. 1 — https://www.kl.dk/okonomi-og-administration/kommunaljura/forvaltningsret/partshoering/ ,
// https://pav.medst.dk/forvaltningsret-persondataloven-mv/forvaltningsloven/hoeringsfrister/ ; § 21 [V]
// https://www.elov.dk/forvaltningsloven/paragraf/21/ .
import type { PartyHearingOutcome } from '../../../shared/courses/party-hearing.constants.ts';
import type { Problem } from '../courses/course.service.ts';

/**
 * A sending: not in the future, not before the course started, and a deadline after the day it was sent
 * (§ 19, stk. 1 lets the authority set a deadline; the law sets no minimum length here — not verified).
 */
export function checkPartyHearingSending(
  input: { sentOn: string; deadlineOn: string },
  course: { startsOn: string },
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  if (input.sentOn > today) problems.push({ field: 'sentOn', message: 'party_hearing.future' });
  else if (input.sentOn < course.startsOn) {
    problems.push({
      field: 'sentOn',
      message: 'party_hearing.sent_before_course',
      params: { startsOn: course.startsOn },
    });
  }
  if (input.deadlineOn <= input.sentOn) {
    problems.push({
      field: 'deadlineOn',
      message: 'party_hearing.deadline_not_after_sent',
      params: { sentOn: input.sentOn },
    });
  }
  return problems;
}

/**
 * What came back: comments received on or after the day they were sent and not in the future (after the
 * deadline too: they are still part of the case before the decision); "no comments received" only once
 * the deadline has passed, since the citizen may comment up to and including its last day.
 */
export function checkPartyHearingOutcome(
  input: { outcome: PartyHearingOutcome; outcomeOn: string },
  hearing: { sentOn: string; deadlineOn: string },
  today: string,
): Problem[] {
  if (input.outcomeOn > today) return [{ field: 'outcomeOn', message: 'party_hearing.future' }];
  if (input.outcomeOn < hearing.sentOn) {
    return [
      {
        field: 'outcomeOn',
        message: 'party_hearing.outcome_before_sent',
        params: { sentOn: hearing.sentOn },
      },
    ];
  }
  if (input.outcome === 'no_comments' && input.outcomeOn <= hearing.deadlineOn) {
    return [
      {
        field: 'outcomeOn',
        message: 'party_hearing.no_comments_before_deadline',
        params: { deadlineOn: hearing.deadlineOn },
      },
    ];
  }
  return [];
}

/** Comments that arrived after the last day of the deadline. */
export function isReceivedAfterDeadline(hearing: {
  outcome: PartyHearingOutcome | null;
  outcomeOn: string | null;
  deadlineOn: string;
}): boolean {
  return (
    hearing.outcome === 'comments' && hearing.outcomeOn !== null && hearing.outcomeOn > hearing.deadlineOn
  );
}
