// Follow-up of job talks (seed 004: "rettidighed" and "fremmøde", compared with all activity-ready
// citizens over 30): per provider and programme, counts only. The administration sees no citizen rows
// under row-level security, so this runs in an aggregate transaction and returns nothing but counts; a
// provider user gets their own provider's rows (and the comparison, which is counts over everyone).
import { TALK_FOLLOW_UP_LABELS } from '../../../../shared/courses/talk-followup.labels.ts';
import { ageOn, formatDanishDate, todayInCopenhagen } from '../../../../shared/dates.ts';
import type {
  FollowUp,
  FollowUpQuery,
  FollowUpRow,
  TalkCounts,
} from '../../../../shared/courses/talk.schemas.ts';
import { parseCpr } from '../../../../shared/cpr.ts';
import type { Language } from '../../../../shared/messages.ts';
import { decrypt } from '../../../platform/crypto/keys.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import type { ExportColumn, ExportFormat, ExportTable } from '../../../platform/export/table-export.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../talk.repository.ts';
import { addCounts, countTalks } from '../talk.rules.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';

/** Seed 004 compares with all activity-ready citizens aged 30 or over (the Trædesten target group). */
export const COMPARISON_MIN_AGE = 30;

/** The period: talks scheduled from `from` to `to`, both included; by default this year until today. */
function period(query: FollowUpQuery): { from: string; to: string } {
  const to = query.to ?? todayInCopenhagen();
  const from = query.from ?? `${(query.to ?? todayInCopenhagen()).slice(0, 4)}-01-01`;
  return { from, to: from > to ? from : to };
}

/** Talks of activity-ready citizens aged 30 or over on the day the talk was scheduled. */
async function comparisonCounts(ctx: Ctx, tx: Tx, from: string, to: string): Promise<TalkCounts> {
  const talks = await repo.listActivityReadyTalksInPeriod(tx, from, to);
  const birthDates = new Map<string, string | null>();
  const counted = talks.filter((talk) => {
    let birthDate = birthDates.get(talk.citizenId);
    if (birthDate === undefined) {
      // The CPR number is decrypted here only to read the birth date; it never leaves this function.
      const parsed = parseCpr(decrypt(ctx.keys, talk.cprEncrypted), '9999-12-31');
      birthDate = parsed.ok ? parsed.birthDate : null;
      birthDates.set(talk.citizenId, birthDate);
    }
    return birthDate !== null && ageOn(birthDate, talk.scheduledOn) >= COMPARISON_MIN_AGE;
  });
  return countTalks(counted);
}

async function computeFollowUp(ctx: Ctx, tx: Tx, from: string, to: string) {
  const talks = (await repo.listCourseTalksInPeriod(tx, from, to)).filter((talk) =>
    mayAccessProvider(ctx.actor, talk.providerId),
  );
  const groups = new Map<string, typeof talks>();
  for (const talk of talks) {
    const key = `${talk.providerId}/${talk.tenderAreaId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), talk]);
  }
  const rows: FollowUpRow[] = [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      providerId: first.providerId,
      providerName: first.providerName,
      tenderAreaId: first.tenderAreaId,
      programmeName: first.programmeName,
      tenderName: first.tenderName,
      ...countTalks(group),
    };
  });
  rows.sort(
    (a, b) =>
      a.providerName.localeCompare(b.providerName, 'da') ||
      (a.programmeName ?? '').localeCompare(b.programmeName ?? '', 'da') ||
      (a.tenderName ?? '').localeCompare(b.tenderName ?? '', 'da'),
  );
  const comparison = await comparisonCounts(ctx, tx, from, to);
  return { from, to, rows, total: addCounts(rows), comparison } satisfies FollowUp;
}

/** Timeliness and attendance per provider and programme, with the comparison group (followup.read). */
export async function getTalkFollowUp(ctx: Ctx, query: FollowUpQuery = {}): Promise<FollowUp> {
  const { from, to } = period(query);
  return withAggregateTransaction(ctx, async (tx) => {
    const result = await computeFollowUp(ctx, tx, from, to);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'job_talk_statistics',
      criteria: { from, to, rows: result.rows.length },
    });
    return result;
  });
}

const HEADERS = {
  da: {
    ...TALK_FOLLOW_UP_LABELS.da,
    title: 'Jobsamtaler – rettidighed og fremmøde',
    period: 'Samtaler indkaldt til',
    definition:
      'Indkaldt = holdt + udeblevet (aflyste og planlagte tæller ikke). Rettidighed = holdt senest på fristen / holdt. Fremmøde = holdt / indkaldt.',
    programme: 'Indsats (udbudsområde)',
    to: 'til',
  },
  en: {
    ...TALK_FOLLOW_UP_LABELS.en,
    title: 'Job talks – timeliness and attendance',
    period: 'Talks scheduled from',
    definition:
      'Called = held + not attended (cancelled and planned talks do not count). Timeliness = held by the deadline / held. Attendance = held / called.',
    programme: 'Programme (tender area)',
    to: 'to',
  },
} satisfies Record<Language, Record<string, string>>;

type ExportRow = TalkCounts & { provider: string; programme: string };

/** The statistics as one table: a row per provider and programme, then the total and the comparison. */
export async function exportTalkFollowUp(
  ctx: Ctx,
  query: FollowUpQuery & { format: ExportFormat },
): Promise<{ filename: string; tables: ExportTable<unknown>[] }> {
  const { from, to } = period(query);
  const language: Language = query.format === 'csv-en' ? 'en' : ctx.language;
  const h = HEADERS[language];
  return withAggregateTransaction(ctx, async (tx) => {
    const result = await computeFollowUp(ctx, tx, from, to);
    await auditAction(tx, ctx, {
      action: 'export',
      entityType: 'job_talk_statistics',
      criteria: { from, to, format: query.format, rows: result.rows.length },
    });
    const percent = (pick: (row: ExportRow) => TalkCounts['timeliness']) => (row: ExportRow) => {
      const value = pick(row).percent;
      return value === null ? null : value / 100;
    };
    const columns: ExportColumn<ExportRow>[] = [
      { header: h.provider, kind: 'text', value: (r) => r.provider, width: 32 },
      { header: h.programme, kind: 'text', value: (r) => r.programme, width: 36 },
      { header: h.called, kind: 'integer', value: (r) => r.called },
      { header: h.held, kind: 'integer', value: (r) => r.held },
      { header: h.notAttended, kind: 'integer', value: (r) => r.notAttended },
      { header: h.timely, kind: 'integer', value: (r) => r.timely },
      { header: h.timeliness, kind: 'percent', value: percent((r) => r.timeliness) },
      { header: h.attendance, kind: 'percent', value: percent((r) => r.attendance) },
    ];
    const table: ExportTable<ExportRow> = {
      title: h.title,
      notes: [`${h.period} ${formatDanishDate(from)} ${h.to} ${formatDanishDate(to)}.`, h.definition],
      columns,
      rows: result.rows.map((row) => ({
        ...row,
        provider: row.providerName,
        programme: row.programmeName
          ? `${row.programmeName}${row.tenderName ? ` (${row.tenderName})` : ''}`
          : h.noProgramme,
      })),
      totals: [
        { ...result.total, provider: h.total, programme: '' },
        { ...result.comparison, provider: h.comparison, programme: '' },
      ],
    };
    return {
      filename: `jobsamtaler-${from}-${to}`,
      tables: [table as ExportTable<unknown>],
    };
  });
}
