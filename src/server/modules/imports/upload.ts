// An uploaded import file: the request body streamed to a private temporary file (never held in memory),
// refused past the size limit. Small files may also come as a JSON string (the API's JSON clients).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors.ts';
import { MAX_UPLOAD_BYTES } from '../../../shared/imports/import.constants.ts';

export interface Upload {
  filePath: string;
  /** Removes the file and its folder. */
  remove(): Promise<void>;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('VALIDATION_FAILED', 'import.too_large', {
    params: { max: Math.round(maxBytes / 1024 / 1024) },
  });
}

function isReadable(value: unknown): value is Readable {
  return typeof value === 'object' && value !== null && typeof (value as Readable).pipe === 'function';
}

export async function receiveUpload(
  body: unknown,
  contentLength: number | undefined,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<Upload> {
  if (typeof body !== 'string' && !isReadable(body)) throw new AppError('VALIDATION_FAILED', 'import.body');
  if (contentLength !== undefined && contentLength > maxBytes) throw tooLarge(maxBytes);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'indsats-import-'));
  const filePath = path.join(dir, 'upload.csv');
  const remove = () => fs.promises.rm(dir, { recursive: true, force: true });
  try {
    if (typeof body === 'string') {
      if (Buffer.byteLength(body) > maxBytes) throw tooLarge(maxBytes);
      await fs.promises.writeFile(filePath, body, { mode: 0o600 });
    } else {
      let received = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback(received > maxBytes ? tooLarge(maxBytes) : null, chunk);
        },
      });
      await pipeline(body, limit, fs.createWriteStream(filePath, { mode: 0o600 }));
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { filePath, remove };
}
