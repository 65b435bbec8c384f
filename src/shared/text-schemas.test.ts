import { describe, expect, it } from 'vitest';
import { nameText, unsafeCharacterMessage } from './text-schemas.ts';

describe('nameText', () => {
  const schema = nameText().trim().min(1).max(20);

  it('accepts a name and trims it', () => {
    expect(schema.parse('  Søren Ærø-Åberg ')).toBe('Søren Ærø-Åberg');
  });

  it.each([
    ['a NUL', 'Bo\u0000', 'U+0000'],
    ['a tab', 'Bo\tHansen', 'U+0009'],
    ['a line feed', 'Bo\nHansen', 'U+000A'],
    ['a left-to-right isolate', 'Bo\u2066', 'U+2066'],
    ['a byte-order mark', 'Bo\ufeff', 'U+FEFF'],
  ])('refuses %s with the message key and the character', (_label, value, character) => {
    const issues = schema.safeParse(value).error?.issues;
    expect(issues?.[0]).toMatchObject({
      code: 'custom',
      message: 'validation.unsafe_character',
      params: { character, position: 3, line: 1 },
    });
  });

  it('counts the position in the text as typed, before trimming', () => {
    expect(schema.safeParse('  Bo\u200b').error?.issues[0]).toMatchObject({ params: { position: 5 } });
  });

  it('keeps optional and nullable names optional', () => {
    const optional = nameText().trim().max(20).nullable().optional();
    expect(optional.parse(null)).toBeNull();
    expect(optional.parse(undefined)).toBeUndefined();
    expect(optional.safeParse('a\u202eb').success).toBe(false);
  });
});

describe('unsafeCharacterMessage', () => {
  it('names the line of a multi-line text', () => {
    expect(unsafeCharacterMessage('a\nbc\u0000', 'text')).toEqual({
      key: 'validation.unsafe_character_line',
      params: { character: 'U+0000', position: 3, line: 2 },
    });
    expect(unsafeCharacterMessage('a\nbc', 'text')).toBeUndefined();
  });
});
