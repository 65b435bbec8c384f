// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that signed
// in as a user gets a signed cookie naming that user. Its sign-in attempts for that user are counted on
// their own, so someone guessing the user's password elsewhere cannot lock the user out of the browser
// they use (rate-limit.ts, docs/security.md). The cookie holds a random device id, its issue time and an
// HMAC over both and the username; the username itself is not in the cookie.
import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Config } from '../config/config.ts';
import type { Keys } from '../crypto/keys.ts';

export const DEVICE_COOKIE = 'indsats_device';
export const DEVICE_COOKIE_DAYS = 180;
const VERSION = 'v1';
const DAY_MS = 86_400_000;

function mac(keys: Keys, username: string, deviceId: string, issuedAt: number): string {
  return crypto
    .createHmac('sha256', keys.deviceCookie)
    .update(`${VERSION}|${username}|${deviceId}|${issuedAt}`)
    .digest('base64url');
}

/** A new device cookie value for a browser that has just signed in as `username` (normalised). */
export function issueDeviceCookie(keys: Keys, username: string, now = new Date()): string {
  const deviceId = crypto.randomBytes(16).toString('base64url');
  const issuedAt = Math.floor(now.getTime() / 1000);
  return [VERSION, deviceId, issuedAt, mac(keys, username, deviceId, issuedAt)].join('.');
}

/** The device id when `value` is an unexpired device cookie issued for `username`, else undefined. */
export function trustedDeviceId(
  keys: Keys,
  value: string | undefined,
  username: string,
  now = new Date(),
): string | undefined {
  const [version, deviceId, issued, given, ...rest] = (value ?? '').split('.');
  if (version !== VERSION || !deviceId || !issued || !given || rest.length > 0) return undefined;
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt)) return undefined;
  const age = now.getTime() - issuedAt * 1000;
  if (age < 0 || age > DEVICE_COOKIE_DAYS * DAY_MS) return undefined;
  const expected = Buffer.from(mac(keys, username, deviceId, issuedAt));
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected) ? deviceId : undefined;
}

/** httpOnly, sent only to the sign-in routes, Secure outside development. */
export function setDeviceCookie(reply: FastifyReply, config: Pick<Config, 'env'>, value: string): void {
  reply.setCookie(DEVICE_COOKIE, value, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.env !== 'development',
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
}
