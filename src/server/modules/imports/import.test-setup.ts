// What the imports' HTTP tests share (import.routes.test.ts and import-personal-data.routes.test.ts):
// posting a file as the raw request body, waiting for the batch to finish, and signing in.
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient, type ApiResponse } from '../../../../test/support/http.ts';
import type { ImportBatch, ImportStarted } from '../../../shared/imports/import.schemas.ts';

/** POSTs a raw body (not JSON) with the client's cookies and CSRF header. */
export async function postRaw(
  client: TestClient,
  path: string,
  body: string,
  contentType = 'text/csv',
): Promise<ApiResponse<ImportStarted>> {
  const response = await fetch(client.baseUrl + path, {
    method: 'POST',
    headers: {
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': client.cookies.get('indsats_csrf') ?? '',
      'content-type': contentType,
    },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as ImportStarted,
    headers: response.headers,
  };
}

/** Polls the batch until it has finished (by its status, not by a clock). */
export async function finished(client: TestClient, id: string): Promise<ImportBatch> {
  for (;;) {
    const response = await client.get<ImportBatch>(`/api/imports/${id}`);
    expect(response.status).toBe(200);
    if (response.body.status !== 'running') return response.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A client signed in as `username` with the test password. */
export async function signInAt(url: string, username: string): Promise<TestClient> {
  const client = new TestClient(url);
  expect((await client.login(username, TEST_PASSWORD)).status).toBe(200);
  return client;
}
