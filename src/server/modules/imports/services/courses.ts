// `indsats import courses`: course_ref,cpr,provider_code,start_date,end_date,end_reason. History as it
// was: no referral rules apply, an unknown CPR number creates the citizen; an unknown provider code is an
// error. The course is linked to the provider's agreement covering its start when exactly one does.
import {
  COURSE_END_REASONS as END_REASONS,
  type CourseEndReason as EndReason,
} from '../../../../shared/courses/course.constants.ts';
import type { Tx } from '../../../platform/context.ts';
import { defineImportKind, mapColumns, SeenKeys } from '../pipeline.ts';
import { RowReader } from '../row-values.ts';
import { citizenResolver, noteCitizenWritten } from './citizens.ts';
import type { RefRow } from '../../../platform/db/write-by-ref.ts';
import { writeImportedCourses } from '../../courses/course.service.ts';

const COLUMNS = ['course_ref', 'cpr', 'provider_code', 'start_date', 'end_date', 'end_reason'] as const;

/** The course end reasons by their English codes and the Danish words a case system exports. */
export const END_REASON_WORDS: Readonly<Record<string, EndReason>> = {
  ...Object.fromEntries(END_REASONS.map((reason) => [reason, reason])),
  job: 'job',
  småjob: 'small_job',
  smaajob: 'small_job',
  uddannelse: 'education',
  fleksjob: 'flexjob',
  førtidspension: 'disability_pension',
  foertidspension: 'disability_pension',
  frafald: 'dropped_out',
  fraflyttet: 'moved',
  sygdom: 'illness',
  andet: 'other',
};

interface Provider {
  id: string;
  agreements: { id: string; startsOn: string; endsOn: string }[];
}

async function loadProviders(tx: Tx): Promise<Map<string, Provider>> {
  const providers = await tx
    .selectFrom('organisation')
    .select(['id', 'code'])
    .where('kind', '=', 'provider')
    .execute();
  const agreements = await tx
    .selectFrom('frameworkAgreement')
    .select(['id', 'providerId', 'startsOn', 'endsOn'])
    .where('status', '<>', 'draft')
    .execute();
  const byId = new Map<string, Provider>(providers.map((p) => [p.id, { id: p.id, agreements: [] }]));
  for (const agreement of agreements) byId.get(agreement.providerId)?.agreements.push(agreement);
  return new Map(providers.map((p) => [p.code, byId.get(p.id)!]));
}

/** The provider's agreement covering `date`, when exactly one does. */
export function agreementCovering(provider: Provider, date: string): string | null {
  const covering = provider.agreements.filter((a) => a.startsOn <= date && date <= a.endsOn);
  return covering.length === 1 ? covering[0]!.id : null;
}

interface CourseRow {
  line: number;
  ref: string;
  cpr: string;
  provider: Provider;
  startsOn: string;
  endsOn: string | null;
  endReason: EndReason | null;
}

export const importCourses = defineImportKind<CourseRow>(async (env, header) => {
  const columns = mapColumns(header, COLUMNS, [], env.errors);
  if (!columns) return undefined;
  const providers = await loadProviders(env.tx);
  const seen = new SeenKeys();
  const citizens = citizenResolver(env);
  return {
    ignoredColumns: columns.ignored,
    batchSize: 500,
    parse(record) {
      const row = new RowReader(record, columns, env.errors);
      const ref = row.text('course_ref', { required: true, max: 200 });
      row.unique('course_ref', ref, seen);
      const cpr = row.cpr('cpr', env.today);
      const providerCode = row.text('provider_code', { required: true });
      const provider = providers.get(providerCode);
      if (providerCode && !provider)
        row.fail('provider_code', 'import.unknown_provider', { code: providerCode });
      const startsOn = row.date('start_date', true);
      const endsOn = row.date('end_date', false);
      if (startsOn && endsOn && endsOn < startsOn) row.fail('end_date', 'import.date_order');
      const endReason = row.oneOf('end_reason', END_REASON_WORDS, 'import.end_reason', false) ?? null;
      if (endsOn && !endReason && row.text('end_reason') === '')
        row.fail('end_reason', 'import.end_reason_required');
      if (!endsOn && endReason && row.text('end_date') === '')
        row.fail('end_reason', 'import.end_reason_without_end');
      if (!row.ok || !cpr || !provider || !startsOn) return undefined;
      return { line: record.line, ref, cpr, provider, startsOn, endsOn, endReason };
    },
    async write(rows) {
      const citizenOf = await citizens.resolve(rows);
      const ready: RefRow<{
        citizenId: string;
        providerId: string;
        agreementId: string | null;
        startsOn: string;
        endsOn: string | null;
        endReason: EndReason | null;
      }>[] = [];
      for (const row of rows) {
        const citizenId = citizenOf.get(row.cpr);
        if (!citizenId) continue;
        ready.push({
          ref: row.ref,
          values: {
            citizenId,
            providerId: row.provider.id,
            agreementId: agreementCovering(row.provider, row.startsOn),
            startsOn: row.startsOn,
            endsOn: row.endsOn,
            endReason: row.endReason,
          },
        });
      }
      return writeImportedCourses(env.tx, ready, {
        onWritten: (values) => noteCitizenWritten(env, values),
      });
    },
  };
});
