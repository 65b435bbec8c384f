// The one HTTP client of the web app: JSON in and out, the CSRF header on state changes, and error bodies
// ({ error: { code, message, fields?, requestId } }, see src/shared/errors.ts) turned into ApiError.
import { isErrorBody, type ErrorCode, type FieldErrors } from '../../shared/errors.ts';

const CSRF_COOKIE = 'indsats_csrf';
const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly fields: FieldErrors;
  readonly requestId: string | null;

  constructor(
    status: number,
    code: ErrorCode | 'NETWORK',
    message: string,
    fields: FieldErrors = {},
    requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Last CSRF token seen in a response body; the readable cookie wins when present. */
let lastCsrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The app installs a handler that sends the user to the sign-in page on any 401. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function currentCsrfToken(): string | null {
  return readCookie(CSRF_COOKIE) ?? lastCsrfToken;
}

function rememberCsrfToken(body: unknown): void {
  if (typeof body === 'object' && body !== null && 'csrfToken' in body) {
    const token = (body as { csrfToken: unknown }).csrfToken;
    if (typeof token === 'string' && token !== '') lastCsrfToken = token;
  }
}

async function ensureCsrfToken(): Promise<string | null> {
  const existing = currentCsrfToken();
  if (existing) return existing;
  await request<{ csrfToken: string }>('GET', '/api/auth/csrf');
  return currentCsrfToken();
}

export interface RequestOptions {
  body?: unknown;
  /** Off for calls where 401 is an answer, not a lost session (sign-in, the session probe). */
  redirectOnUnauthenticated?: boolean;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = await ensureCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', '');
  }

  const text = await response.text();
  let body: unknown = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  rememberCsrfToken(body);

  if (response.ok) return body as T;

  const error = isErrorBody(body)
    ? new ApiError(
        response.status,
        body.error.code,
        body.error.message,
        body.error.fields ?? {},
        body.error.requestId,
      )
    : new ApiError(response.status, response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', '');
  if (response.status === 401 && options.redirectOnUnauthenticated !== false) onUnauthenticated?.();
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
};

/** Builds a query string, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
