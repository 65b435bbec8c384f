// Builds the HTTP app: security headers, cookies, session and CSRF checks, language, the API routes
// with OpenAPI at /api/docs, and the built web app with client-side routing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { AppError } from '../../../shared/errors.ts';
import { LANGUAGES, pickLanguage, type Language } from '../../../shared/messages.ts';
import type { Actor } from '../context.ts';
import { loggerOptions } from '../logging/logger.ts';
import { CSRF_COOKIE, CSRF_HEADER, resolveSession, SESSION_COOKIE, tokensMatch } from '../auth/session.ts';
import { clearSessionCookie } from '../auth/session-cookies.ts';
import { errorBody, handleError } from './error-handler.ts';
import { helmetOptions, securityHeaders } from './security-headers.ts';
import { registerRoutes, type AnyRoute, type AppDeps } from './route.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
    sessionCsrfToken: string | undefined;
    language: Language;
  }
  interface FastifyContextConfig {
    permission?: string;
  }
}

export const LANGUAGE_COOKIE = 'indsats_lang';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface BuildAppOptions extends AppDeps {
  routes: readonly AnyRoute[];
  /** Folder of the built web app; served when it exists. */
  webDir?: string;
  /** Where log lines go (default standard output); tests read them. */
  logStream?: NodeJS.WritableStream;
}

/**
 * Browsers send `Origin` with every state-changing request, and `Sec-Fetch-Site` too; a request with
 * neither comes from a client that is not a browser (CLI, scripts), which still needs the CSRF token.
 * Allowed: the request's own origin and that of PUBLIC_URL (a proxy may change scheme and host).
 */
function comesFromOwnSite(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin === undefined) return site === undefined;
  if (site !== undefined && site !== 'same-origin') return false;
  return origin === publicOrigin || origin === `${request.protocol}://${request.host}`;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const publicOrigin = new URL(config.publicUrl).origin;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('sessionCsrfToken', undefined);
  app.decorateRequest('language', 'da');
  app.setErrorHandler(handleError);

  await app.register(cookie);
  const headers = securityHeaders(helmetOptions(config.env === 'production'));
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });

  // Behind a reverse proxy without TRUST_PROXY every request seems to come from the proxy, so sign-in
  // limits would count one address for all users: say so once, at the first proxied request.
  let proxyWarned = config.trustProxy || config.env !== 'production';
  app.addHook('onRequest', async (request, reply) => {
    if (!proxyWarned && request.headers['x-forwarded-for'] !== undefined) {
      proxyWarned = true;
      request.log.warn(
        { event: 'proxy_without_trust_proxy' },
        'A request came through a proxy (X-Forwarded-For) but TRUST_PROXY is off: set TRUST_PROXY=true behind a reverse proxy',
      );
    }
    reply.header('x-request-id', request.id);
    const chosen = request.cookies[LANGUAGE_COOKIE];
    request.language = (LANGUAGES as readonly string[]).includes(chosen ?? '')
      ? (chosen as Language)
      : pickLanguage(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    reply.header('cache-control', 'no-store');
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(db, token);
      if (session) {
        request.actor = session.actor;
        request.sessionCsrfToken = session.csrfToken;
      } else {
        clearSessionCookie(reply);
      }
    }
    // CSRF: a state-changing request carries the token in a header. Signed in, it must equal the
    // session's token; before sign-in, the token of the CSRF cookie (double submit). Before that, a
    // second layer: what the browser says about where the request comes from.
    if (!SAFE_METHODS.has(request.method)) {
      if (!comesFromOwnSite(request, publicOrigin)) throw new AppError('FORBIDDEN', 'auth.cross_site');
      const expected = request.sessionCsrfToken ?? request.cookies[CSRF_COOKIE];
      const given = request.headers[CSRF_HEADER];
      if (!tokensMatch(typeof given === 'string' ? given : undefined, expected)) {
        throw new AppError('FORBIDDEN', 'auth.csrf');
      }
    }
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'indsats API',
        version: '0.1.0',
        description:
          'Locally anchored employment programmes. Sign in with POST /api/auth/login; state-changing requests need the x-csrf-token header (GET /api/auth/csrf).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (the error shape, `Error`) become components the routes refer to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerRoutes(app, options.routes, options);

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      hasWeb
    ) {
      // Client-side routes: every other GET gets the web app, which shows its own "not found".
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .status(404)
      .send(errorBody(new AppError('NOT_FOUND', 'access.not_found'), request.language, request.id));
  });
  return app;
}
