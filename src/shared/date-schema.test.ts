import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dateSchema } from './date-schema.ts';

function messagesOf(input: unknown): string[] {
  const result = dateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('dateSchema', () => {
  it('takes a calendar date, trimmed', () => {
    expect(dateSchema.parse(' 2024-02-29 ')).toBe('2024-02-29');
  });

  it('says an empty date must be filled in, and nothing else', () => {
    expect(messagesOf('')).toEqual(['validation.required']);
    expect(messagesOf('   ')).toEqual(['validation.required']);
  });

  it('refuses what is not a date with one message', () => {
    for (const bad of ['2023-02-29', '06-12-2026', '2026-13-01', '2026-1-1']) {
      expect(messagesOf(bad), bad).toEqual(['date.invalid']);
    }
  });

  it('documents itself as format date in JSON Schema (OpenAPI)', () => {
    expect(z.toJSONSchema(dateSchema)).toMatchObject({ type: 'string', format: 'date' });
  });
});
