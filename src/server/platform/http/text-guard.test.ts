import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/permissions.ts';
import { ROUTES } from '../../routes.ts';
import type { AppDeps } from './route.ts';
import { handleError } from './error-handler.ts';
import { registerRoutes } from './route.ts';
import { findUnsafeText } from './text-guard.ts';

describe('findUnsafeText', () => {
  it('names each refused text by its path, as validation errors do', () => {
    expect(
      findUnsafeText(
        {
          name: 'Bo\u0000',
          notes: 'linje 1\r\nlinje\t2',
          criteria: [{ name: 'ok' }, { name: 'a\u001bb' }],
          prices: { ['x\u0007']: '1.850' },
        },
        'da',
      ),
    ).toEqual({
      name: 'Feltet indeholder et ugyldigt tegn (U+0000) på plads 3.',
      'criteria.1.name': 'Feltet indeholder et ugyldigt tegn (U+001B) på plads 2.',
      prices: 'Feltet indeholder et ugyldigt tegn (U+0007) på plads 2.',
    });
    expect(findUnsafeText('\u0000', 'en')).toEqual({
      _: 'The field contains a character that is not allowed (U+0000) at position 1.',
    });
  });

  it('leaves numbers, booleans, buffers and streams (raw uploads) alone', () => {
    const stream = new PassThrough();
    expect(findUnsafeText({ n: 1, b: true, z: null, file: Buffer.from([0]), stream }, 'da')).toEqual({});
  });

  it('walks a deeply nested body without exhausting the stack', () => {
    let body: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) body = [body];
    expect(Object.values(findUnsafeText(body, 'da'))).toHaveLength(1);
  });
});

// Every route registered by registerRoutes gets the check: all of the app's routes, on a bare app whose
// caller holds every role. The check answers before the schema and the handler, so no database is needed.
describe('every API route', async () => {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('language', 'da');
  app.addHook('onRequest', async (request) => {
    request.actor = {
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'all-roles',
      displayName: 'All roles',
      organisationId: '00000000-0000-4000-8000-000000000002',
      organisationKind: 'administration',
      organisationName: 'Test',
      roles: [...ROLES],
    };
  });
  registerRoutes(app, ROUTES, {} as AppDeps);
  await app.ready();
  const url = (route: (typeof ROUTES)[number]) =>
    route.url.replace(/:\w+/g, '00000000-0000-4000-8000-000000000003');

  it.each(ROUTES.map((route) => [`${route.method} ${route.url}`, route] as const))(
    'refuses a control character in the query and the body of %s',
    async (_name, route) => {
      const query = await app.inject({ method: route.method, url: `${url(route)}?probe=%00` });
      expect(query.statusCode).toBe(400);
      expect(query.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', fields: { probe: expect.any(String) } },
      });
      if (route.method === 'GET') return;
      const body = await app.inject({ method: route.method, url: url(route), payload: { probe: 'a\u0007' } });
      expect(body.statusCode).toBe(400);
      expect(body.json()).toMatchObject({
        error: { fields: { probe: 'Feltet indeholder et ugyldigt tegn (U+0007) på plads 2.' } },
      });
    },
  );
});
