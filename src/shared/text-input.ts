// Which characters a text typed or imported by a user may hold. One rule for the API's fields, the
// imports and the web forms: control characters never reach the database (PostgreSQL refuses NUL
// with error 22021, and the others corrupt terminals, CSV files and logs), and names — shown in
// lists, letters and exports — also refuse the invisible characters that make one name look like
// another or reorder the text around it (bidirectional overrides, zero-width characters).

/** `text`: free text, may span lines (tab, line feed and carriage return allowed). `name`: one line. */
export type TextKind = 'text' | 'name';

export interface UnsafeCharacter {
  /** Index in UTF-16 code units, as String.prototype.indexOf counts. */
  index: number;
  /** 1-based position in characters (code points) within its line, as an editor shows it. */
  column: number;
  /** 1-based line within the value (a multi-line text's own lines). */
  line: number;
  codePoint: number;
}

const LINE_BREAKS_AND_TAB = new Set([0x09, 0x0a, 0x0d]);

// Unicode's bidirectional formatting characters (UAX #9): embeddings, overrides, isolates and marks.
const BIDI = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
// Zero-width and invisible joiners, the word joiner, the byte-order mark, and the line/paragraph separators.
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2028, 0x2029, 0x00ad]);

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isLoneSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** Whether one code point is refused in a text of this kind. */
export function isUnsafeCodePoint(codePoint: number, kind: TextKind): boolean {
  if (isLoneSurrogate(codePoint)) return true;
  if (isControl(codePoint)) return kind === 'name' || !LINE_BREAKS_AND_TAB.has(codePoint);
  if (kind === 'name') return BIDI.has(codePoint) || INVISIBLE.has(codePoint);
  return false;
}

// Printable ASCII (and in free text tab and line breaks) holds nothing to refuse: one regular expression
// answers for most texts, and for a 10 MB base64 attachment in milliseconds instead of a walk.
const SAFE_ASCII: Record<TextKind, RegExp> = { text: /^[\t\n\r\x20-\x7e]*$/, name: /^[\x20-\x7e]*$/ };

/** The first refused character of `value`, or undefined when the text is safe to store. */
export function findUnsafeCharacter(value: string, kind: TextKind = 'text'): UnsafeCharacter | undefined {
  if (SAFE_ASCII[kind].test(value)) return undefined;
  let line = 1;
  let column = 0;
  let index = 0;
  // for…of walks code points, and yields a lone surrogate as a one-unit string.
  for (const char of value) {
    const codePoint = char.codePointAt(0)!;
    column += 1;
    if (isUnsafeCodePoint(codePoint, kind)) return { index, column, line, codePoint };
    if (codePoint === 0x0a) {
      line += 1;
      column = 0;
    }
    index += char.length;
  }
  return undefined;
}

/** `U+0000`, the way a character is named in an error message. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Trims text and stores an empty answer as NULL. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
