// How fast `indsats audit verify` checks the trail, as a ratio to a reference measured in the same
// run: hashing the same rows in memory (the least any verification must do). The ratio shows what
// reading from the database costs on top. It also times the sealer chaining the same rows (they are
// inserted unsealed, as requests write them) and checks that it hashed exactly what the reference did.
// Usage: npx tsx bench/audit-verify.ts [rows] (default 20000); DATABASE_URL=… to measure PostgreSQL
// instead of embedded PGlite.
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import {
  chainRows,
  GENESIS_HASH,
  type StoredAuditContent,
} from '../src/server/platform/audit/audit-chain.ts';
import { verifyAuditChain } from '../src/server/platform/audit/audit.ts';
import { sealAuditTrail } from '../src/server/platform/audit/audit-sealer.ts';
import { createTestDatabase } from '../test/support/db.ts';

const rows = Number(process.argv[2] ?? 20_000);
const database = await createTestDatabase();
try {
  // The rows in the canonical forms the database gives back (audit-rows.ts): UTC with microseconds.
  const content: StoredAuditContent[] = [];
  for (let seq = 1; seq <= rows; seq++) {
    content.push({
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString().replace('Z', '000Z'),
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
    });
  }
  // Bulk-inserted unsealed (recordAudit's per-row transaction is not what is measured).
  for (let i = 0; i < content.length; i += 1000) {
    await database.db
      .insertInto('auditEvent')
      .values(
        content.slice(i, i + 1000).map((r) => ({
          ...r,
          occurredAt: new Date(r.occurredAt),
          action: 'read' as const,
          resultCitizenIds: sql<string[]>`'{}'::uuid[]`,
          criteria: JSON.stringify(r.criteria),
        })),
      )
      .execute();
  }

  const t0 = performance.now();
  const reference = chainRows({ seq: 0, hash: GENESIS_HASH }, content).head;
  const referenceMs = performance.now() - t0;

  const tSeal = performance.now();
  while ((await sealAuditTrail(database.db)) > 0);
  const sealMs = performance.now() - tSeal;
  const head = await database.db.selectFrom('auditHead').select(['seq', 'hash']).executeTakeFirstOrThrow();
  if (head.seq !== reference.seq || head.hash !== reference.hash)
    throw new Error('the sealer did not hash the rows as stored the way the reference did');

  const t1 = performance.now();
  const result = await verifyAuditChain(database.db);
  const verifyMs = performance.now() - t1;
  if (!result.ok || result.checked !== rows)
    throw new Error(`benchmark chain did not verify: ${JSON.stringify(result)}`);

  const perSecond = (ms: number) => Math.round((rows / ms) * 1000).toLocaleString('da-DK');
  console.log(`database: ${database.kind}, rows: ${rows.toLocaleString('da-DK')}`);
  console.log(`reference (hash in memory): ${referenceMs.toFixed(0)} ms, ${perSecond(referenceMs)} rows/s`);
  console.log(`audit verify (database):    ${verifyMs.toFixed(0)} ms, ${perSecond(verifyMs)} rows/s`);
  console.log(`sealing (database):         ${sealMs.toFixed(0)} ms, ${perSecond(sealMs)} rows/s`);
  console.log(`ratio verify/reference: ${(verifyMs / referenceMs).toFixed(1)}`);
  console.log(`ratio seal/reference:   ${(sealMs / referenceMs).toFixed(1)}`);
} finally {
  await database.close();
}
