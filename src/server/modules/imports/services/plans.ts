// `indsats import plans`: plan_ref,cpr,start_date,type — when a preparatory plan (forberedende plan) or,
// from 1 Feb 2026, a "samlet beskrivelse" was started. Linked to the citizen's course running on the
// start date, if any; the plan table counts plans by citizen, so a plan after the course still counts.
import type { PlanType } from '../../../platform/db/schema.ts';
import { defineImportKind, mapColumns, SeenKeys } from '../pipeline.ts';
import { RowReader } from '../row-values.ts';
import { citizenResolver, noteCitizenWritten, courseCovering, coursesOfCitizens } from './citizens.ts';
import { writeImportedPlanStarts } from '../../documentation/documentation.service.ts';

const COLUMNS = ['plan_ref', 'cpr', 'start_date', 'type'] as const;

const PLAN_TYPES: Readonly<Record<string, PlanType>> = {
  forberedende_plan: 'forberedende_plan',
  samlet_beskrivelse: 'samlet_beskrivelse',
};

interface PlanRow {
  line: number;
  ref: string;
  cpr: string;
  startedOn: string;
  planType: PlanType;
}

export const importPlans = defineImportKind<PlanRow>(async (env, header) => {
  const columns = mapColumns(header, COLUMNS, [], env.errors);
  if (!columns) return undefined;
  const seen = new SeenKeys();
  const citizens = citizenResolver(env);
  return {
    ignoredColumns: columns.ignored,
    batchSize: 500,
    parse(record) {
      const row = new RowReader(record, columns, env.errors);
      const ref = row.text('plan_ref', { required: true, max: 200 });
      row.unique('plan_ref', ref, seen);
      const cpr = row.cpr('cpr', env.today);
      const startedOn = row.date('start_date', true);
      const planType = row.oneOf('type', PLAN_TYPES, 'import.plan_type');
      if (!row.ok || !cpr || !startedOn || !planType) return undefined;
      return { line: record.line, ref, cpr, startedOn, planType };
    },
    async write(rows) {
      const citizenOf = await citizens.resolve(rows);
      const courses = await coursesOfCitizens(env.tx, [...citizenOf.values()]);
      const ready = rows.flatMap((row) => {
        const citizenId = citizenOf.get(row.cpr);
        if (!citizenId) return [];
        const courseId = courseCovering(courses.get(citizenId), row.startedOn);
        return [
          { ref: row.ref, values: { citizenId, planType: row.planType, startedOn: row.startedOn, courseId } },
        ];
      });
      return writeImportedPlanStarts(env.tx, ready, {
        onWritten: (values) => noteCitizenWritten(env, values),
      });
    },
  };
});
