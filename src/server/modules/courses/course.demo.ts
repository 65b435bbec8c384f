// Demo data of the courses module (called at the end of seed/demo.ts, after agreements, companies,
// budgets and tenders): about 300 synthetic citizens of Jobcenter København with circumstances,
// eligibility rules on the synthetic 2025 tender's areas, referrals and courses at the four current
// providers with stages, placements at companies of each provider's network, documentation, job talks,
// plan starts and treatment referrals; plus a mentor per provider, a second caseworker and a provider
// lead. The plan is in course.demo-data.ts (deterministic); this file resolves ids and writes it in
// one transaction with batched inserts (it runs on every start). Idempotent: skipped when the first
// planned citizen exists.
import crypto from 'node:crypto';
import type { Keys } from '../../platform/crypto/keys.ts';
import { encrypt, lookupHash } from '../../platform/crypto/keys.ts';
import { sealCpr } from '../../platform/crypto/citizen-cpr.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { DatabaseSchema } from '../../platform/db/schema.ts';
import { createRng } from '../../seed/synthetic.ts';
import { SYNTHETIC_PROVIDER_CODE, TENDER_2025 } from '../agreements/agreement.demo-data.ts';
import { createUser } from '../organisations/user.service.ts';
import { DEMO_PROVIDERS, type PlannedCitizen } from './course.demo-data.ts';
import { planCoursesDemo } from './course.demo-plan.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';

const SEED = 20_250_106;
const BATCH = 400;
const OUTREACH_WORKER = 'Opsøgende medarbejder, Center for Rusmiddelbehandling (SOF)';

/** Users besides those of seed/demo.ts (password "demo"): a mentor per provider, a lead, a caseworker. */
export const COURSE_DEMO_USERS = [
  {
    username: 'sydhavn-leder',
    displayName: 'Lone Leder (SydhavnsCompagniet)',
    organisationCode: 'sydhavnscompagniet',
    roles: ['provider_lead'],
  },
  {
    username: 'sydhavn-mentor',
    displayName: 'Morten Mentor (SydhavnsCompagniet)',
    organisationCode: 'sydhavnscompagniet',
    roles: ['provider_staff'],
  },
  {
    username: 'settlementet-mentor',
    displayName: 'Sofie Mentor (Settlementet)',
    organisationCode: 'settlementet',
    roles: ['provider_staff'],
  },
  {
    username: 'servisio-mentor',
    displayName: 'Samira Mentor (Servisio)',
    organisationCode: 'servisio',
    roles: ['provider_staff'],
  },
  {
    username: 'krydderier-mentor',
    displayName: 'Karin Mentor (Send Flere Krydderier)',
    organisationCode: 'send-flere-krydderier',
    roles: ['provider_staff'],
  },
  // The synthetic provider's lead and mentor (issue 14: its year in the demo).
  {
    username: 'eksempel-leder',
    displayName: 'Emil Leder (Eksempelleverandøren, syntetisk)',
    organisationCode: SYNTHETIC_PROVIDER_CODE,
    roles: ['provider_lead'],
  },
  {
    username: 'eksempel-mentor',
    displayName: 'Ella Mentor (Eksempelleverandøren, syntetisk)',
    organisationCode: SYNTHETIC_PROVIDER_CODE,
    roles: ['provider_staff'],
  },
  {
    username: 'sagsbehandler2',
    displayName: 'Bo Sagsbehandler',
    organisationCode: 'jobcenter-kbh',
    roles: ['caseworker'],
  },
] as const;

async function ensureUsers(db: Db): Promise<void> {
  for (const user of COURSE_DEMO_USERS) {
    const organisation = await db
      .selectFrom('organisation')
      .select('id')
      .where('code', '=', user.organisationCode)
      .executeTakeFirst();
    if (!organisation) continue;
    const exists = await db
      .selectFrom('appUser')
      .select('id')
      .where('username', '=', user.username)
      .executeTakeFirst();
    if (exists) continue;
    await createUser(db, { ...user, roles: [...user.roles], password: 'demo', allowShortPassword: true });
  }
}

export type Table = keyof DatabaseSchema;

export async function insertBatched(tx: Tx, table: Table, rows: readonly Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

export interface Lookups {
  jobCentreId: string;
  users: Map<string, string>;
  /** Provider code → its 2025 agreement and tender area. */
  agreements: Map<string, { providerId: string; agreementId: string; tenderAreaId: string }>;
  areas: Map<number, string>;
  /** Provider id → its partnerships' companies with what they offer. */
  partners: Map<string, { companyId: string; offers: string[] }[]>;
}

export async function loadLookups(db: Db): Promise<Lookups | null> {
  const jobCentre = await db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', 'jobcenter-kbh')
    .executeTakeFirst();
  if (!jobCentre) return null;
  const users = await db.selectFrom('appUser').select(['id', 'username']).execute();
  const agreements = await db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .select(['a.id', 'a.providerId', 'a.tenderAreaId', 'ta.number', 'o.code'])
    .where('t.name', '=', TENDER_2025)
    .execute();
  const areas = await db
    .selectFrom('tenderArea as ta')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .select(['ta.id', 'ta.number'])
    .where('t.name', '=', TENDER_2025)
    .execute();
  const partnerships = await db
    .selectFrom('companyPartnership')
    .select(['providerId', 'companyId', 'offers', 'endsOn'])
    .where('endsOn', 'is', null)
    .orderBy('createdAt')
    .orderBy('companyId')
    .execute();
  const partners = new Map<string, { companyId: string; offers: string[] }[]>();
  for (const p of partnerships) {
    partners.set(p.providerId, [
      ...(partners.get(p.providerId) ?? []),
      { companyId: p.companyId, offers: p.offers },
    ]);
  }
  return {
    jobCentreId: jobCentre.id,
    users: new Map(users.map((u) => [u.username, u.id])),
    agreements: new Map(
      agreements.map((a) => [
        a.code,
        { providerId: a.providerId, agreementId: a.id, tenderAreaId: a.tenderAreaId },
      ]),
    ),
    areas: new Map(areas.map((a) => [a.number, a.id])),
    partners,
  };
}

/** Eligibility rules on the synthetic 2025 tender's areas (migration 0006 lists the kinds). */
function eligibilityRules(areas: Map<number, string>) {
  const rule = (area: number, kind: string, params: Record<string, number> = {}) => {
    const tenderAreaId = areas.get(area);
    return tenderAreaId
      ? [{ tenderAreaId, kind, params: JSON.stringify(params), validFrom: '2025-01-01', validTo: null }]
      : [];
  };
  return [
    ...[1, 2].flatMap((area) => [
      ...rule(area, 'activity_ready_cash_benefit'),
      ...rule(area, 'min_age', { years: 30 }),
    ]),
    // Area 2 is meant for women with a minority background.
    ...rule(2, 'women_minority_background'),
    // The synthetic tender has no area for the Sydhavnen outreach programme (seed 004: fewer than 5
    // years on benefits and an abuse problem): its rules sit on area 1, SydhavnsCompagniet's area
    // (shared with Settlementet), so the demo shows all five kinds of rule.
    ...rule(1, 'max_years_on_benefits', { years: 5 }),
    ...rule(1, 'abuse_problem'),
  ];
}

/** Rows of every table for the planned citizens. */
export function buildRows(plan: readonly PlannedCitizen[], keys: Keys, lookups: Lookups) {
  const user = (username: string) => lookups.users.get(username) ?? null;
  const rows: Record<string, Record<string, unknown>[]> = {
    citizen: [],
    citizenCircumstance: [],
    referral: [],
    course: [],
    courseCaseworker: [],
    courseStage: [],
    placement: [],
    courseEntry: [],
    courseDocument: [],
    planStart: [],
    jobTalk: [],
    treatmentReferral: [],
  };
  const partnerTurn = new Map<string, number>();
  const companyFor = (providerId: string, offer: string) => {
    const all = lookups.partners.get(providerId) ?? [];
    const offering = all.filter((p) => p.offers.includes(offer));
    const choices = offering.length > 0 ? offering : all;
    if (choices.length === 0) return null;
    const key = `${providerId}|${offer}`;
    const turn = partnerTurn.get(key) ?? 0;
    partnerTurn.set(key, turn + 1);
    return choices[turn % choices.length]!.companyId;
  };

  for (const person of plan) {
    const citizenId = crypto.randomUUID();
    rows.citizen!.push({
      id: citizenId,
      jobCentreId: lookups.jobCentreId,
      ...sealCpr(keys, person.cpr),
      name: person.name,
      district: person.district,
      notesEncrypted: null,
    });
    const { minorityBackground, ...circumstances } = person.circumstances;
    rows.citizenCircumstance!.push({
      citizenId,
      ...circumstances,
      // Sealed like every written value (migration 0017): an article 9 category.
      minorityBackgroundEncrypted: encrypt(keys, String(minorityBackground)),
    });
    const referral = person.referral;
    const agreement = referral ? lookups.agreements.get(referral.provider.code) : undefined;
    if (!referral || !agreement) continue;
    const course = referral.course;
    const mentorId = user(course?.mentor ?? referral.provider.mentors[0]!);
    const referralId = crypto.randomUUID();
    rows.referral!.push({
      id: referralId,
      citizenId,
      providerId: agreement.providerId,
      agreementId: agreement.agreementId,
      referredBy: user(referral.caseworker),
      referredOn: referral.referredOn,
      status: referral.status,
      outsideDistrict: referral.outsideDistrict,
      capacityWarning: false,
      // The offer decision (migration 0020): the demo's programmes are vejledning og opkvalificering
      // (LAB kap. 14), accepted by the citizen.
      offerType: 'guidance_and_upskilling',
      offerFrom: course?.startsOn ?? referral.referredOn,
      offerTo: course?.plannedEndsOn ?? null,
      citizenResponse: 'accepted',
      informedOn: referral.referredOn,
      noteEncrypted: referral.note ? encrypt(keys, referral.note) : null,
      decidedBy: referral.decidedOn ? mentorId : null,
      decidedOn: referral.decidedOn,
      decisionReason: referral.decisionReason,
    });
    if (!course) continue;
    const courseId = crypto.randomUUID();
    const mentor = user(course.mentor);
    rows.course!.push({
      id: courseId,
      referralId,
      citizenId,
      providerId: agreement.providerId,
      agreementId: agreement.agreementId,
      mentorUserId: mentor,
      startsOn: course.startsOn,
      plannedEndsOn: course.plannedEndsOn,
      endsOn: course.endsOn,
      endReason: course.endReason,
      aftercareStartsOn: course.aftercareStartsOn,
      aftercarePlannedEndsOn: course.aftercarePlannedEndsOn,
      aftercareEndsOn: course.aftercareEndsOn,
    });
    const of = { courseId, citizenId };
    for (const caseworker of course.caseworkers) {
      const userId = user(caseworker);
      if (userId) rows.courseCaseworker!.push({ ...of, userId });
    }
    for (const stage of course.stages) rows.courseStage!.push({ ...of, ...stage, createdBy: mentor });
    for (const { offer, ...placement } of course.placements) {
      const companyId = companyFor(agreement.providerId, offer);
      if (companyId) rows.placement!.push({ ...of, ...placement, companyId, extensionBasis: 'base' });
    }
    for (const { text, ...entry } of course.entries) {
      rows.courseEntry!.push({ ...of, ...entry, textEncrypted: encrypt(keys, text), authorUserId: mentor });
    }
    if (course.workCapacity) {
      rows.courseDocument!.push({
        ...of,
        kind: 'work_capacity',
        contentEncrypted: encrypt(keys, JSON.stringify(course.workCapacity)),
        completedOn: null,
        updatedBy: mentor,
      });
    }
    if (course.finalReport) {
      const { completedOn, ...content } = course.finalReport;
      rows.courseDocument!.push({
        ...of,
        kind: 'final_report',
        contentEncrypted: encrypt(keys, JSON.stringify(content)),
        completedOn,
        updatedBy: mentor,
      });
    }
    const caseworker = user(course.caseworkers[0]!);
    if (course.planStart) rows.planStart!.push({ ...of, ...course.planStart, recordedBy: caseworker });
    for (const talk of course.talks) rows.jobTalk!.push({ ...of, ...talk, createdBy: caseworker });
    if (course.treatment) {
      rows.treatmentReferral!.push({
        ...of,
        ...course.treatment,
        outreachWorker: OUTREACH_WORKER,
        createdBy: mentor,
      });
    }
  }
  return rows;
}

export async function seedCoursesDemo(db: Db, keys: Keys): Promise<void> {
  await ensureUsers(db);
  const plan = planCoursesDemo(createRng(SEED));
  const marker = lookupHash(keys, plan[0]!.cpr);
  const seeded = await db.selectFrom('citizen').select('id').where('cprHash', '=', marker).executeTakeFirst();
  if (seeded) return;
  const lookups = await loadLookups(db);
  if (!lookups || DEMO_PROVIDERS.some((p) => !lookups.agreements.has(p.code))) return;

  // A planned CPR number that happens to exist already (another demo's citizen) is left out.
  const hashes = plan.map((p) => lookupHash(keys, p.cpr));
  const taken = new Set(
    (await db.selectFrom('citizen').select('cprHash').where('cprHash', 'in', hashes).execute()).map((r) =>
      r.cprHash.toString('hex'),
    ),
  );
  const fresh = plan.filter((_, i) => !taken.has(hashes[i]!.toString('hex')));
  const rows = buildRows(fresh, keys, lookups);

  await db.transaction().execute(async (tx) => {
    for (const [table, tableRows] of Object.entries(rows)) await insertBatched(tx, table as Table, tableRows);
    await insertBatched(tx, 'eligibilityRule', eligibilityRules(lookups.areas));
    await recordAudit(tx, DEMO_SEED_ACTOR, null, {
      action: 'create',
      entityType: 'course',
      criteria: {
        demo: true,
        citizens: rows.citizen!.length,
        referrals: rows.referral!.length,
        courses: rows.course!.length,
      },
    });
  });
}
