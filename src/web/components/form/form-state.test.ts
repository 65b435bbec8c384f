// How a refused submit lands on a form: each API field path on the form field it belongs to, and when the
// refusal's message also stands above the form.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api.ts';
import { refusalOf, renamedFields } from './form-state.ts';

const same = (path: string) => path;

describe('refusalOf', () => {
  it('puts a path on the field of that name, or on the field it is part of', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Ugyldig', {
      'offers.0': 'Vælg et tilbud',
      note: 'For lang',
    });
    expect(refusalOf(error, ['note', 'offers'], same, false)).toEqual({
      fields: { note: 'For lang', offers: 'Vælg et tilbud' },
      messageAbove: false,
    });
  });

  it('prefers the exact field over the field a path is part of', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Ugyldig', { 'prices.a': 'Skal være et tal' });
    expect(refusalOf(error, ['prices', 'prices.a'], same, false).fields).toEqual({
      'prices.a': 'Skal være et tal',
    });
  });

  it('keeps the first error of a field and renames paths through the alias', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Ugyldig', {
      'userIds.0': 'Ukendt bruger',
      userIds: 'Højst to',
      'userIds.1': 'Ikke sagsbehandler',
    });
    const alias = renamedFields({ userIds: 'first', 'userIds.0': 'first', 'userIds.1': 'second' });
    expect(refusalOf(error, ['first', 'second'], alias, false).fields).toEqual({
      first: 'Ukendt bruger',
      second: 'Ikke sagsbehandler',
    });
  });

  it('shows the message above the form when no field of the form took an error', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Ugyldig', { unknown: 'Forkert' });
    expect(refusalOf(error, ['note'], same, false)).toEqual({ fields: {}, messageAbove: true });
    expect(refusalOf(new Error('netværk'), ['note'], same, false)).toEqual({
      fields: {},
      messageAbove: true,
    });
  });

  it('shows a conflict with fields above the form as well only when the form asks for it', () => {
    const conflict = new ApiError(409, 'CONFLICT', 'Fravær er allerede meldt', {
      absentOn: 'Fravær er allerede meldt',
    });
    expect(refusalOf(conflict, ['absentOn'], same, false).messageAbove).toBe(false);
    expect(refusalOf(conflict, ['absentOn'], same, true).messageAbove).toBe(true);
    const invalid = new ApiError(409, 'INVALID_STATE', 'Forløbet er afsluttet', {
      endsOn: 'Forløbet er afsluttet',
    });
    expect(refusalOf(invalid, ['endsOn'], same, true).messageAbove).toBe(false);
  });
});
