// `indsats import providers`: code,name,district (optional cvr) → an organisation of kind provider and
// its provider profile, written through the organisations module (provider.service.ts). The code is the
// key; an empty or absent cvr leaves a stored CVR number as it is.
import { DISTRICTS, type District } from '../../../../shared/districts.ts';
import type { Tx } from '../../../platform/context.ts';
import {
  createProviderIn,
  renameProvider,
  setProviderAnchor,
  type ProfileValues,
} from '../../organisations/provider.service.ts';
import { defineImportKind, mapColumns, SeenKeys } from '../pipeline.ts';
import { RowReader } from '../row-values.ts';

const REQUIRED = ['code', 'name', 'district'] as const;
const OPTIONAL = ['cvr'] as const;
const CODE = /^[a-z0-9][a-z0-9_-]*$/;
const DISTRICT_WORDS: Readonly<Record<string, District>> = Object.fromEntries(
  DISTRICTS.map((d) => [d.toLowerCase(), d]),
);

/** The import sets a new provider's district and CVR number; the other details stay empty. */
const EMPTY_PROFILE: ProfileValues = {
  cvr: null,
  district: null,
  neighbourhood: null,
  address: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  providerSince: null,
  description: null,
};

interface ProviderRow {
  line: number;
  code: string;
  name: string;
  district: District;
  cvr: string | undefined;
}

interface Stored {
  id: string;
  kind: string;
  name: string;
  district: string | null;
  cvr: string | null;
  hasProfile: boolean;
}

async function storedOrganisations(tx: Tx, codes: readonly string[]): Promise<Map<string, Stored>> {
  const rows = await tx
    .selectFrom('organisation')
    .leftJoin('providerProfile', 'providerProfile.organisationId', 'organisation.id')
    .select([
      'organisation.id',
      'organisation.code',
      'organisation.kind',
      'organisation.name',
      'providerProfile.district',
      'providerProfile.cvr',
      'providerProfile.organisationId as profileId',
    ])
    .where('organisation.code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, { ...r, hasProfile: r.profileId !== null }]));
}

export const importProviders = defineImportKind<ProviderRow>(async (env, header) => {
  const columns = mapColumns(header, REQUIRED, OPTIONAL, env.errors);
  if (!columns) return undefined;
  const seenCodes = new SeenKeys();
  const seenCvrs = new SeenKeys();
  return {
    ignoredColumns: columns.ignored,
    batchSize: 200,
    parse(record) {
      const row = new RowReader(record, columns, env.errors);
      const code = row.text('code', { required: true, max: 100 });
      if (code && !CODE.test(code)) row.fail('code', 'import.provider_code');
      row.unique('code', code, seenCodes);
      const name = row.text('name', { required: true, max: 200 });
      const district = row.oneOf('district', DISTRICT_WORDS, 'import.district');
      const cvr = row.cvr('cvr', false);
      if (cvr) row.unique('cvr', cvr, seenCvrs);
      if (!row.ok || !district) return undefined;
      return { line: record.line, code, name, district, cvr };
    },
    async write(rows) {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      const stored = await storedOrganisations(
        env.tx,
        rows.map((r) => r.code),
      );
      const cvrs = rows.flatMap((r) => (r.cvr ? [r.cvr] : []));
      const cvrHolders = new Map(
        cvrs.length === 0
          ? []
          : (
              await env.tx
                .selectFrom('providerProfile')
                .innerJoin('organisation', 'organisation.id', 'providerProfile.organisationId')
                .select(['providerProfile.cvr', 'organisation.code'])
                .where('providerProfile.cvr', 'in', cvrs)
                .execute()
            ).map((r) => [r.cvr!, r.code]),
      );
      for (const row of rows) {
        const existing = stored.get(row.code);
        const holder = row.cvr ? cvrHolders.get(row.cvr) : undefined;
        if (existing && existing.kind !== 'provider') {
          env.errors.add(row.line, 'import.code_not_provider', { code: row.code }, 'code');
          continue;
        }
        if (holder !== undefined && holder !== row.code) {
          env.errors.add(row.line, 'import.cvr_taken', { code: holder }, 'cvr');
          continue;
        }
        const cvr = row.cvr ?? existing?.cvr ?? null;
        if (!existing) {
          await createProviderIn(
            env.tx,
            { code: row.code, name: row.name },
            { ...EMPTY_PROFILE, district: row.district, cvr },
          );
          counts.created++;
          continue;
        }
        const same =
          existing.hasProfile &&
          existing.name === row.name &&
          existing.district === row.district &&
          existing.cvr === cvr;
        if (same) {
          counts.unchanged++;
          continue;
        }
        if (existing.name !== row.name) await renameProvider(env.tx, existing.id, row.name);
        await setProviderAnchor(env.tx, existing.id, { district: row.district, cvr });
        counts.updated++;
      }
      return counts;
    },
  };
});
