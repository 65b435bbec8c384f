// Test data for the citizen's access export (GDPR art. 15): a row for one synthetic citizen in every
// table that holds citizen data, written as the modules store them (notes encrypted), and a few rows of
// another citizen that must not come along. The completeness test in citizen-export.service.test.ts
// fails when a table holding citizen data has no row here.
import { encrypt, type Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import { updateCircumstances } from '../referrals/referral.service.ts';
import {
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from '../outcomes/outcome.fixtures.ts';
import { getCitizen } from './citizen.service.ts';

type World = Awaited<ReturnType<typeof buildWorld>>;

/** One row for the citizen in every table that holds citizen data (and some for another citizen). */
export async function insertCitizenEverywhere(db: Db, keys: Keys, world: World) {
  const caseworkerCtx = ctxFor(db, keys, world.users.caseworker);
  const { citizenAtA: citizen, citizenUnlinked: other } = world.citizens;
  const { providerA } = world.organisations;
  const { caseworker, providerStaff } = world.users;
  const { agreementId } = await insertCourseAgreement(db, providerA.id);
  const referral = await db
    .insertInto('referral')
    .values({
      citizenId: citizen.id,
      providerId: providerA.id,
      agreementId,
      referredBy: caseworker.userId,
      referredOn: '2026-08-24',
      status: 'accepted',
      offerType: 'guidance_and_upskilling',
      offerFrom: '2026-09-07',
      offerTo: '2026-12-04',
      citizenResponse: 'accepted',
      informedOn: '2026-08-20',
      noteEncrypted: encrypt(keys, 'Syntetisk henvisningsnote'),
      decidedBy: providerStaff.userId,
      decidedOn: '2026-08-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const courseId = await insertCourse(db, {
    citizenId: citizen.id,
    providerId: providerA.id,
    agreementId,
    mentorUserId: providerStaff.userId,
    caseworkerIds: [caseworker.userId],
    startsOn: '2026-09-07',
  });
  await db.updateTable('course').set({ referralId: referral.id }).where('id', '=', courseId).execute();
  const otherCourseId = await insertCourse(db, {
    citizenId: other.id,
    providerId: providerA.id,
    startsOn: '2026-09-07',
  });
  await db
    .insertInto('courseEntry')
    .values([
      {
        courseId,
        citizenId: citizen.id,
        entryOn: '2026-09-14',
        kind: 'accommodation',
        setting: 'training',
        textEncrypted: encrypt(keys, 'Syntetisk skånehensyn: korte pauser'),
        isSensitive: true,
        authorUserId: providerStaff.userId,
      },
      {
        courseId,
        citizenId: citizen.id,
        entryOn: '2026-09-15',
        kind: 'attendance',
        attended: true,
        textEncrypted: encrypt(keys, 'Mødt til tiden'),
        authorUserId: providerStaff.userId,
      },
    ])
    .execute();
  await db
    .insertInto('courseDocument')
    .values({
      courseId,
      citizenId: citizen.id,
      kind: 'work_capacity',
      contentEncrypted: encrypt(keys, '{}'),
      updatedBy: providerStaff.userId,
    })
    .execute();
  const company = await db
    .insertInto('company')
    .values({ cvr: '12345674', name: 'Syntetisk Praktik ApS' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('placement')
    .values({
      courseId,
      citizenId: citizen.id,
      companyId: company.id,
      kind: 'internship',
      startsOn: '2026-10-05',
      endsOn: '2027-01-29',
      weeklyHoursTenths: 150,
      extensionBasis: 'concrete_assessment',
      assessmentNoteEncrypted: encrypt(keys, 'Syntetisk konkret vurdering'),
    })
    .execute();
  await db
    .insertInto('planStart')
    .values({
      citizenId: citizen.id,
      courseId,
      planType: 'forberedende_plan',
      startedOn: '2026-09-21',
      recordedBy: caseworker.userId,
    })
    .execute();
  await db
    .insertInto('jobTalk')
    .values({
      citizenId: citizen.id,
      courseId,
      obligation: 'first',
      deadline: '2026-10-05',
      scheduledOn: '2026-09-28',
      venue: 'provider',
      outcome: 'held',
      heldOn: '2026-09-28',
      createdBy: caseworker.userId,
    })
    .execute();
  await db
    .insertInto('courseAbsence')
    .values({
      citizenId: citizen.id,
      courseId,
      absentOn: '2026-10-02',
      hoursTenths: 75,
      reason: 'illness',
      reportedBy: providerStaff.userId,
      followUp: 'contact_made',
      followedUpOn: '2026-10-05',
      followedUpBy: caseworker.userId,
    })
    .execute();
  // A pause has no citizen_id: it is the citizen's through the course. The other citizen's must stay out.
  await db
    .insertInto('coursePause')
    .values([
      {
        courseId,
        kind: 'hospital_stay',
        fromDate: '2026-10-12',
        toDate: '2026-10-23',
        note: 'Syntetisk pausenote',
        recordedBy: caseworker.userId,
      },
      { courseId: otherCourseId, kind: 'illness', fromDate: '2026-10-12', toDate: '2026-10-16' },
    ])
    .execute();
  await db
    .insertInto('partyHearing')
    .values({
      citizenId: citizen.id,
      courseId,
      subject: 'work_capacity',
      sentOn: '2026-10-05',
      deadlineOn: '2026-10-19',
      method: 'digital_post',
      sentBy: caseworker.userId,
      outcome: 'comments',
      outcomeOn: '2026-10-12',
      commentsEncrypted: encrypt(keys, 'Syntetiske bemærkninger til beskrivelsen'),
      outcomeBy: caseworker.userId,
    })
    .execute();
  await db
    .insertInto('treatmentReferral')
    .values({
      citizenId: citizen.id,
      courseId,
      referredOn: '2026-10-01',
      outreachWorker: 'Syntetisk gadeplansmedarbejder',
      createdBy: providerStaff.userId,
    })
    .execute();
  // Circumstances through their service, so a change of how they are stored (encryption) reaches here.
  await updateCircumstances(caseworkerCtx, citizen.id, {
    benefitType: 'cash_benefit',
    activityReady: true,
    onBenefitsSince: '2022-03-01',
    minorityBackground: true,
    abuseProblem: false,
  });
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  await insertRegisterPerson(db, keys, citizen.cpr, {
    batchId,
    weeks: 10,
    months: 3,
    codes: { '2019-01-14': 0, '2019-01-21': 651 },
    degrees: { '2019-02': 0.5 },
  });
  await insertRegisterPerson(db, keys, other.cpr, { batchId, weeks: 4 });
  // The access log: a caseworker's read.
  await getCitizen(caseworkerCtx, citizen.id);
  return { courseId };
}
