// The one error type of indsats (ARCHITECTURE.md "Errors"). Services throw AppError; one HTTP error
// handler maps the code to a status and the response shape below. Isomorphic: the web app reads the
// same codes.

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CONFLICT: 409,
  INVALID_STATE: 422,
  // A body over the route's limit (the app's 1 MiB, or the route's own bodyLimit).
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field path → message, e.g. `{ cpr: 'CPR-nummeret skal have 10 cifre' }`. */
export type FieldErrors = Record<string, string>;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; requestId: string };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  /** Parameters for the message template (`{minutes}`); the message itself is a key in messages.ts or text. */
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldErrors; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.params = options.params ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as ErrorBody).error?.code === 'string'
  );
}

/** A problem with one field: 400 (or 409 for a conflict) with the message on the input. */
export function fieldError(
  field: string,
  key: string,
  params: Record<string, string | number> = {},
  code: 'VALIDATION_FAILED' | 'CONFLICT' = 'VALIDATION_FAILED',
): AppError {
  return new AppError(code, key, { fields: { [field]: key }, params });
}
