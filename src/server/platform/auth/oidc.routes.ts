// Single sign-on routes. Both are browser navigations (a link on the login page, the identity
// provider's redirect), so they answer with redirects, also on failure: the login page shows the
// message in the user's language, and the cause is in the log under the request id.
import { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import { cookieOptions, setSessionCookies } from './session-cookies.ts';
import { defineRoute } from '../http/route.ts';
import { finishOidcLogin, OIDC_LOGIN_MINUTES, startOidcLogin } from './oidc.ts';

/** Binds a started login to the browser that started it; sent only to the OIDC routes. */
export const OIDC_STATE_COOKIE = 'indsats_oidc_state';
const OIDC_COOKIE_PATH = '/api/auth/oidc';
const tags = ['auth'];

const redirectSchema = z.null().describe('No body: the answer is a 302 redirect (see the route summary).');

/** Where the browser goes when sign-in fails; `reason` lets the login page say "ask an administrator". */
export function oidcFailureLocation(error: AppError): string {
  return error.message === 'auth.oidc_unknown_user'
    ? '/login?error=oidc&reason=unknown_user'
    : '/login?error=oidc';
}

export const oidcRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/auth/oidc/start',
    permission: 'public',
    summary:
      'Start single sign-on: 302 to the identity provider; on failure 302 to /login?error=oidc. 404 when not configured.',
    tags,
    status: 302,
    schema: {
      querystring: z.object({
        returnTo: z.string().optional().describe('A path on this site to return to, e.g. /citizens'),
      }),
      response: redirectSchema,
    },
    handler: async ({ query, request, reply, deps }) => {
      if (!deps.config.oidc) throw new AppError('NOT_FOUND', 'auth.oidc_not_configured');
      let location: string;
      try {
        const started = await startOidcLogin(deps.db, deps.config, query.returnTo, request.log);
        reply.setCookie(OIDC_STATE_COOKIE, started.state, {
          ...cookieOptions(deps.config, true),
          path: OIDC_COOKIE_PATH,
          maxAge: OIDC_LOGIN_MINUTES * 60,
        });
        location = started.url;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        location = oidcFailureLocation(error);
      }
      // Awaiting the reply waits until it is sent, so registerRoutes does not answer a second time.
      await reply.redirect(location);
      return null;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/oidc/callback',
    permission: 'public',
    summary:
      'Where the identity provider returns: signs in, sets the session cookies and 302 to the page the login started from; on failure 302 to /login?error=oidc.',
    tags,
    status: 302,
    schema: {
      querystring: z.looseObject({
        code: z.string().optional(),
        state: z.string().optional(),
        iss: z.string().optional(),
        error: z.string().optional(),
      }),
      response: redirectSchema,
    },
    handler: async ({ request, reply, deps }) => {
      const oidc = deps.config.oidc;
      if (!oidc) throw new AppError('NOT_FOUND', 'auth.oidc_not_configured');
      // The configured redirect URI with the query as received: the token request must repeat the exact
      // redirect URI, whatever Host header a proxy passed on.
      const callbackUrl = new URL(oidc.redirectUri);
      callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
      const browserState = request.cookies[OIDC_STATE_COOKIE];
      reply.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_COOKIE_PATH });
      let location: string;
      try {
        const result = await finishOidcLogin(deps.db, deps.config, {
          callbackUrl,
          browserState,
          requestId: request.id,
          log: request.log,
        });
        setSessionCookies(reply, deps.config, result);
        location = result.returnTo;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        location = oidcFailureLocation(error);
      }
      await reply.redirect(location);
      return null;
    },
  }),
];
