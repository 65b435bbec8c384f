// The import kinds and their columns, without zod, so the web bundle can use them.

export const IMPORT_KINDS = ['providers', 'courses', 'placements', 'plans', 'codebook', 'register'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Kinds that create citizens for unknown CPR numbers, at a job centre. */
export const KINDS_WITH_CITIZENS: readonly ImportKind[] = ['courses', 'placements', 'plans'];

/** The columns of each kind, as the documentation and the upload page list them; `?` = optional. */
export const IMPORT_COLUMNS: Record<ImportKind, string> = {
  providers: 'code,name,district,cvr?',
  courses: 'course_ref,cpr,provider_code,start_date,end_date,end_reason',
  placements: 'placement_ref,cpr,type,start_date,end_date,company_cvr',
  plans: 'plan_ref,cpr,start_date,type',
  codebook: 'code,meaning,category',
  register: 'PNR,y_YYWW…,grad_YYYY_MM…',
};

/** Files larger than this are refused by the upload (the CLI reads any size). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
