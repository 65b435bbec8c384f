// The import kinds and their columns, without zod, so the web bundle can use them.
import type { Permission } from '../permissions.ts';

export const IMPORT_KINDS = ['providers', 'courses', 'placements', 'plans', 'codebook', 'register'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Kinds that create citizens for unknown CPR numbers, at a job centre. */
export const KINDS_WITH_CITIZENS: readonly ImportKind[] = ['courses', 'placements', 'plans'];

/**
 * Kinds that write personal data: they create citizens, and a course links its citizen to a provider,
 * who then sees the citizen's name, CPR number and notes. The register stores only the CPR number's
 * keyed hash and links no one to a provider; providers and the codebook hold no personal data.
 */
export const PERSONAL_DATA_KINDS: readonly ImportKind[] = KINDS_WITH_CITIZENS;

/** The other kinds, for which import.run suffices. */
export const KINDS_WITHOUT_PERSONAL_DATA = [
  'providers',
  'codebook',
  'register',
] as const satisfies readonly ImportKind[];

/** The permission an import of this kind needs. */
export function importPermission(
  kind: ImportKind,
): Extract<Permission, 'import.run' | 'import.personal_data'> {
  return PERSONAL_DATA_KINDS.includes(kind) ? 'import.personal_data' : 'import.run';
}

/** The columns of each kind, as the documentation and the upload page list them; `?` = optional. */
export const IMPORT_COLUMNS: Record<ImportKind, string> = {
  providers: 'code,name,district,cvr?',
  courses: 'course_ref,cpr,provider_code,start_date,end_date,end_reason',
  placements: 'placement_ref,cpr,type,start_date,end_date,company_cvr',
  plans: 'plan_ref,cpr,start_date,type',
  codebook: 'code,meaning,category',
  register: 'PNR,y_YYWW…,grad_YYYY_MM…',
};

/** The character sets an import file may be in: UTF-8 (default), or Windows-1252 from older systems. */
export const IMPORT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** Files larger than this are refused by the upload (the CLI reads any size). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
