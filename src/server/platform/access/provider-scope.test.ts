import { describe, expect, it } from 'vitest';
import { mayActOnCourse, type CourseSide } from './course-scope.ts';
import {
  isProviderUser,
  isUserOfProvider,
  mayAccessProvider,
  ownProviderId,
  providerFilterOf,
} from './provider-scope.ts';
import type { ScopeOwner } from './citizen-scope.ts';

const provider: ScopeOwner = { organisationKind: 'provider', organisationId: 'p1' };
const jobCentre: ScopeOwner = { organisationKind: 'job_centre', organisationId: 'j1' };
const administration: ScopeOwner = { organisationKind: 'administration', organisationId: 'a1' };

describe('provider scope', () => {
  it('limits a provider user to its own provider and lets everyone else see every provider', () => {
    expect(isProviderUser(provider)).toBe(true);
    expect(ownProviderId(provider)).toBe('p1');
    expect(mayAccessProvider(provider, 'p1')).toBe(true);
    expect(mayAccessProvider(provider, 'p2')).toBe(false);
    for (const other of [jobCentre, administration]) {
      expect(isProviderUser(other)).toBe(false);
      expect(ownProviderId(other)).toBeUndefined();
      expect(mayAccessProvider(other, 'p2')).toBe(true);
      expect(isUserOfProvider(other, other.organisationId)).toBe(false);
    }
    expect(isUserOfProvider(provider, 'p1')).toBe(true);
    expect(isUserOfProvider(provider, 'p2')).toBe(false);
  });

  it('filters a list by the own provider and answers NOT_FOUND for another provider', () => {
    expect(providerFilterOf(provider, undefined)).toBe('p1');
    expect(providerFilterOf(provider, 'p1')).toBe('p1');
    expect(() => providerFilterOf(provider, 'p2')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(providerFilterOf(jobCentre, undefined)).toBeUndefined();
    expect(providerFilterOf(administration, 'p2')).toBe('p2');
  });
});

describe('course scope', () => {
  const course = { providerId: 'p1', jobCentreId: 'j1' };
  const cases: [string, ScopeOwner, Record<CourseSide, boolean>][] = [
    ['the provider running it', provider, { read: true, provider: true, job_centre: false }],
    ['the job centre of the citizen', jobCentre, { read: true, provider: false, job_centre: true }],
    [
      'another provider',
      { organisationKind: 'provider', organisationId: 'p2' },
      { read: false, provider: false, job_centre: false },
    ],
    [
      'another job centre',
      { organisationKind: 'job_centre', organisationId: 'j2' },
      { read: false, provider: false, job_centre: false },
    ],
    ['the administration', administration, { read: false, provider: false, job_centre: false }],
  ];
  it.each(cases)('lets %s act on exactly its sides', (_, actor, expected) => {
    for (const side of ['read', 'provider', 'job_centre'] as const) {
      expect(mayActOnCourse(actor, course, side), side).toBe(expected[side]);
    }
  });
});
