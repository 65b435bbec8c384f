// Data hooks and calls of the imports page. The upload goes through XMLHttpRequest (fetch reports no
// upload progress) with the file as the raw body; the import then runs on the server and is polled.
import { useQuery } from '@tanstack/react-query';
import { isErrorBody } from '../../../shared/errors.ts';
import type {
  ImportBatch,
  ImportKind,
  ImportList,
  ImportStarted,
} from '../../../shared/imports/import.schemas.ts';
import { api, ApiError, readCookie, withQuery } from '../../app/api.ts';

export type { ImportBatch, ImportKind, ImportList };

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
  onProgress: (loaded: number, total: number) => void;
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

/** Sends the file; resolves with the new import's id once the server has it all. */
export async function uploadImport(options: UploadOptions): Promise<ImportStarted> {
  const token = await csrfToken();
  const url = withQuery(`/api/imports/${options.kind}`, {
    fileName: options.file.name,
    jobCentre: options.jobCentre.trim() || undefined,
    unknownCodesAsBenefit: options.unknownCodesAsBenefit ? 'true' : undefined,
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => options.onProgress(event.loaded, event.total || options.file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as ImportStarted);
      else reject(errorFrom(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', ''));
    xhr.send(options.file);
  });
}
