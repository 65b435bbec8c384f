// Bytes of an import file to text, in the character set the file was saved in: UTF-8 (the default) or
// Windows-1252, which Danish exports from older systems often are. A byte that is not UTF-8 is never
// decoded as U+FFFD: it stops the file with an error naming its line, so "Bjørn" saved as Windows-1252
// is not stored as "Bj�rn". A UTF-8 byte-order mark is dropped, and a file that begins with one is read
// as UTF-8 whatever was chosen (the mark says so).
import { isUtf8 } from 'node:buffer';
import type { ImportEncoding } from '../../../shared/imports/import.constants.ts';

export type CsvEncoding = ImportEncoding;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Bytes that are not UTF-8: `lineBreaks` line feeds of this chunk's text come before the first. */
export class InvalidUtf8Error extends Error {
  constructor(readonly lineBreaks: number) {
    super('the bytes are not UTF-8');
    this.name = 'InvalidUtf8Error';
  }
}

/** The index of the first byte that does not begin a valid UTF-8 sequence; -1 when all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // 0xc0, 0xc1 and 0xf5… only ever start overlong or out-of-range sequences.
    const more =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (more === 0 || i + more >= bytes.length) return i;
    let codePoint = lead & (0x3f >> more);
    for (let k = 1; k <= more; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const overlong = (more === 2 && codePoint < 0x800) || (more === 3 && codePoint < 0x10000);
    const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (overlong || surrogate || codePoint > 0x10ffff) return i;
    i += more + 1;
  }
  return -1;
}

/** How many bytes at the end begin a UTF-8 sequence the next chunk completes (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function countLineFeeds(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

function utf8Decoder(): ChunkDecoder {
  let pending: Buffer = Buffer.alloc(0);
  const decode = (bytes: Buffer): string => {
    // isUtf8 is native; the byte-by-byte search runs only on the way to an error.
    if (!isUtf8(bytes)) throw new InvalidUtf8Error(countLineFeeds(bytes, firstInvalidUtf8(bytes)));
    return bytes.toString('utf8');
  };
  return {
    write(chunk) {
      const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      const complete = bytes.length - incompleteTail(bytes);
      pending = Buffer.from(bytes.subarray(complete));
      return decode(bytes.subarray(0, complete));
    },
    end() {
      // A sequence cut off by the end of the file.
      if (pending.length > 0) throw new InvalidUtf8Error(0);
      return '';
    },
  };
}

function windows1252Decoder(): ChunkDecoder {
  // WHATWG's windows-1252 (Node's full ICU): every byte is a character, so nothing is ever invalid.
  const decoder = new TextDecoder('windows-1252');
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

/**
 * The text of a stream of bytes, chunk by chunk (strings pass through). Throws InvalidUtf8Error at the
 * first byte that is not UTF-8 when reading UTF-8.
 */
export async function* decodeChunks(
  source: AsyncIterable<Buffer | string>,
  encoding: CsvEncoding = 'utf-8',
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  // The file's first bytes, until there are enough to tell whether they are a byte-order mark.
  let start = Buffer.alloc(0);
  const begin = function* (bytes: Buffer): Generator<string> {
    const hasBom = bytes.subarray(0, 3).equals(BOM);
    decoder = hasBom || encoding === 'utf-8' ? utf8Decoder() : windows1252Decoder();
    const text = decoder.write(hasBom ? bytes.subarray(3) : bytes);
    if (text) yield text;
  };
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (decoder) {
      const text = decoder.write(chunk);
      if (text) yield text;
      continue;
    }
    start = Buffer.concat([start, chunk]);
    // Three bytes decide, or fewer that already differ from the mark.
    if (start.length >= 3 || !BOM.subarray(0, start.length).equals(start)) yield* begin(start);
  }
  if (!decoder && start.length > 0) yield* begin(start);
  const rest = decoder?.end();
  if (rest) yield rest;
}
