// A route is data: method, path, the permission it needs, its schemas and a handler that calls a
// service. `permission` is a required field of the type, so a route without a guard does not compile,
// and the only way to add an API route is registerRoutes() below, which enforces it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import { hasPermission, type RouteGuard } from '../../../shared/permissions.ts';
import type { Actor, Ctx } from '../context.ts';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/client.ts';
import type { Keys } from '../crypto/keys.ts';
import { errorResponseSchema } from './error-schema.ts';
import { refuseUnsafeText } from './text-guard.ts';

export interface RouteSchemas {
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}

type Input<T> = T extends z.ZodType ? z.output<T> : undefined;

/** What a public route's handler gets: the same as Ctx, but perhaps nobody signed in. */
export type PublicCtx = Omit<Ctx, 'actor'> & { actor: Actor | undefined };

export interface AppDeps {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  /** Where the data lives (a data folder, or the URL without its password), for the health page. */
  dbLocation: string;
  keys: Keys;
  config: Config;
}

export interface HandlerInput<S extends RouteSchemas, G extends RouteGuard> {
  ctx: G extends 'public' ? PublicCtx : Ctx;
  params: Input<S['params']>;
  query: Input<S['querystring']>;
  body: Input<S['body']>;
  request: FastifyRequest;
  reply: FastifyReply;
  deps: AppDeps;
}

export interface RouteDefinition<S extends RouteSchemas, G extends RouteGuard> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: `/api/${string}`;
  permission: G;
  summary: string;
  tags: string[];
  schema: S;
  /** Success status (200 unless given); 302 for a route that answers with a redirect (no body). */
  status?: 200 | 201 | 202 | 302;
  /**
   * Content types whose body reaches the handler unparsed, as a stream (`body` is a Readable): file
   * uploads. The route is registered in a plugin of its own, so the parser applies to it alone.
   */
  rawBodyTypes?: readonly string[];
  /** The largest body in bytes, where a route takes more than the app's 1 MiB (a file as base64). */
  bodyLimit?: number;
  handler(input: HandlerInput<S, G>): Promise<z.input<S['response']>>;
}

export type AnyRoute = RouteDefinition<RouteSchemas, RouteGuard>;

export function defineRoute<S extends RouteSchemas, G extends RouteGuard>(
  route: RouteDefinition<S, G>,
): AnyRoute {
  return route as unknown as AnyRoute;
}

/** The guard every API route passes before its handler: 401 anonymous, 403 without the permission. */
export function checkGuard(permission: RouteGuard, actor: Actor | undefined): void {
  if (permission === 'public') return;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'auth.required');
  if (permission !== 'authenticated' && !hasPermission(actor.roles, permission)) {
    throw new AppError('FORBIDDEN', 'access.forbidden');
  }
}

export function registerRoutes(app: FastifyInstance, routes: readonly AnyRoute[], deps: AppDeps): void {
  for (const route of routes) {
    const types = route.rawBodyTypes;
    if (!types) {
      addRoute(app, route, deps);
      continue;
    }
    void app.register(async (scope) => {
      scope.addContentTypeParser([...types], (_request, payload, done) => done(null, payload));
      addRoute(scope, route, deps);
    });
  }
}

function addRoute(app: FastifyInstance, route: AnyRoute, deps: AppDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const status = route.status ?? 200;
  typed.route({
    method: route.method,
    url: route.url,
    config: { permission: route.permission },
    ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
    schema: {
      summary: route.summary,
      tags: route.tags,
      ...(route.schema.params ? { params: route.schema.params } : {}),
      ...(route.schema.querystring ? { querystring: route.schema.querystring } : {}),
      ...(route.schema.body ? { body: route.schema.body } : {}),
      response: { [status]: route.schema.response, '4xx': errorResponseSchema, '5xx': errorResponseSchema },
    },
    // Runs before body validation, so an anonymous or unauthorised caller learns nothing about the input rules.
    onRequest: async (request) => checkGuard(route.permission, request.actor),
    // Before the schema: no control character in any text of any route (text-guard.ts).
    preValidation: async (request) => refuseUnsafeText(request),
    handler: async (request, reply) => {
      const base = {
        db: deps.db,
        keys: deps.keys,
        requestId: request.id,
        language: request.language,
      };
      const result = await route.handler({
        ctx: { ...base, actor: request.actor } as Ctx,
        params: request.params as never,
        query: request.query as never,
        body: request.body as never,
        request,
        reply,
        deps,
      });
      // A handler that answered itself (`await reply.redirect(url)`, or a stream it returns `reply` for)
      // has sent its status and body.
      if (reply.sent || (result as unknown) === reply) return reply;
      reply.status(status);
      return result;
    },
  });
}
