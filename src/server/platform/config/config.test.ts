import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_MAX, loadConfig } from './config.ts';

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
