import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeys } from '../crypto/keys.ts';
import { DEVICE_COOKIE_DAYS, issueDeviceCookie, trustedDeviceId } from './device-cookie.ts';

const keys = deriveKeys(crypto.randomBytes(32));
const issued = new Date('2025-03-01T08:00:00Z');
const days = (n: number) => new Date(issued.getTime() + n * 86_400_000);

describe('device cookies', () => {
  it('trusts a cookie for the user it was issued to, and only that user', () => {
    const cookie = issueDeviceCookie(keys, 'sara', issued);
    expect(trustedDeviceId(keys, cookie, 'sara', days(1))).toMatch(/^[\w-]{22}$/);
    expect(trustedDeviceId(keys, cookie, 'admin', days(1))).toBeUndefined();
    expect(cookie).not.toContain('sara');
  });

  it(`stops trusting a cookie after ${DEVICE_COOKIE_DAYS} days`, () => {
    const cookie = issueDeviceCookie(keys, 'sara', issued);
    expect(trustedDeviceId(keys, cookie, 'sara', days(DEVICE_COOKIE_DAYS - 1))).toBeDefined();
    expect(trustedDeviceId(keys, cookie, 'sara', days(DEVICE_COOKIE_DAYS + 1))).toBeUndefined();
  });

  it('refuses an altered cookie, one signed with another key, and garbage', () => {
    const cookie = issueDeviceCookie(keys, 'sara', issued);
    const [version, id, time, mac] = cookie.split('.') as [string, string, string, string];
    const other = deriveKeys(crypto.randomBytes(32));
    const flipLast = (text: string) => text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A');
    for (const forged of [
      [version, flipLast(id), time, mac].join('.'),
      [version, id, String(Number(time) + 86_400), mac].join('.'),
      [version, id, time, flipLast(mac)].join('.'),
      `${cookie}.extra`,
      issueDeviceCookie(other, 'sara', issued),
      '',
      undefined,
      'v1...',
    ])
      expect(trustedDeviceId(keys, forged, 'sara', days(1)), forged).toBeUndefined();
  });
});
