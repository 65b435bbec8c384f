// The imports API over HTTP: the file as the raw request body (streamed to disk), 202 with the batch id,
// then the batch's status, summary and translated errors.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import type { ImportBatch, ImportList, ImportStarted } from '../../../shared/imports/import.schemas.ts';
import { finished, postRaw, signInAt } from './import.test-setup.ts';
import { receiveUpload } from './upload.ts';

let server: TestServer;
let admin: TestClient;
let analyst: TestClient;
let world: Awaited<ReturnType<typeof buildWorld>>;

function signIn(username: string): Promise<TestClient> {
  return signInAt(server.url, username);
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  admin = await signIn(world.users.admin.username);
  analyst = await signIn(world.users.analyst.username);
});
afterAll(() => server?.close());

const CODEBOOK = 'code;meaning;category\r\n130;Kontanthjælp;benefit\r\n651;SU;education\r\n';

describe('imports API', () => {
  it('streams the progress on the same request with follow=true, then says done', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${700 + i};Kode ${700 + i};benefit`);
    const response = await fetch(`${admin.baseUrl}/api/imports/codebook?fileName=mange.csv&follow=true`, {
      method: 'POST',
      headers: {
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': admin.cookies.get('indsats_csrf') ?? '',
        'content-type': 'text/csv',
      },
      body: ['code;meaning;category', ...rows].join('\r\n'),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({ id: expect.any(String) });
    expect(lines.at(-1)).toEqual({ done: true });
    for (const line of lines.slice(1, -1)) {
      expect(line).toEqual({
        progress: { bytesRead: expect.any(Number), bytesTotal: expect.any(Number), rows: expect.any(Number) },
      });
    }
    const batch = await finished(admin, String(lines[0]!.id));
    expect(batch).toMatchObject({
      status: 'succeeded',
      fileName: 'mange.csv',
      rowsTotal: 300,
      progress: null,
    });
  });

  it('imports a CSV body in the background: 202 with the id, then the summary', async () => {
    const started = await postRaw(admin, '/api/imports/codebook?fileName=koder.csv', CODEBOOK);
    expect(started.status).toBe(202);
    const batch = await finished(admin, started.body.id);
    expect(batch).toMatchObject({
      kind: 'codebook',
      fileName: 'koder.csv',
      status: 'succeeded',
      rowsTotal: 2,
      created: 2,
      errorCount: 0,
      errors: [],
      // Shown as the person and their organisation, not the user name.
      startedBy: `${world.users.admin.displayName}, ${world.users.admin.organisationName}`,
      progress: null,
    });
    // The same file again, as application/octet-stream: nothing changes.
    const again = await postRaw(analyst, '/api/imports/codebook', CODEBOOK, 'application/octet-stream');
    expect(again.status).toBe(202);
    expect(await finished(analyst, again.body.id)).toMatchObject({ unchanged: 2, fileName: 'codebook.csv' });
  });

  it('takes a small file as a JSON string too', async () => {
    const started = await admin.post<ImportStarted>('/api/imports/codebook', CODEBOOK);
    expect(started.status).toBe(202);
    expect(await finished(admin, started.body.id)).toMatchObject({ status: 'succeeded', unchanged: 2 });
  });

  it('reports a refused file with line numbers, in Danish or English', async () => {
    const started = await postRaw(
      admin,
      '/api/imports/codebook',
      'code,meaning,category\n130,X,benefit\n1,Y,pension\n',
    );
    const batch = await finished(admin, started.body.id);
    expect(batch).toMatchObject({ status: 'failed', errorCount: 2, created: 0 });
    expect(batch.errors).toEqual([
      {
        line: 3,
        column: 'code',
        message: 'Koden skal have 3 cifre (000 betyder "ingen ydelse" og er ikke en kode).',
      },
      {
        line: 3,
        column: 'category',
        message: 'Kategorien skal være benefit, education, non_benefit eller exit_register.',
      },
    ]);
    const english = await admin.request<ImportBatch>('GET', `/api/imports/${started.body.id}`, undefined, {
      'accept-language': 'en',
    });
    expect(english.body.errors[0]!.message).toBe(
      'A code has 3 digits (000 means "no benefit" and is not a code).',
    );
  });

  it('lists recent imports, newest first', async () => {
    const list = await admin.get<ImportList>('/api/imports');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(4);
    expect(list.body.items[0]!.status).toBe('failed');
  });

  it('refuses a NUL byte with its line, column and character, not as an unexpected error', async () => {
    const started = await postRaw(
      admin,
      '/api/imports/codebook',
      'code,meaning,category\n130,Kontant\u0000,benefit\n',
    );
    expect(started.status).toBe(202);
    const batch = await finished(admin, started.body.id);
    expect(batch).toMatchObject({ status: 'failed', errorCount: 1 });
    expect(batch.errors).toEqual([
      {
        line: 2,
        column: 'meaning',
        message:
          'Feltet meaning (kolonne 2) indeholder tegnet U+0000 på plads 8. Kontroltegn og usynlige formateringstegn kan ikke importeres.',
      },
    ]);
    const named = await postRaw(admin, '/api/imports/codebook?fileName=a%00b.csv', CODEBOOK);
    expect(named.status).toBe(400);
    expect(named.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { fileName: expect.any(String) } },
    });
  });

  it('refuses a file that is not UTF-8, and reads it as Windows-1252 with encoding=windows-1252', async () => {
    const bytes = Buffer.from('code;meaning;category\r\n131;Bjørn og Åse;benefit\r\n', 'latin1');
    const send = (query: string) =>
      fetch(`${admin.baseUrl}/api/imports/codebook${query}`, {
        method: 'POST',
        headers: {
          cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-csrf-token': admin.cookies.get('indsats_csrf') ?? '',
          'content-type': 'application/octet-stream',
        },
        body: bytes,
      });
    const refused = (await (await send('')).json()) as ImportStarted;
    expect((await finished(admin, refused.id)).errors).toEqual([
      {
        line: 2,
        column: null,
        message: expect.stringContaining('Linjen er ikke gyldig UTF-8') as string,
      },
    ]);
    const read = (await (await send('?encoding=windows-1252')).json()) as ImportStarted;
    expect(await finished(admin, read.id)).toMatchObject({
      status: 'succeeded',
      options: { encoding: 'windows-1252' },
    });
    const meaning = await server.database.db
      .selectFrom('registerCode')
      .select('meaning')
      .where('code', '=', '131')
      .executeTakeFirstOrThrow();
    expect(meaning.meaning).toBe('Bjørn og Åse');
    expect((await send('?encoding=latin-9')).status).toBe(400);
  });

  it('refuses a body that is no file, an unknown kind or job centre, and an unknown batch', async () => {
    const object = await admin.post('/api/imports/codebook', { file: 'x' });
    expect(object.status).toBe(400);
    expect((await postRaw(admin, '/api/imports/people', CODEBOOK)).status).toBe(404);
    const jobCentre = await postRaw(admin, '/api/imports/courses?jobCentre=nowhere', 'course_ref\n');
    expect(jobCentre.status).toBe(400);
    expect((await admin.get('/api/imports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('is closed to roles without import.run', async () => {
    const caseworker = await signIn(world.users.caseworker.username);
    expect((await postRaw(caseworker, '/api/imports/codebook', CODEBOOK)).status).toBe(403);
    expect((await caseworker.get('/api/imports')).status).toBe(403);
  });
});

describe('receiveUpload', () => {
  it('streams a body to a private file and refuses one over the limit', async () => {
    const upload = await receiveUpload(
      Readable.from([Buffer.from('a,b\n'), Buffer.from('1,2\n')]),
      undefined,
      100,
    );
    const fs = await import('node:fs');
    expect(fs.readFileSync(upload.filePath, 'utf8')).toBe('a,b\n1,2\n');
    expect(fs.statSync(upload.filePath).mode & 0o777).toBe(0o600);
    await upload.remove();
    expect(fs.existsSync(upload.filePath)).toBe(false);
    await expect(
      receiveUpload(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), undefined, 100),
    ).rejects.toMatchObject({
      message: 'import.too_large',
    });
    await expect(receiveUpload('x', 500, 100)).rejects.toMatchObject({ message: 'import.too_large' });
  });
});
