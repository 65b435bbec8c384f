import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainRows,
  checkChain,
  computeAuditHash,
  GENESIS_HASH,
  legacyAuditHash,
  type ChainHead,
  type SealedAuditRow,
  type StoredAuditContent,
} from './audit-chain.ts';

const CITIZEN = '0e8f7a3c-1b2d-4e5f-8a9b-0c1d2e3f4a5b';

function content(seq: number): StoredAuditContent {
  return {
    seq,
    occurredAt: `2026-11-23T12:00:${String(seq % 60).padStart(2, '0')}.123456Z`,
    actorUserId: '00000000-0000-4000-8000-000000000001',
    actorUsername: 'sagsbehandler',
    organisationId: null,
    action: 'read',
    entityType: 'citizen',
    entityId: `e${seq}`,
    citizenId: CITIZEN,
    resultCitizenIds: [],
    criteria: { page: 1, name: `n${seq}` },
    requestId: `r${seq}`,
  };
}

function buildChain(n: number): { rows: SealedAuditRow[]; head: ChainHead } {
  const { sealed, head } = chainRows(
    { seq: 0, hash: GENESIS_HASH },
    Array.from({ length: n }, (_, i) => content(i + 1)),
  );
  return { rows: sealed, head: { ...head, legacySeq: 0 } };
}

describe('audit hash chain', () => {
  it('accepts an untouched chain, and an empty one', () => {
    const { rows, head } = buildChain(5);
    expect(checkChain(rows, head)).toEqual({ total: 0, byReason: {}, listed: [] });
    expect(checkChain([], { seq: 0, hash: GENESIS_HASH, legacySeq: 0 }).total).toBe(0);
  });

  it('chains rows in the order given, whatever their insertion numbers', () => {
    // A row numbered 2 that committed after row 3 was sealed after it.
    const { sealed, head } = chainRows({ seq: 0, hash: GENESIS_HASH }, [content(1), content(3), content(2)]);
    expect(sealed.map((r) => [r.position, r.seq])).toEqual([
      [1, 1],
      [2, 3],
      [3, 2],
    ]);
    expect(checkChain(sealed, { ...head, legacySeq: 0 }).total).toBe(0);
  });

  it('reports every changed and missing row, not only the first', () => {
    const { rows, head } = buildChain(8);
    rows[1] = { ...rows[1]!, actorUsername: 'someone-else' };
    rows[5] = { ...rows[5]!, criteria: { page: 2, name: 'n6' } };
    rows.splice(3, 1);
    const report = checkChain(rows, head);
    expect(report.listed).toEqual([
      { reason: 'changed', position: 2, seq: 2 },
      { reason: 'missing', position: 4 },
      { reason: 'changed', position: 6, seq: 6 },
    ]);
    expect(report.total).toBe(3);
    expect(report.byReason).toEqual({ changed: 2, missing: 1 });
  });

  it('counts deleted rows at the end exactly against the head', () => {
    const { rows, head } = buildChain(5);
    rows.splice(2);
    expect(checkChain(rows, head).listed).toEqual([
      { reason: 'missing', position: 3 },
      { reason: 'missing', position: 4 },
      { reason: 'missing', position: 5 },
    ]);
  });

  it('finds a head set back behind the newest row', () => {
    const { rows } = buildChain(5);
    const head = { seq: 4, hash: rows[3]!.hash, legacySeq: 0 };
    expect(checkChain(rows, head).listed).toEqual([
      { reason: 'head_mismatch', position: 5, headPosition: 4 },
    ]);
  });

  it('finds a row re-hashed after a change, by its successor', () => {
    const { rows, head } = buildChain(4);
    const changed = { ...rows[1]!, entityId: 'forged' };
    changed.hash = computeAuditHash(changed.prevHash, changed.position, changed);
    rows[1] = changed;
    expect(checkChain(rows, head).listed).toEqual([{ reason: 'relinked', position: 3, seq: 3 }]);
  });

  it('finds a changed insertion number or chain position', () => {
    const { rows, head } = buildChain(3);
    rows[1] = { ...rows[1]!, seq: 99 };
    expect(checkChain(rows, head).listed).toEqual([{ reason: 'changed', position: 2, seq: 99 }]);
  });

  it('lists the first 100 problems and counts them all', () => {
    const { rows, head } = buildChain(300);
    const tampered = rows.map((r, i) => (i % 2 ? { ...r, action: 'export' } : r));
    tampered.splice(250, 40);
    const report = checkChain(tampered, head);
    // 125 changed rows before position 251 (every even one), 40 missing, 5 changed among 291–300.
    expect(report.total).toBe(125 + 40 + 5);
    expect(report.byReason).toEqual({ changed: 130, missing: 40 });
    expect(report.listed).toHaveLength(100);
    expect(report.listed[0]).toEqual({ reason: 'changed', position: 2, seq: 2 });
  });

  it('accepts rows hashed before migration 0012, also with the upper-case citizen id of issue 10', () => {
    // The old writer: no insertion number, milliseconds, the values as the JavaScript caller passed them.
    const stored = [content(1), content(2), content(3)].map((r) => ({
      ...r,
      occurredAt: r.occurredAt.replace('123456Z', '123000Z'),
    }));
    let prev = GENESIS_HASH;
    const rows = stored.map((row, i) => {
      const asPassed = i === 1 ? { ...row, citizenId: CITIZEN.toUpperCase() } : row;
      const hash = legacyAuditHash(prev, row.seq, asPassed);
      const sealed = { ...row, position: row.seq, prevHash: prev, hash };
      prev = hash;
      return sealed;
    });
    const head = { seq: 3, hash: prev, legacySeq: 3 };
    expect(checkChain(rows, head).total).toBe(0);
    // A changed legacy row is still found; so is a legacy row checked as a new one.
    const changed = rows.map((r, i) => (i === 2 ? { ...r, entityType: 'course' } : r));
    expect(checkChain(changed, head).listed).toEqual([{ reason: 'changed', position: 3, seq: 3 }]);
    expect(checkChain(rows, { ...head, legacySeq: 0 }).byReason).toEqual({ changed: 3 });
  });

  it('hashes criteria independently of key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        return canonicalJson(dict) === canonicalJson(reversed);
      }),
    );
  });

  it('hashes result citizens independently of their order', () => {
    const row = { ...content(1), resultCitizenIds: ['b', 'a', 'c'] };
    expect(computeAuditHash(GENESIS_HASH, 1, row)).toBe(
      computeAuditHash(GENESIS_HASH, 1, { ...row, resultCitizenIds: ['c', 'b', 'a'] }),
    );
  });
});
