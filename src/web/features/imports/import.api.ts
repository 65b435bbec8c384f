// Data hooks and calls of the imports page. The upload goes through XMLHttpRequest (fetch reports no
// upload progress) with the file as the raw body, asking the server to follow the import: its progress
// comes back on the same request as lines of JSON (the embedded database, busy with the import, could
// not answer polls meanwhile). A finished import is then read, and an import left running is polled.
import { useQuery } from '@tanstack/react-query';
import { isErrorBody } from '../../../shared/errors.ts';
import type { ImportEncoding } from '../../../shared/imports/import.constants.ts';
import type {
  ImportBatch,
  ImportKind,
  ImportList,
  ImportProgress,
  ImportStarted,
} from '../../../shared/imports/import.schemas.ts';
import { api, ApiError, readCookie, withQuery } from '../../app/api.ts';

export type { ImportBatch, ImportKind, ImportList, ImportProgress };

export const importKeys = {
  all: ['imports'] as const,
  list: ['imports', 'list'] as const,
  batch: (id: string) => ['imports', 'batch', id] as const,
};

const POLL_MS = 750;

export function useImportList() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: ({ signal }) => api.get<ImportList>('/api/imports', { signal }),
  });
}

/** One import, polled while it runs. */
export function useImportBatch(id: string | null) {
  return useQuery({
    queryKey: importKeys.batch(id ?? ''),
    queryFn: ({ signal }) => api.get<ImportBatch>(`/api/imports/${encodeURIComponent(id!)}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
}

export interface UploadOptions {
  kind: ImportKind;
  file: File;
  jobCentre: string;
  unknownCodesAsBenefit: boolean;
  /** The file's character set (UTF-8 unless the file comes from an older system). */
  encoding: ImportEncoding;
  onProgress: (loaded: number, total: number) => void;
  /** The import's progress on the server, after the file has arrived. */
  onImportProgress: (progress: ImportProgress) => void;
}

async function csrfToken(): Promise<string> {
  const cookie = readCookie('indsats_csrf');
  if (cookie) return cookie;
  return (await api.get<{ csrfToken: string }>('/api/auth/csrf')).csrfToken;
}

function errorFrom(xhr: XMLHttpRequest): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    const { code, message, fields, requestId } = body.error;
    return new ApiError(xhr.status, code, message, fields ?? {}, requestId);
  }
  return new ApiError(xhr.status, xhr.status === 0 ? 'NETWORK' : 'INTERNAL', '');
}

/** Sends the file and follows the import; resolves with its id when it has ended (or the stream broke). */
export async function uploadImport(options: UploadOptions): Promise<ImportStarted> {
  const token = await csrfToken();
  const url = withQuery(`/api/imports/${options.kind}`, {
    fileName: options.file.name,
    jobCentre: options.jobCentre.trim() || undefined,
    unknownCodesAsBenefit: options.unknownCodesAsBenefit ? 'true' : undefined,
    encoding: options.encoding === 'utf-8' ? undefined : options.encoding,
    follow: 'true',
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/json');
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => options.onProgress(event.loaded, event.total || options.file.size);
    // Complete lines of the answer so far: {"id"}, {"progress"} …, {"done": true}.
    let read = 0;
    let id: string | null = null;
    const readLines = () => {
      if (xhr.status < 200 || xhr.status >= 300) return;
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n') + 1;
      for (const line of text.slice(read, end).split('\n')) {
        if (!line) continue;
        const message = JSON.parse(line) as { id?: string; progress?: ImportProgress };
        if (message.id) id = message.id;
        if (message.progress) options.onImportProgress(message.progress);
      }
      read = Math.max(read, end);
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr));
      readLines();
      if (id) resolve({ id });
      else reject(new ApiError(xhr.status, 'INTERNAL', ''));
    };
    // A broken stream after the id: the import goes on on the server, and the page polls it.
    xhr.onerror = () => (id ? resolve({ id }) : reject(new ApiError(0, 'NETWORK', '')));
    xhr.send(options.file);
  });
}
