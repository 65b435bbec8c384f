// Everything the courses module holds about one citizen, table by table, for the citizen's right of
// access (GDPR art. 15, citizens module's citizen-export.service.ts). Takes the caller's transaction:
// under the actor's row scope for a caseworker, unscoped for the operator's command line. Returns rows
// with the user ids as stored; the caller names the staff.
import type { Tx } from '../../platform/context.ts';

export function listReferralsOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('referral')
    .innerJoin('organisation as provider', 'provider.id', 'referral.providerId')
    .selectAll('referral')
    .select('provider.name as providerName')
    .where('referral.citizenId', '=', citizenId)
    .orderBy('referral.referredOn')
    .orderBy('referral.createdAt')
    .execute();
}

export function listCoursesOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('course')
    .innerJoin('organisation as provider', 'provider.id', 'course.providerId')
    .selectAll('course')
    .select('provider.name as providerName')
    .where('course.citizenId', '=', citizenId)
    .orderBy('course.startsOn')
    .orderBy('course.createdAt')
    .execute();
}

export function listCaseworkersOfCitizen(tx: Tx, citizenId: string) {
  return tx.selectFrom('courseCaseworker').selectAll().where('citizenId', '=', citizenId).execute();
}

export function listStagesOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('courseStage')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('startsOn')
    .orderBy('createdAt')
    .execute();
}

export function listEntriesOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('courseEntry')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('entryOn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** The documents' facts, not their content (the content is in the plan-input PDF). */
export function listDocumentsOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('courseDocument')
    .select(['courseId', 'kind', 'completedOn', 'updatedBy', 'updatedAt'])
    .where('citizenId', '=', citizenId)
    .orderBy('updatedAt')
    .execute();
}

export function listPlacementsOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('placement')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .selectAll('placement')
    .select(['company.name as companyName', 'company.cvr as companyCvr'])
    .where('placement.citizenId', '=', citizenId)
    .orderBy('placement.startsOn')
    .orderBy('placement.createdAt')
    .execute();
}

export function listPlanStartsOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('planStart')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('startedOn')
    .orderBy('createdAt')
    .execute();
}

export function listTalksOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('jobTalk')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('scheduledOn')
    .orderBy('createdAt')
    .execute();
}

/** Absence from the programme (migration 0021, issue 12). */
export function listAbsencesOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('courseAbsence')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('absentOn')
    .orderBy('createdAt')
    .execute();
}

/**
 * Pauses in the citizen's courses (migration 0027, issue 14): illness, hospital stay or other, with a note.
 * The table has no citizen_id: its rows are the citizen's through the course (and row-level security
 * shows a pause exactly when its course is visible).
 */
export function listPausesOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('coursePause')
    .innerJoin('course', 'course.id', 'coursePause.courseId')
    .selectAll('coursePause')
    .where('course.citizenId', '=', citizenId)
    .orderBy('coursePause.fromDate')
    .orderBy('coursePause.createdAt')
    .execute();
}

/** Party hearings of the documentation (migration 0023, issue 12). */
export function listPartyHearingsOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('partyHearing')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('sentOn')
    .orderBy('createdAt')
    .execute();
}

export function listTreatmentReferralsOfCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('treatmentReferral')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('referredOn')
    .orderBy('createdAt')
    .execute();
}
