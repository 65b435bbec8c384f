import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeCharacter, formatCodePoint, isUnsafeCodePoint, type TextKind } from './text-input.ts';

describe('findUnsafeCharacter', () => {
  it.each([
    ['NUL', 'Bj\u0000rn'],
    ['BEL', 'Bj\u0007rn'],
    ['an ANSI escape', 'Bj\u001b[31mrn'],
    ['DEL', 'Bj\u007frn'],
    ['a C1 control', 'Bj\u0085rn'],
    ['a lone surrogate', 'Bj\ud800rn'],
  ])('refuses %s in free text and in names', (_label, value) => {
    expect(findUnsafeCharacter(value, 'text')).toMatchObject({ index: 2, column: 3, line: 1 });
    expect(findUnsafeCharacter(value, 'name')).toMatchObject({ index: 2, column: 3, line: 1 });
  });

  it.each([
    ['a right-to-left override', 'Bj\u202ern'],
    ['a left-to-right isolate', 'Bj\u2066rn'],
    ['a zero-width space', 'Bj\u200brn'],
    ['a zero-width joiner', 'Bj\u200drn'],
    ['a byte-order mark', 'Bj\ufeffrn'],
    ['a line feed', 'Bj\nrn'],
    ['a tab', 'Bj\trn'],
  ])('refuses %s in names but not in free text', (_label, value) => {
    expect(findUnsafeCharacter(value, 'name')).toMatchObject({ index: 2, column: 3 });
    expect(findUnsafeCharacter(value, 'text')).toBeUndefined();
  });

  it('accepts Danish letters, accents, emoji and line breaks in free text', () => {
    expect(findUnsafeCharacter('Søren Ærø-Åberg, José 😀\r\nNy linje\tmed tab')).toBeUndefined();
    expect(findUnsafeCharacter('Søren Ærø-Åberg José', 'name')).toBeUndefined();
  });

  it('counts lines and columns in characters, not UTF-16 units', () => {
    expect(findUnsafeCharacter('første\n😀😀\u0000', 'text')).toEqual({
      index: 11,
      column: 3,
      line: 2,
      codePoint: 0,
    });
  });

  it('finds nothing in any text of printable characters', () => {
    const printable = fc
      .integer({ min: 0x20, max: 0x10ffff })
      .filter((cp) => !isUnsafeCodePoint(cp, 'name'))
      .map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(printable), (chars) => findUnsafeCharacter(chars.join(''), 'name') === undefined),
    );
  });

  it('refuses a text exactly when one of its characters is refused, ASCII or not', () => {
    // Any code point, lone surrogates too (built by hand: fc's 'binary' unit takes seconds to set up).
    const anyCharacter = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    const asciiCharacter = fc.integer({ min: 0, max: 0x7f }).map((cp) => String.fromCharCode(cp));
    const text = fc.oneof(fc.string({ unit: anyCharacter }), fc.string({ unit: asciiCharacter }));
    fc.assert(
      fc.property(text, fc.constantFrom<TextKind>('text', 'name'), (value, kind) => {
        const refused = [...value].some((char) => isUnsafeCodePoint(char.codePointAt(0)!, kind));
        return (findUnsafeCharacter(value, kind) !== undefined) === refused;
      }),
    );
  });

  it('finds every control character wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 0x1f }).filter((cp) => ![9, 10, 13].includes(cp)),
        fc.string(),
        (before, cp, after) => {
          const found = findUnsafeCharacter(`${before}${String.fromCodePoint(cp)}${after}`, 'text');
          return found !== undefined && found.index <= before.length;
        },
      ),
    );
  });
});

describe('formatCodePoint', () => {
  it('names a character as U+XXXX', () => {
    expect(formatCodePoint(0)).toBe('U+0000');
    expect(formatCodePoint(0x202e)).toBe('U+202E');
    expect(formatCodePoint(0x1f600)).toBe('U+1F600');
  });
});
