// Billing of course-weeks (issue 4; docs/billing.md): weeks × weekly prices per provider, month and
// agreement, programme and aftercare separately, with totals and the weeks that have no price.
//   The administration (procurement, analysts, admin) sees every provider's sums: counts and kroner
//   only, so the query runs without the row scope (withAggregateTransaction) and returns no citizen.
//   A provider lead sees only its own provider, with a line per course and month naming the citizen:
//   that runs in withActorTransaction, so row-level security applies, and the citizens are audited.
import { AppError } from '../../../shared/errors.ts';
import type {
  BillingAgreementRef,
  BillingCourseLine,
  BillingLeftOut,
  BillingProblem,
  BillingExportQuery,
  BillingQuery,
  BillingRow,
  BillingView,
} from '../../../shared/courses/billing.schemas.ts';
import type { Language } from '../../../shared/messages.ts';
import type { ExportTable } from '../../platform/export/table-export.ts';
import { withActorTransaction, withAggregateTransaction, type Ctx, type Tx } from '../../platform/context.ts';
import * as repo from './billing.repository.ts';
import {
  billCourses,
  firstDayOf,
  lastDayOf,
  summariseLines,
  totalOf,
  type BillingAgreement,
  type BillingTotal as RuleTotal,
  type BillingAmounts,
} from './billing.rules.ts';
import { auditAction } from '../../platform/audit/audit-request.ts';
import { billingExportTables } from './billing.export.ts';
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { isProviderUser, providerFilterOf } from '../../platform/access/provider-scope.ts';

export interface BillingOptions {
  /** Weeks of ongoing courses count up to this day (default: today in Copenhagen). */
  asOf?: string;
  /** 'read' for the page, 'export' for a file. */
  action?: 'read' | 'export';
}

function amounts(source: BillingAmounts) {
  return { programme: source.programme, aftercare: source.aftercare, totalOre: source.totalOre };
}

function totalView(total: RuleTotal) {
  return { ...amounts(total), courses: total.courseIds.length };
}

function byName<T extends { providerName: string }>(a: T, b: T): number {
  return a.providerName.localeCompare(b.providerName, 'da');
}

/** Whose billing the actor may see: the own provider for provider users, else all or the one asked for. */
function scopeOf(ctx: Ctx, query: BillingQuery): { isProvider: boolean; providerId: string | undefined } {
  // Another provider's billing: the caller learns nothing, not even that it exists.
  return { isProvider: isProviderUser(ctx.actor), providerId: providerFilterOf(ctx.actor, query.providerId) };
}

async function buildView(
  tx: Tx,
  ctx: Ctx,
  query: BillingQuery,
  scope: { isProvider: boolean; providerId: string | undefined },
  options: BillingOptions,
): Promise<BillingView> {
  const asOf = options.asOf ?? todayInCopenhagen();
  const providers = await repo.listProviders(tx, scope.providerId);
  if (scope.providerId && providers.length === 0) throw new AppError('NOT_FOUND', 'access.not_found');
  const providerName = new Map(providers.map((p) => [p.id, p.name]));
  const period = { from: query.from, to: query.to };
  const courses = (
    await repo.listBillableCourses(tx, {
      fromDate: firstDayOf(period.from),
      toDate: lastDayOf(period.to),
      providerId: scope.providerId,
    })
  ).filter((c) => providerName.has(c.providerId));
  const agreementIds = [...new Set(courses.flatMap((c) => (c.agreementId ? [c.agreementId] : [])))];
  const loaded = await repo.loadAgreements(tx, agreementIds);
  const agreements = new Map<string, BillingAgreement>(loaded.map((l) => [l.agreement.id, l.agreement]));
  const refs = new Map<string, BillingAgreementRef>(loaded.map((l) => [l.ref.id, l.ref]));

  const { lines, problems, leftOut } = billCourses(courses, agreements, period, asOf);
  const rawRows = summariseLines(lines);
  const rows: BillingRow[] = rawRows
    .map((row) => ({
      providerId: row.providerId,
      providerName: providerName.get(row.providerId) ?? '',
      month: row.month,
      agreement: refs.get(row.agreementId)!,
      ...amounts(row),
      courses: row.courseIds.length,
    }))
    .sort(
      (a, b) =>
        byName(a, b) ||
        a.month.localeCompare(b.month) ||
        a.agreement.startsOn.localeCompare(b.agreement.startsOn) ||
        a.agreement.tenderAreaNumber - b.agreement.tenderAreaNumber,
    );
  const providerTotals = [...new Set(rawRows.map((r) => r.providerId))]
    .map((providerId) => ({
      providerId,
      providerName: providerName.get(providerId) ?? '',
      ...totalView(totalOf(rawRows.filter((r) => r.providerId === providerId))),
    }))
    .sort(byName);

  const citizens = scope.isProvider
    ? new Map(
        (
          await repo.citizensOfCourses(tx, [
            ...new Set([...lines, ...problems, ...leftOut].map((l) => l.courseId)),
          ])
        ).map((c) => [c.courseId, c]),
      )
    : null;

  // The administration's problems are grouped without the course: no citizen in its answer.
  const problemViews = new Map<string, BillingProblem>();
  for (const problem of problems) {
    const courseId = citizens ? problem.courseId : null;
    const key = [
      problem.providerId,
      problem.agreementId,
      problem.kind,
      problem.month,
      problem.reason,
      courseId,
    ].join('|');
    const existing = problemViews.get(key);
    if (existing) {
      existing.weeks += problem.weeks;
      if (problem.firstWeekStartsOn < existing.firstWeekStartsOn) {
        existing.firstWeekStartsOn = problem.firstWeekStartsOn;
      }
      continue;
    }
    problemViews.set(key, {
      providerId: problem.providerId,
      providerName: providerName.get(problem.providerId) ?? '',
      agreement: problem.agreementId ? (refs.get(problem.agreementId) ?? null) : null,
      kind: problem.kind,
      month: problem.month,
      reason: problem.reason,
      firstWeekStartsOn: problem.firstWeekStartsOn,
      weeks: problem.weeks,
      courseId,
      citizenName: courseId ? (citizens?.get(courseId)?.citizenName ?? null) : null,
    });
  }

  // Weeks left out for excluded pauses (issue 14), grouped like the problems: no course for the administration.
  const leftOutViews = new Map<string, BillingLeftOut>();
  for (const weeks of leftOut) {
    const courseId = citizens ? weeks.courseId : null;
    const key = [
      weeks.providerId,
      weeks.agreementId,
      weeks.kind,
      weeks.month,
      weeks.pauseKind,
      courseId,
    ].join('|');
    const existing = leftOutViews.get(key);
    if (existing) {
      existing.weeks += weeks.weeks;
      if (weeks.firstWeekStartsOn < existing.firstWeekStartsOn)
        existing.firstWeekStartsOn = weeks.firstWeekStartsOn;
      continue;
    }
    leftOutViews.set(key, {
      providerId: weeks.providerId,
      providerName: providerName.get(weeks.providerId) ?? '',
      agreement: refs.get(weeks.agreementId) ?? null,
      kind: weeks.kind,
      month: weeks.month,
      pauseKind: weeks.pauseKind,
      firstWeekStartsOn: weeks.firstWeekStartsOn,
      weeks: weeks.weeks,
      courseId,
      citizenName: courseId ? (citizens?.get(courseId)?.citizenName ?? null) : null,
    });
  }

  let courseLines: BillingCourseLine[] | null = null;
  if (citizens) {
    courseLines = lines
      .map((line) => {
        const citizen = citizens.get(line.courseId);
        return {
          courseId: line.courseId,
          citizenId: citizen?.citizenId ?? '',
          citizenName: citizen?.citizenName ?? '',
          month: line.month,
          agreementId: line.agreementId,
          ...amounts(line),
        };
      })
      .sort((a, b) => a.citizenName.localeCompare(b.citizenName, 'da') || a.month.localeCompare(b.month));
  }

  const citizenIds = citizens ? [...new Set([...citizens.values()].map((c) => c.citizenId))] : [];
  await auditAction(tx, ctx, {
    action: options.action ?? 'read',
    entityType: 'billing',
    criteria: {
      from: query.from,
      to: query.to,
      providerId: scope.providerId ?? null,
      asOf,
      courses: courses.length,
    },
    ...(citizenIds.length > 0 ? { resultCitizenIds: citizenIds } : {}),
  });

  return {
    from: query.from,
    to: query.to,
    asOf,
    providerId: scope.providerId ?? null,
    providers: providers.map((p) => ({ id: p.id, name: p.name })),
    isOwnProviderOnly: scope.isProvider,
    rows,
    providerTotals,
    total: totalView(totalOf(rawRows)),
    problems: [...problemViews.values()].sort(
      (a, b) => byName(a, b) || a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind),
    ),
    leftOut: [...leftOutViews.values()].sort(
      (a, b) => byName(a, b) || a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind),
    ),
    courseLines,
  };
}

/** The billing of a period: rows per provider × month × agreement, totals, problems (audited). */
export async function getBilling(
  ctx: Ctx,
  query: BillingQuery,
  options: BillingOptions = {},
): Promise<BillingView> {
  const scope = scopeOf(ctx, query);
  const run = scope.isProvider ? withActorTransaction : withAggregateTransaction;
  return run(ctx, (tx) => buildView(tx, ctx, query, scope, options));
}

/** "SydhavnsCompagniet" → "sydhavnscompagniet", "Ærø Køkken" → "aeroe-koekken" (file names). */
function asciiName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The billing of a period as tables for XLSX (a sheet each) or CSV (the month table); audited as an export. */
export async function exportBilling(
  ctx: Ctx,
  query: BillingExportQuery,
  options: Omit<BillingOptions, 'action'> = {},
): Promise<{ filename: string; tables: ExportTable<unknown>[] }> {
  const view = await getBilling(ctx, query, { ...options, action: 'export' });
  const language: Language = query.format === 'csv-en' ? 'en' : ctx.language;
  const provider = view.providerId ? view.providers.find((p) => p.id === view.providerId) : undefined;
  const code = provider ? `-${asciiName(provider.name)}` : '';
  return {
    filename: `afregning${code}-${view.from}-${view.to}`,
    tables: billingExportTables(view, language),
  };
}

/** One agreement's sums in a provider's month: weeks and øre, no citizen. */
export interface ProviderMonthBilling {
  agreementId: string;
  programme: { weeks: number; ore: number };
  aftercare: { weeks: number; ore: number };
  totalOre: number;
  courses: number;
}

/**
 * A provider's billing of one month per agreement, in the caller's transaction (the monthly billing basis
 * of issue 14, modules/payments): the same rules as getBilling, sums only, so the caller may run it
 * without the row scope. `problems` counts the weeks without a price.
 */
export async function billProviderMonth(
  tx: Tx,
  input: { providerId: string; month: string; asOf: string },
): Promise<{ rows: ProviderMonthBilling[]; problemWeeks: number }> {
  const period = { from: input.month, to: input.month };
  const courses = await repo.listBillableCourses(tx, {
    fromDate: firstDayOf(input.month),
    toDate: lastDayOf(input.month),
    providerId: input.providerId,
  });
  const agreementIds = [...new Set(courses.flatMap((c) => (c.agreementId ? [c.agreementId] : [])))];
  const loaded = await repo.loadAgreements(tx, agreementIds);
  const agreements = new Map<string, BillingAgreement>(loaded.map((l) => [l.agreement.id, l.agreement]));
  const { lines, problems } = billCourses(courses, agreements, period, input.asOf);
  const rows = summariseLines(lines)
    .map((row) => ({
      agreementId: row.agreementId,
      programme: { weeks: row.programme.weeks, ore: row.programme.ore },
      aftercare: { weeks: row.aftercare.weeks, ore: row.aftercare.ore },
      totalOre: row.totalOre,
      courses: row.courseIds.length,
    }))
    .sort((a, b) => a.agreementId.localeCompare(b.agreementId));
  return { rows, problemWeeks: problems.reduce((sum, p) => sum + p.weeks, 0) };
}

/**
 * Every provider's billed øre per month of a period as of a day, in the caller's transaction: sums only
 * (the budget status of issue 14). With `asOf` after today, courses running today count as running to it.
 */
export async function billPeriodTotals(
  tx: Tx,
  input: { from: string; to: string; asOf: string },
): Promise<{ providerId: string; month: string; totalOre: number }[]> {
  const courses = await repo.listBillableCourses(tx, {
    fromDate: firstDayOf(input.from),
    toDate: lastDayOf(input.to),
  });
  const agreementIds = [...new Set(courses.flatMap((c) => (c.agreementId ? [c.agreementId] : [])))];
  const loaded = await repo.loadAgreements(tx, agreementIds);
  const agreements = new Map<string, BillingAgreement>(loaded.map((l) => [l.agreement.id, l.agreement]));
  const { lines } = billCourses(courses, agreements, { from: input.from, to: input.to }, input.asOf);
  const totals = new Map<string, { providerId: string; month: string; totalOre: number }>();
  for (const line of lines) {
    const key = `${line.providerId}|${line.month}`;
    const total = totals.get(key) ?? { providerId: line.providerId, month: line.month, totalOre: 0 };
    total.totalOre += line.totalOre;
    totals.set(key, total);
  }
  return [...totals.values()];
}
