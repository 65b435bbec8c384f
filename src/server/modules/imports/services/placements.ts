// `indsats import placements`: placement_ref,cpr,type,start_date,end_date,company_cvr. An unknown CVR
// number creates the company (through the companies module), an unknown CPR number the citizen; the
// placement belongs to the citizen's course running on its start date, if any.
import type { PlacementKind } from '../../../platform/db/schema.ts';
import { findOrCreateCompanyByCvr } from '../../companies/company.service.ts';
import { defineImportKind, mapColumns, SeenKeys } from '../pipeline.ts';
import { RowReader } from '../row-values.ts';
import { citizenResolver, noteCitizenWritten, courseCovering, coursesOfCitizens } from './citizens.ts';
import { writeImportedPlacements } from '../../courses/course.service.ts';

const COLUMNS = ['placement_ref', 'cpr', 'type', 'start_date', 'end_date', 'company_cvr'] as const;

/** The case system's words for a placement → the placement's kind. */
export const PLACEMENT_TYPES: Readonly<Record<string, PlacementKind>> = {
  virksomhedspraktik: 'internship',
  loentilskud: 'wage_subsidy',
  løntilskud: 'wage_subsidy',
  smaajob: 'small_job',
  småjob: 'small_job',
};

interface PlacementRow {
  line: number;
  ref: string;
  cpr: string;
  kind: PlacementKind;
  startsOn: string;
  endsOn: string | null;
  cvr: string;
}

export const importPlacements = defineImportKind<PlacementRow>(async (env, header) => {
  const columns = mapColumns(header, COLUMNS, [], env.errors);
  if (!columns) return undefined;
  const seen = new SeenKeys();
  const citizens = citizenResolver(env);
  // CVR number → company id; bounded by the number of companies, not of rows.
  const companies = new Map<string, string>();
  env.details.companiesCreated = 0;

  async function companyIds(cvrs: readonly string[]): Promise<void> {
    const wanted = [...new Set(cvrs)].filter((cvr) => !companies.has(cvr));
    if (wanted.length === 0) return;
    const known = await env.tx
      .selectFrom('company')
      .select(['id', 'cvr'])
      .where('cvr', 'in', wanted)
      .execute();
    for (const company of known) companies.set(company.cvr, company.id);
    for (const cvr of wanted) {
      if (companies.has(cvr)) continue;
      const { company, created } = await findOrCreateCompanyByCvr(env.tx, cvr);
      companies.set(cvr, company.id);
      if (created) env.details.companiesCreated = (env.details.companiesCreated as number) + 1;
    }
  }

  return {
    ignoredColumns: columns.ignored,
    batchSize: 500,
    parse(record) {
      const row = new RowReader(record, columns, env.errors);
      const ref = row.text('placement_ref', { required: true, max: 200 });
      row.unique('placement_ref', ref, seen);
      const cpr = row.cpr('cpr', env.today);
      const kind = row.oneOf('type', PLACEMENT_TYPES, 'import.placement_type');
      const startsOn = row.date('start_date', true);
      const endsOn = row.date('end_date', false);
      if (startsOn && endsOn && endsOn < startsOn) row.fail('end_date', 'import.date_order');
      const cvr = row.cvr('company_cvr', true);
      if (!row.ok || !cpr || !kind || !startsOn || !cvr) return undefined;
      return { line: record.line, ref, cpr, kind, startsOn, endsOn, cvr };
    },
    async write(rows) {
      const citizenOf = await citizens.resolve(rows);
      await companyIds(rows.map((r) => r.cvr));
      const courses = await coursesOfCitizens(env.tx, [...citizenOf.values()]);
      const ready = rows.flatMap((row) => {
        const citizenId = citizenOf.get(row.cpr);
        if (!citizenId) return [];
        const values = {
          citizenId,
          companyId: companies.get(row.cvr)!,
          kind: row.kind,
          startsOn: row.startsOn,
          endsOn: row.endsOn,
          courseId: courseCovering(courses.get(citizenId), row.startsOn),
        };
        return [{ ref: row.ref, values }];
      });
      return writeImportedPlacements(env.tx, ready, {
        onWritten: (values) => noteCitizenWritten(env, values),
      });
    },
  };
});
