// How fast `indsats audit verify` checks the trail, as a ratio to a reference measured in the same
// run: hashing the same rows in memory (the least any verification must do). The ratio shows what
// reading from the database costs on top. Usage: npx tsx bench/audit-verify.ts [rows] (default 20000);
// DATABASE_URL=… to measure PostgreSQL instead of embedded PGlite.
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import {
  computeAuditHash,
  GENESIS_HASH,
  type ChainedFields,
} from '../src/server/platform/audit/audit-chain.ts';
import { verifyAuditChain } from '../src/server/platform/audit/audit.ts';
import { createTestDatabase } from '../test/support/db.ts';

const rows = Number(process.argv[2] ?? 20_000);
const database = await createTestDatabase();
try {
  // Build a valid chain and bulk-insert it (recordAudit's per-row transaction is not what is measured).
  const chain: (ChainedFields & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= rows; seq++) {
    const fields: ChainedFields = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1) + seq * 1000),
      actorUserId: crypto.randomUUID(),
      actorUsername: 'bench',
      organisationId: null,
      action: 'read',
      entityType: 'citizen',
      entityId: crypto.randomUUID(),
      citizenId: crypto.randomUUID(),
      resultCitizenIds: [],
      criteria: { page: 1 },
      requestId: crypto.randomUUID(),
    };
    const hash = computeAuditHash(prev, fields);
    chain.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  for (let i = 0; i < chain.length; i += 1000) {
    await database.db
      .insertInto('auditEvent')
      .values(
        chain.slice(i, i + 1000).map((r) => ({
          ...r,
          action: 'read' as const,
          resultCitizenIds: sql<string[]>`'{}'::uuid[]`,
          criteria: JSON.stringify(r.criteria),
        })),
      )
      .execute();
  }
  await database.db.updateTable('auditHead').set({ seq: rows, hash: prev }).execute();

  const t0 = performance.now();
  let reference = GENESIS_HASH;
  for (const row of chain) reference = computeAuditHash(reference, row);
  const referenceMs = performance.now() - t0;

  const t1 = performance.now();
  const result = await verifyAuditChain(database.db);
  const verifyMs = performance.now() - t1;
  if (!result.ok || reference !== prev)
    throw new Error(`benchmark chain did not verify: ${JSON.stringify(result)}`);

  const perSecond = (ms: number) => Math.round((rows / ms) * 1000).toLocaleString('da-DK');
  console.log(`database: ${database.kind}, rows: ${rows.toLocaleString('da-DK')}`);
  console.log(`reference (hash in memory): ${referenceMs.toFixed(0)} ms, ${perSecond(referenceMs)} rows/s`);
  console.log(`audit verify (database):    ${verifyMs.toFixed(0)} ms, ${perSecond(verifyMs)} rows/s`);
  console.log(`ratio verify/reference: ${(verifyMs / referenceMs).toFixed(1)}`);
} finally {
  await database.close();
}
