import { describe, expect, it } from 'vitest';
import { actorLabel } from './actor-label.ts';

const users = new Map([['anne', { displayName: 'Anne Andersen', organisationName: 'Jobcenter København' }]]);

describe('actorLabel', () => {
  it('names a user with their organisation', () => {
    expect(actorLabel('anne', users, 'da')).toBe('Anne Andersen, Jobcenter København');
  });

  it('names the system jobs and the command line in the language', () => {
    expect(actorLabel('system:demo-seed', users, 'da')).toBe('System (demodata)');
    expect(actorLabel('system:demo-seed', users, 'en')).toBe('System (demo data)');
    expect(actorLabel('system:retention', users, 'da')).toBe('System (sletning efter frister)');
    expect(actorLabel('system:nightly', users, 'en')).toBe('System (nightly)');
    expect(actorLabel('cli:root', users, 'da')).toBe('root (kommandolinjen)');
  });

  it('keeps a name it cannot find (a deleted user) as stored', () => {
    expect(actorLabel('gone', users, 'da')).toBe('gone');
  });
});
