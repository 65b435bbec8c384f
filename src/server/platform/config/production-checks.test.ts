import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { productionSettingProblems } from './production-checks.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  return productionSettingProblems(loadConfig(env), env).map((p) => p.message);
}

describe('productionSettingProblems', () => {
  it('checks nothing outside production', () => {
    expect(problems({ NODE_ENV: 'development' })).toEqual([]);
    expect(problems({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:1' })).toEqual([]);
  });

  it('refuses the embedded database and a missing or plain-http PUBLIC_URL, saying what to do', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      expect.stringContaining('needs PostgreSQL (DATABASE_URL)'),
      expect.stringContaining('needs PUBLIC_URL'),
    ]);
    expect(
      problems({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/indsats',
        PUBLIC_URL: 'http://indsats.example',
      }),
    ).toEqual([expect.stringContaining('PUBLIC_URL must be an https address in production')]);
  });

  it('accepts PostgreSQL and https, or the embedded database when allowed explicitly', () => {
    const https = { NODE_ENV: 'production', PUBLIC_URL: 'https://indsats.example' };
    expect(problems({ ...https, DATABASE_URL: 'postgres://db/indsats' })).toEqual([]);
    expect(problems({ ...https, INDSATS_ALLOW_EMBEDDED: 'true' })).toEqual([]);
    expect(problems({ ...https, INDSATS_ALLOW_EMBEDDED: 'yes' })).toHaveLength(1);
  });
});
