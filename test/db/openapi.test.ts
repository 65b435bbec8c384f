// Issue 15: the served OpenAPI document is what other programs build on. It must be valid OpenAPI 3
// (checked by a standard validator), and a typed client generated from it (openapi-typescript, used
// through openapi-fetch) must compile under strict TypeScript.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let document: Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const answer = await new TestClient(server.url).get<typeof document>('/api/docs/json');
  expect(answer.status).toBe(200);
  document = answer.body;
});
afterAll(() => server?.close());

const CLIENT = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

const client = createClient<paths>({ baseUrl: 'http://localhost:3000' });

export async function whoAmI(): Promise<string | undefined> {
  const { data, error } = await client.GET('/api/me');
  if (error) {
    const failure: components['schemas']['Error'] = error;
    return failure.error.code;
  }
  return data?.user.username;
}

export async function citizenTalks(id: string): Promise<number> {
  const { data } = await client.GET('/api/courses/{id}/talks', { params: { path: { id } } });
  return data?.talks.length ?? 0;
}
`;

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3 with the error shape as a component', async () => {
    expect(String(document.openapi)).toMatch(/^3\./);
    // The validator dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    const components = document.components as { schemas?: Record<string, unknown> };
    expect(Object.keys(components.schemas ?? {})).toContain('Error');
  });

  it('documents the sign-in redirects as 302', () => {
    for (const url of ['/api/auth/oidc/start', '/api/auth/oidc/callback']) {
      const responses = (document.paths[url]!.get as { responses: Record<string, unknown> }).responses;
      expect(Object.keys(responses)).toContain('302');
      expect(Object.keys(responses)).not.toContain('200');
    }
  });

  it('generates a typed client that compiles', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'indsats-openapi-'));
    try {
      const ast = await openapiTS(structuredClone(document) as never);
      await fs.writeFile(path.join(dir, 'schema.d.ts'), astToString(ast));
      await fs.writeFile(path.join(dir, 'client.ts'), CLIENT);
      const program = ts.createProgram([path.join(dir, 'client.ts')], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        skipLibCheck: true,
        types: [],
        paths: { 'openapi-fetch': [path.resolve('node_modules/openapi-fetch')] },
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
