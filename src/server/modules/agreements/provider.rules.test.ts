import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeCandidate, ORGANISATION_CODE, providerCodeFromName, resolveDistrict } from './provider.rules.ts';

describe('provider codes', () => {
  it.each([
    ['Send Flere Krydderier', 'send-flere-krydderier'],
    ['HKI – Hans Knudsen Instituttet', 'hki-hans-knudsen-instituttet'],
    ['Østerbro Værksted & Café', 'oesterbro-vaerksted-cafe'],
    ['Blågårds Plads', 'blaagaards-plads'],
    ['   ', 'leverandoer'],
  ])('makes "%s" into %s', (name, code) => {
    expect(providerCodeFromName(name)).toBe(code);
  });

  it('always makes a valid organisation code of at most 60 characters, also with a number added', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 999 }), (name, attempt) => {
        const code = codeCandidate(providerCodeFromName(name), attempt);
        expect(code).toMatch(ORGANISATION_CODE);
        expect(code.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('local anchor', () => {
  it('takes the district of a known neighbourhood when none is chosen (seed 000: Sydhavnen, Nordvest)', () => {
    expect(resolveDistrict(null, 'Sydhavnen')).toEqual({ ok: true, district: 'Vesterbro/Kongens Enghave' });
    expect(resolveDistrict(undefined, 'nordvest')).toEqual({ ok: true, district: 'Bispebjerg' });
  });

  it('accepts a free-text neighbourhood with a chosen district', () => {
    expect(resolveDistrict('Nørrebro', 'Blågårdskvarteret')).toEqual({ ok: true, district: 'Nørrebro' });
  });

  it.each([
    [null, null, 'district', 'agreement.provider_district'],
    [null, 'Blågårdskvarteret', 'district', 'agreement.provider_district'],
    ['Frederiksberg', null, 'district', 'agreement.provider_district'],
    ['Nørrebro', 'Sydhavnen', 'neighbourhood', 'agreement.neighbourhood_district'],
  ])('refuses district %s with neighbourhood %s on the field %s', (district, neighbourhood, field, key) => {
    expect(resolveDistrict(district, neighbourhood)).toMatchObject({ ok: false, problem: { field, key } });
  });
});
