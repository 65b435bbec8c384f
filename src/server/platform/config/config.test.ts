import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_MAX, loadConfig } from './config.ts';

const OIDC = { OIDC_ISSUER: 'https://login.example', OIDC_CLIENT_ID: 'indsats', OIDC_CLIENT_SECRET: 's' };

describe('configuration', () => {
  it('derives the public address and the sign-on callback from the port', () => {
    const config = loadConfig({ PORT: '18090', ...OIDC });
    expect(config.port).toBe(18090);
    expect(config.publicUrl).toBe('http://localhost:18090');
    expect(config.oidc?.redirectUri).toBe('http://localhost:18090/api/auth/oidc/callback');
  });

  it('takes PUBLIC_URL without its trailing slash, and an explicit callback as given', () => {
    const config = loadConfig({
      PORT: '18090',
      PUBLIC_URL: 'https://indsats.kk.example/',
      OIDC_REDIRECT_URI: 'https://sso.kk.example/cb',
      ...OIDC,
    });
    expect(config.publicUrl).toBe('https://indsats.kk.example');
    expect(config.oidc?.redirectUri).toBe('https://sso.kk.example/cb');
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ PORT: '', PUBLIC_URL: '', HOST: '', OIDC_REDIRECT_URI: '', ...OIDC });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', publicUrl: 'http://localhost:8080' });
    expect(config.oidc?.redirectUri).toBe('http://localhost:8080/api/auth/oidc/callback');
  });

  it('refuses a port or a public address it cannot use', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT \(or serve --port\) must be a port number/);
    expect(() => loadConfig({ PUBLIC_URL: 'indsats.kk.example' })).toThrow(/PUBLIC_URL must be an http/);
  });

  it('trusts X-Forwarded-* only with TRUST_PROXY=true', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });
});

describe('loadConfig: DATABASE_POOL_MAX', () => {
  it('sizes the PostgreSQL pool from the environment, ten by default', () => {
    expect(loadConfig({}).databasePoolMax).toBe(DEFAULT_POOL_MAX);
    expect(DEFAULT_POOL_MAX).toBe(10);
    expect(loadConfig({ DATABASE_POOL_MAX: '25' }).databasePoolMax).toBe(25);
  });

  it('refuses a pool size that is not a whole number from 1 to 1000', () => {
    for (const value of ['0', '-3', '2.5', 'many', '1001']) {
      expect(() => loadConfig({ DATABASE_POOL_MAX: value })).toThrow(/DATABASE_POOL_MAX/);
    }
  });
});
