import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeAuditHash,
  findFirstBreak,
  GENESIS_HASH,
  type ChainedFields,
} from './audit-chain.ts';

function buildChain(n: number) {
  const rows: (ChainedFields & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 10, 23, 12, 0, seq)),
      actorUserId: '00000000-0000-4000-8000-000000000001',
      actorUsername: 'sagsbehandler',
      organisationId: null,
      action: 'read',
      entityType: 'citizen',
      entityId: `e${seq}`,
      citizenId: null,
      resultCitizenIds: [],
      criteria: { page: 1, name: `n${seq}` },
      requestId: `r${seq}`,
    };
    const hash = computeAuditHash(prev, fields);
    rows.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return { rows, head: { seq: n, hash: prev } };
}

describe('audit hash chain', () => {
  it('accepts an untouched chain, and an empty one', () => {
    const { rows, head } = buildChain(5);
    expect(findFirstBreak(rows, head)).toBeUndefined();
    expect(findFirstBreak([], { seq: 0, hash: GENESIS_HASH })).toBeUndefined();
  });

  it('finds a changed row', () => {
    const { rows, head } = buildChain(5);
    rows[2] = { ...rows[2]!, actorUsername: 'someone-else' };
    expect(findFirstBreak(rows, head)).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });

  it('finds a deleted row in the middle', () => {
    const { rows, head } = buildChain(5);
    rows.splice(1, 1);
    expect(findFirstBreak(rows, head)).toEqual({ seq: 3, reason: 'gap', expectedSeq: 2 });
  });

  it('finds deleted rows at the end against the head', () => {
    const { rows, head } = buildChain(5);
    rows.pop();
    expect(findFirstBreak(rows, head)).toMatchObject({ reason: 'head_mismatch', seq: 5 });
  });

  it('finds a row re-hashed after a change, by its successor', () => {
    const { rows, head } = buildChain(4);
    const changed = { ...rows[1]!, entityId: 'forged' };
    changed.hash = computeAuditHash(changed.prevHash, changed);
    rows[1] = changed;
    expect(findFirstBreak(rows, head)).toEqual({ seq: 3, reason: 'prev_hash_mismatch' });
  });

  it('hashes criteria independently of key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        return canonicalJson(dict) === canonicalJson(reversed);
      }),
    );
  });
});
