// The citizen's right of access (GDPR art. 15). The completeness test asks the database which tables
// hold a citizen's data (a citizen_id column, a foreign key to course — a course's child rows are its
// citizen's —, or register rows keyed by person_hash), puts a row for one synthetic citizen in each, and
// checks that the export lists every one of them: a new table the export misses fails here until it is
// exported and named in EXPORT_COVERAGE.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_STAFF_NAMES_KEY } from '../../../shared/local-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import { lookupHash } from '../../platform/crypto/keys.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildCpr, buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { EXPORT_COVERAGE, type CitizenExportDocument } from './citizen-export.document.ts';
import { buildCitizenExportPdf } from './citizen-export.pdf.ts';
import { exportCitizen, exportCitizenForCpr } from './citizen-export.service.ts';
import { insertCitizenEverywhere } from './citizen-export.fixtures.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const OPERATOR = { userId: null, username: 'cli:test-operator', organisationId: null };

async function expectAppError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code });
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  await insertCitizenEverywhere(database.db, keys, world);
});
afterAll(() => database?.close());

type CitizenTable = { table: string; column: string; via: 'citizen' | 'course' | 'register' };

/**
 * The tables holding a citizen's data, as the database knows them: a citizen_id or person_hash column,
 * or else a foreign key to course (such a table has no citizen_id of its own, like course_pause).
 */
async function citizenTables(): Promise<CitizenTable[]> {
  const { rows } = await sql<CitizenTable>`
    SELECT table_name AS "table", column_name AS "column",
           CASE column_name WHEN 'person_hash' THEN 'register' ELSE 'citizen' END AS via
      FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name IN ('citizen_id', 'person_hash')
    UNION ALL
    SELECT DISTINCT child.relname, a.attname, 'course'
      FROM pg_constraint fk
      JOIN pg_class child ON child.oid = fk.conrelid
      JOIN pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = ANY (fk.conkey)
     WHERE fk.contype = 'f'
       AND fk.confrelid = 'course'::regclass
       AND child.relnamespace = current_schema()::regnamespace
       AND NOT EXISTS (
         SELECT 1 FROM information_schema.columns c
          WHERE c.table_schema = current_schema() AND c.table_name = child.relname
            AND c.column_name IN ('citizen_id', 'person_hash'))
     ORDER BY 1`.execute(database.db);
  return rows;
}

async function storedRows({ table, column, via }: CitizenTable, citizenId: string, personHash: Buffer) {
  const extra = table === 'audit_event' ? sql` OR ${citizenId}::uuid = ANY (result_citizen_ids)` : sql``;
  const where =
    via === 'course'
      ? sql`${sql.ref(column)} IN (SELECT id FROM course WHERE citizen_id = ${citizenId})`
      : sql`${sql.ref(column)} = ${via === 'register' ? personHash : citizenId}${extra}`;
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM ${sql.table(table)} WHERE ${where}`.execute(database.db);
  return rows[0]!.count;
}

describe('citizen export: completeness', () => {
  it('covers every table with a citizen_id or person_hash column or a reference to course, row for row', async () => {
    const { citizenAtA: citizen } = world.citizens;
    const { document } = await exportCitizen(ctx('caseworker'), citizen.id, 'json');
    const tables = await citizenTables();
    expect(tables.length).toBeGreaterThan(10);
    const personHash = lookupHash(keys, citizen.cpr);
    // A course's child table without citizen_id is found too (course_pause: illness, hospital stays).
    expect(tables).toContainEqual({ table: 'course_pause', column: 'course_id', via: 'course' });
    for (const found of tables) {
      const { table } = found;
      const coverage = EXPORT_COVERAGE[table];
      expect(
        coverage,
        `table ${table} holds citizen data: export it and add it to EXPORT_COVERAGE`,
      ).toBeDefined();
      const stored = await storedRows(found, citizen.id, personHash);
      expect(stored, `no test data in ${table}: add a row in citizen-export.fixtures.ts`).toBeGreaterThan(0);
      expect(coverage!.rows(document).length, `${table} → ${coverage!.section}`).toBe(stored);
    }
    // The citizen row itself is keyed by id.
    expect(EXPORT_COVERAGE.citizen!.rows(document)).toHaveLength(1);
    // And nothing listed that the database does not have.
    const covered = new Set([...tables.map((t) => t.table), 'citizen']);
    expect(Object.keys(EXPORT_COVERAGE).filter((t) => !covered.has(t))).toEqual([]);
  });

  it('opens what is encrypted and names the citizen by CPR number and name', async () => {
    const { citizenAtA: citizen } = world.citizens;
    const { document } = await exportCitizen(ctx('caseworker'), citizen.id, 'json');
    expect(document.citizen.cpr).toBe(`${citizen.cpr.slice(0, 6)}-${citizen.cpr.slice(6)}`);
    expect(document.citizen.name).toBe(citizen.name);
    expect(document.citizen.notes).toBe('Synthetic note');
    expect(document.referrals[0]!.note).toBe('Syntetisk henvisningsnote');
    expect(document.courses[0]!.entries.map((e) => e.text)).toEqual([
      'Syntetisk skånehensyn: korte pauser',
      'Mødt til tiden',
    ]);
    expect(document.placements[0]!.assessmentNote).toBe('Syntetisk konkret vurdering');
    expect(document.courses[0]!.pauses).toMatchObject([
      { kind: 'hospital_stay', fromDate: '2026-10-12', toDate: '2026-10-23', note: 'Syntetisk pausenote' },
    ]);
    expect(document.courses[0]!.partyHearings[0]!.comments).toBe('Syntetiske bemærkninger til beskrivelsen');
    expect(document.circumstances).toMatchObject({ benefitType: 'cash_benefit', minorityBackground: true });
    expect(document.register!.periods).toEqual([
      { from: '2018-12-31', to: '2019-01-13', code: '130', meaning: 'Kontanthjælp' },
      { from: '2019-01-14', to: '2019-01-20', code: null, meaning: null },
      { from: '2019-01-21', to: '2019-01-27', code: '651', meaning: 'SU' },
      { from: '2019-01-28', to: '2019-03-10', code: '130', meaning: 'Kontanthjælp' },
    ]);
    expect(document.register!.months).toEqual([
      { month: '2019-01', employmentDegree: 0 },
      { month: '2019-02', employmentDegree: 0.5 },
      { month: '2019-03', employmentDegree: 0 },
    ]);
    // Another citizen's rows never come along.
    expect(document.courses).toHaveLength(1);
    expect(JSON.stringify(document)).not.toContain(world.citizens.citizenUnlinked.id);
  });
});

describe('citizen export: the JSON structure of version 1 (docs/citizen-export.md)', () => {
  const keys = (value: unknown) => Object.keys(value as object).sort();
  // prettier-ignore
  const DOCUMENTED = {
    top: ['accessLog', 'circumstances', 'citizen', 'courses', 'format', 'generatedAt', 'generatedBy', 'jobTalks',
      'placements', 'planStarts', 'providerLinks', 'referrals', 'register', 'staffDisplay', 'treatmentReferrals',
      'version'],
    citizen: ['cpr', 'createdAt', 'district', 'id', 'jobCentre', 'name', 'notes', 'updatedAt'],
    circumstances: ['abuseProblem', 'activityReady', 'benefitType', 'firstRequestOn', 'minorityBackground',
      'onBenefitsSince', 'updatedAt'],
    providerLink: ['createdAt', 'providerId', 'providerName'],
    referral: ['agreementId', 'capacityWarning', 'citizenResponse', 'citizenResponseReason', 'consentGiven',
      'createdAt', 'decidedBy', 'decidedOn', 'decisionReason', 'id', 'informedOn', 'note', 'offerFrom', 'offerTo',
      'offerType', 'outsideDistrict', 'outsideTargetGroup', 'providerId', 'providerName', 'referredBy',
      'referredOn', 'status', 'targetGroupReason', 'updatedAt'],
    course: ['aftercareEndsOn', 'aftercarePlannedEndsOn', 'aftercareStartsOn', 'agreementId', 'caseworkers',
      'createdAt', 'documents', 'endReason', 'endsOn', 'entries', 'externalRef', 'id', 'mentor', 'plannedEndsOn',
      'providerId', 'providerName', 'referralId', 'stages', 'startsOn', 'updatedAt', 'absences', 'partyHearings',
      'pauses'].sort(),
    partyHearing: ['comments', 'createdAt', 'deadlineOn', 'documentUpdatedAt', 'id', 'method', 'outcome', 'outcomeBy',
      'outcomeOn', 'planStartId', 'sentBy', 'sentOn', 'subject', 'updatedAt'],
    absence: ['absentOn', 'createdAt', 'followUp', 'followedUpBy', 'followedUpOn', 'hoursTenths', 'id', 'reason',
      'reportedBy', 'sanctionDecisionOn', 'updatedAt'],
    pause: ['createdAt', 'fromDate', 'id', 'kind', 'note', 'recordedBy', 'toDate'],
    stage: ['createdAt', 'createdBy', 'endsOn', 'id', 'stage', 'startsOn'],
    entry: ['attended', 'author', 'createdAt', 'entryOn', 'id', 'isSensitive', 'kind', 'setting', 'text'],
    document: ['completedOn', 'kind', 'updatedAt', 'updatedBy'],
    placement: ['assessmentNote', 'companyCvr', 'companyName', 'courseId', 'createdAt', 'endsOn', 'extensionBasis',
      'externalRef', 'id', 'kind', 'specialNeedExtensions', 'startsOn', 'updatedAt', 'weeklyHoursTenths'],
    planStart: ['courseId', 'createdAt', 'externalRef', 'id', 'planType', 'recordedBy', 'startedOn'],
    jobTalk: ['courseId', 'createdAt', 'createdBy', 'deadline', 'heldOn', 'id', 'obligation', 'outcome',
      'ruleSource', 'scheduledOn', 'updatedAt', 'venue'],
    treatmentReferral: ['courseId', 'createdAt', 'createdBy', 'id', 'outcome', 'outcomeOn', 'outreachWorker',
      'referredOn', 'updatedAt'],
    register: ['firstWeekMonday', 'months', 'periods', 'updatedAt', 'weekCount'],
    registerPeriod: ['code', 'from', 'meaning', 'to'],
    accessLog: ['action', 'actorKind', 'entityType', 'occurredAt', 'organisation', 'purpose', 'seq', 'staffName'],
    staff: ['name', 'organisation'],
  };

  it('keeps the documented keys in every section', async () => {
    const { document } = await exportCitizen(ctx('caseworker'), world.citizens.citizenAtA.id, 'json');
    const course = document.courses[0]!;
    expect({
      top: keys(document),
      citizen: keys(document.citizen),
      circumstances: keys(document.circumstances),
      providerLink: keys(document.providerLinks[0]),
      referral: keys(document.referrals[0]),
      course: keys(course),
      stage: keys(course.stages[0]),
      entry: keys(course.entries[0]),
      document: keys(course.documents[0]),
      absence: keys(course.absences[0]),
      pause: keys(course.pauses[0]),
      partyHearing: keys(course.partyHearings[0]),
      placement: keys(document.placements[0]),
      planStart: keys(document.planStarts[0]),
      jobTalk: keys(document.jobTalks[0]),
      treatmentReferral: keys(document.treatmentReferrals[0]),
      register: keys(document.register),
      registerPeriod: keys(document.register!.periods[0]),
      accessLog: keys(document.accessLog[0]),
      staff: keys(course.caseworkers[0]),
    }).toEqual(DOCUMENTED);
  });
});

describe('citizen export: staff names or organisation', () => {
  it('shows only organisations by default, the caseworkers and mentor by name', async () => {
    const { document } = await exportCitizen(ctx('caseworker'), world.citizens.citizenAtA.id, 'json');
    expect(document.staffDisplay).toBe('organisation');
    const read = document.accessLog.find((a) => a.action === 'read' && a.entityType === 'citizen')!;
    expect(read).toMatchObject({
      organisation: world.organisations.jobCentre.name,
      staffName: null,
      actorKind: 'staff',
      purpose: 'Læst: stamoplysninger',
    });
    const course = document.courses[0]!;
    expect(course.caseworkers).toEqual([
      { name: world.users.caseworker.displayName, organisation: world.organisations.jobCentre.name },
    ]);
    expect(course.mentor?.name).toBe(world.users.providerStaff.displayName);
    expect(course.entries[0]!.author).toEqual({
      name: null,
      organisation: world.organisations.providerA.name,
    });
    expect(course.pauses[0]!.recordedBy).toEqual({
      name: null,
      organisation: world.organisations.jobCentre.name,
    });
    expect(JSON.stringify(document.accessLog)).not.toContain(world.users.caseworker.username);
  });

  it('shows staff names when the administration has chosen so', async () => {
    await database.db
      .insertInto('systemSetting')
      .values({ key: EXPORT_STAFF_NAMES_KEY, value: 'names' })
      .execute();
    try {
      const { document } = await exportCitizen(ctx('caseworker'), world.citizens.citizenAtA.id, 'json');
      expect(document.staffDisplay).toBe('names');
      const read = document.accessLog.find((a) => a.action === 'read' && a.entityType === 'citizen')!;
      expect(read.staffName).toBe(world.users.caseworker.displayName);
      expect(document.courses[0]!.entries[0]!.author?.name).toBe(world.users.providerStaff.displayName);
      expect(document.courses[0]!.pauses[0]!.recordedBy?.name).toBe(world.users.caseworker.displayName);
    } finally {
      await database.db.deleteFrom('systemSetting').where('key', '=', EXPORT_STAFF_NAMES_KEY).execute();
    }
  });
});

describe('citizen export: access and audit', () => {
  it('is audited as an export of the citizen in the same transaction, and lists itself', async () => {
    const citizenId = world.citizens.citizenAtA.id;
    const { document } = await exportCitizen(ctx('caseworker'), citizenId, 'pdf');
    const newest = document.accessLog[0]!;
    expect(newest).toMatchObject({ action: 'export', entityType: 'citizen' });
    const row = await database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('seq', '=', newest.seq)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actorUsername: world.users.caseworker.username,
      citizenId,
      entityId: citizenId,
      action: 'export',
    });
    expect(row.criteria).toMatchObject({ format: 'pdf', purpose: 'gdpr_art_15' });
  });

  it('answers NOT_FOUND outside the scope and FORBIDDEN to a provider that sees the citizen', async () => {
    await expectAppError(
      exportCitizen(ctx('otherCaseworker'), world.citizens.citizenAtA.id, 'json'),
      'NOT_FOUND',
    );
    await expectAppError(exportCitizen(ctx('admin'), world.citizens.citizenAtA.id, 'json'), 'NOT_FOUND');
    await expectAppError(
      exportCitizen(ctx('providerStaff'), world.citizens.citizenAtA.id, 'json'),
      'FORBIDDEN',
    );
  });

  it("exports by CPR number for the operator, in the operator's name", async () => {
    const { citizenAtA: citizen } = world.citizens;
    const file = await exportCitizenForCpr(database.db, keys, citizen.cpr, OPERATOR, 'json');
    expect(file.document.citizen.id).toBe(citizen.id);
    expect(file.document.accessLog[0]).toMatchObject({
      action: 'export',
      actorKind: 'operator',
      organisation: null,
    });
    const parsed = JSON.parse(file.body.toString('utf8')) as CitizenExportDocument;
    expect(parsed.format).toBe('indsats.citizen-export');
    expect(parsed.version).toBe(1);
    expect(file.filename).toMatch(/^indsigt-\d{4}-\d{2}-\d{2}\.json$/);
    await expectAppError(
      exportCitizenForCpr(database.db, keys, '123', OPERATOR, 'json'),
      'VALIDATION_FAILED',
    );
    await expectAppError(exportCitizenForCpr(database.db, keys, buildCpr(), OPERATOR, 'json'), 'NOT_FOUND');
  });
});

describe('citizen export: PDF', () => {
  it('renders a PDF with Danish headings and dates as dd-mm-åååå', async () => {
    const file = await exportCitizen(ctx('caseworker'), world.citizens.citizenAtA.id, 'pdf');
    expect(file.contentType).toBe('application/pdf');
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = JSON.stringify(buildCitizenExportPdf(file.document).content);
    for (const heading of [
      'Stamoplysninger',
      'Henvisninger',
      'Forløb',
      'Virksomhedsplaceringer',
      'Jobsamtaler',
      'Registeroplysninger (DREAM)',
      'Adgangslog: hvem har brugt oplysningerne',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('07-09-2026');
    expect(text).toContain('Syntetisk konkret vurdering');
    expect(text).toContain('Pauser');
    expect(text).toContain('Hospitalsindlæggelse');
    expect(text).toContain('12-10-2026');
    expect(text).toContain('Syntetisk pausenote');
    expect(text).not.toMatch(/2026-09-07/);
  });
});
