import { sql } from 'kysely';
import {
  authConfigSchema,
  csrfSchema,
  healthSchema,
  loginResultSchema,
  loginSchema,
  meSchema,
  okSchema,
} from '../../../shared/auth/auth.schemas.ts';
import { AppError } from '../../../shared/errors.ts';
import { defineRoute } from '../http/route.ts';
import { describeActor, loginWithPassword, logout } from './auth.service.ts';
import { DEVICE_COOKIE, setDeviceCookie } from './device-cookie.ts';
import { clearSessionCookie, setCsrfCookie, setSessionCookies } from './session-cookies.ts';
import { CSRF_COOKIE, randomToken, SESSION_COOKIE } from './session.ts';

const tags = ['auth'];

export const authRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    permission: 'public',
    summary: 'Liveness and database check',
    tags: ['system'],
    schema: { response: healthSchema },
    handler: async ({ deps }) => {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ok' as const, database: deps.dbKind };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/config',
    permission: 'public',
    summary: 'Which sign-in methods are available',
    tags,
    schema: { response: authConfigSchema },
    handler: async ({ deps }) => ({ oidcEnabled: deps.config.oidc !== undefined }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/csrf',
    permission: 'public',
    summary: 'A CSRF token for the x-csrf-token header (also set as the readable cookie indsats_csrf)',
    tags,
    schema: { response: csrfSchema },
    handler: async ({ request, reply, deps }) => {
      const csrfToken = request.sessionCsrfToken ?? request.cookies[CSRF_COOKIE] ?? randomToken();
      setCsrfCookie(reply, deps.config, csrfToken);
      return { csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    permission: 'public',
    summary: 'Sign in with username and password',
    tags,
    schema: { body: loginSchema, response: loginResultSchema },
    handler: async ({ body, request, reply, deps }) => {
      const result = await loginWithPassword(deps.db, deps.keys, {
        ...body,
        ip: request.ip,
        deviceCookie: request.cookies[DEVICE_COOKIE],
        requestId: request.id,
        sessionHours: deps.config.sessionHours,
        env: deps.config.env,
        warn: (details, message) => request.log.warn(details, message),
      });
      setSessionCookies(reply, deps.config, result);
      setDeviceCookie(reply, deps.config, result.deviceCookie);
      return describeActor(result.actor, result.csrfToken);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    permission: 'authenticated',
    summary: 'Sign out and end the session',
    tags,
    schema: { response: okSchema },
    handler: async ({ ctx, request, reply, deps }) => {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) throw new AppError('UNAUTHENTICATED', 'auth.required');
      await logout(deps.db, token, ctx.actor, request.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/me',
    permission: 'authenticated',
    summary: 'The signed-in user, organisation and permissions',
    tags,
    schema: { response: meSchema },
    handler: async ({ ctx, request }) => describeActor(ctx.actor, request.sessionCsrfToken ?? ''),
  }),
];
