// The character rule of text-input.ts as a field message and as a zod schema. Every string the API
// receives is checked as free text by the route layer (platform/http/text-guard.ts); the fields that
// hold a name — of a person, an organisation, a company, a tender, a file — use nameText(), which also
// refuses what makes one name look like another (bidirectional overrides, zero-width characters).
import { z } from 'zod';
import { findUnsafeCharacter, formatCodePoint, type TextKind } from './text-input.ts';

export interface UnsafeCharacterMessage {
  key: 'validation.unsafe_character' | 'validation.unsafe_character_line';
  params: { character: string; position: number; line: number };
}

/** The field message for the first refused character of `value`, or undefined when it is safe. */
export function unsafeCharacterMessage(value: string, kind: TextKind): UnsafeCharacterMessage | undefined {
  const found = findUnsafeCharacter(value, kind);
  if (!found) return undefined;
  return {
    // Position within the line, as an editor counts; the line only when the text has several.
    key: found.line === 1 ? 'validation.unsafe_character' : 'validation.unsafe_character_line',
    params: { character: formatCodePoint(found.codePoint), position: found.column, line: found.line },
  };
}

/**
 * A name shown to others: a string without control, bidirectional or zero-width characters. Checked
 * before trimming, so the position is the one the user typed. Chain as usual: `nameText().trim().min(1)`.
 */
export function nameText() {
  return z.string().superRefine((value, ctx) => {
    const problem = unsafeCharacterMessage(value, 'name');
    if (problem) ctx.addIssue({ code: 'custom', message: problem.key, params: problem.params });
  });
}
