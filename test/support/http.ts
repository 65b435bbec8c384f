// A small HTTP client for tests that behaves like a browser: keeps cookies, sends the CSRF header.
// By default over a real socket (fetch); with `inject` (a fastify app's) in the process, without one —
// for tests that send thousands of requests and test the routes, not the socket (the authorisation matrix).
import type { FastifyInstance } from 'fastify';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class TestClient {
  readonly cookies = new Map<string, string>();
  readonly setCookieHeaders: string[] = [];

  constructor(
    readonly baseUrl: string,
    private readonly app?: Pick<FastifyInstance, 'inject'>,
  ) {}

  private remember(headers: Headers): void {
    for (const header of headers.getSetCookie()) {
      this.setCookieHeaders.push(header);
      const [pair] = header.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('indsats_csrf');
    const sent = {
      ...(cookie ? { cookie } : {}),
      ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    };
    const payload = body !== undefined ? JSON.stringify(body) : undefined;
    const response = this.app
      ? await this.inject(method, path, sent, payload)
      : await fetch(this.baseUrl + path, {
          method,
          redirect: 'manual',
          headers: sent,
          ...(payload !== undefined ? { body: payload } : {}),
        });
    this.remember(response.headers);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (HTML or a redirect): keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** The request through the app's `inject`, answered in fetch's shape (status, headers, text). */
  private async inject(
    method: string,
    path: string,
    headers: Record<string, string>,
    payload: string | undefined,
  ): Promise<{ status: number; headers: Headers; text(): Promise<string> }> {
    const response = await this.app!.inject({
      method: method as 'GET',
      url: path,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    const received = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) received.append(name, String(one));
    }
    return { status: response.statusCode, headers: received, text: async () => response.body };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }

  async login(username: string, password: string): Promise<ApiResponse> {
    if (!this.cookies.has('indsats_csrf')) await this.get('/api/auth/csrf');
    return this.post('/api/auth/login', { username, password });
  }
}
