// The cookies of a session, set and cleared in one place so every sign-in method (password, single
// sign-on) gives the same flags: httpOnly session cookie, readable CSRF cookie, SameSite=Lax, Secure
// everywhere but local development (Chromium treats http://localhost as secure too).
import type { FastifyReply } from 'fastify';
import type { Config } from '../config/config.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './session.ts';

export function cookieOptions(config: Pick<Config, 'env'>, httpOnly: boolean) {
  return { path: '/', httpOnly, sameSite: 'lax' as const, secure: config.env !== 'development' };
}

export function setSessionCookies(
  reply: FastifyReply,
  config: Pick<Config, 'env'>,
  session: { token: string; csrfToken: string; expiresAt: Date },
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    ...cookieOptions(config, true),
    expires: session.expiresAt,
  });
  setCsrfCookie(reply, config, session.csrfToken);
}

/** The CSRF token the web app reads and echoes in the x-csrf-token header. */
export function setCsrfCookie(reply: FastifyReply, config: Pick<Config, 'env'>, csrfToken: string): void {
  reply.setCookie(CSRF_COOKIE, csrfToken, cookieOptions(config, false));
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
