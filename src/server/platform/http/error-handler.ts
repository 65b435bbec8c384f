// The one error handler: AppError and validation errors become `{ error: { code, message, fields?,
// requestId } }` in the request's language. Unexpected errors are logged (without personal data) and
// answered with a generic message and the request id.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorBody, type FieldErrors } from '../../../shared/errors.ts';
import { isMessageKey, translate, type Language } from '../../../shared/messages.ts';

interface IssueLike {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Parameters a refinement gave its issue (`ctx.addIssue({ params })`), e.g. the refused character. */
function refinementParams(params: Record<string, unknown>): Record<string, string | number> {
  const given = params.params;
  if (typeof given !== 'object' || given === null) return {};
  return Object.fromEntries(
    Object.entries(given).filter((entry): entry is [string, string | number] =>
      ['string', 'number'].includes(typeof entry[1]),
    ),
  );
}

/** A zod issue as a field path and a message: message keys from refinements, else a generic text. */
function fieldMessage(issue: IssueLike, language: Language): string {
  const params = issue.params ?? {};
  if (issue.message && isMessageKey(issue.message))
    return translate(language, issue.message, refinementParams(params));
  if (issue.keyword === 'invalid_type' && params.input === undefined)
    return translate(language, 'validation.required');
  if (issue.keyword === 'too_small' && params.minimum === 1)
    return translate(language, 'validation.required');
  if (issue.keyword === 'too_big' && typeof params.maximum === 'number') {
    return translate(language, 'validation.too_long', { max: params.maximum });
  }
  return translate(language, 'validation.invalid');
}

/** PostgreSQL's "character not in repertoire" and "untranslatable character" (NUL in text and jsonb). */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

export function validationFields(issues: readonly IssueLike[], language: Language): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '_';
    fields[path] ??= fieldMessage(issue, language);
  }
  return fields;
}

export function errorBody(error: AppError, language: Language, requestId: string): ErrorBody {
  const fields = error.fields
    ? Object.fromEntries(
        Object.entries(error.fields).map(([k, v]) => [k, translate(language, v, error.params)]),
      )
    : undefined;
  return {
    error: {
      code: error.code,
      message: translate(language, error.message, { ...error.params, requestId }),
      ...(fields ? { fields } : {}),
      requestId,
    },
  };
}

export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const language = request.language ?? 'da';
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
  } else if (hasZodFastifySchemaValidationErrors(error) && error.validationContext === 'params') {
    // A malformed id in the path is a record that does not exist.
    appError = new AppError('NOT_FOUND', 'access.not_found');
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    appError = new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: validationFields(error.validation, language),
    });
  } else if (UNSTORABLE_TEXT.has(String((error as { code?: unknown }).code))) {
    // A text PostgreSQL cannot store (NUL: 22021 in text, 22P05 in jsonb) that got past the route
    // layer's check (text-guard.ts) is the caller's input, not a fault of ours.
    request.log.warn({ err: { type: error.name, code: (error as FastifyError).code } }, 'unstorable text');
    appError = new AppError('VALIDATION_FAILED', 'validation.unsafe_text');
  } else if (error.statusCode === 413) {
    // A body over the app's 1 MiB or the route's own bodyLimit (FST_ERR_CTP_BODY_TOO_LARGE).
    appError = new AppError('PAYLOAD_TOO_LARGE', 'request.too_large');
  } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (malformed JSON, body too large, wrong content type).
    const code =
      error.statusCode === 404
        ? 'NOT_FOUND'
        : error.statusCode === 429
          ? 'RATE_LIMITED'
          : 'VALIDATION_FAILED';
    appError = new AppError(code, error.message);
  } else {
    // Log the error class, code and call stack, not the message: a database error's message can quote
    // row values (a name, a note).
    const frames = error.stack?.split('\n').slice(1).join('\n');
    request.log.error(
      { err: { type: error.name, code: (error as FastifyError).code, stack: frames } },
      'unexpected error',
    );
    appError = new AppError('INTERNAL', 'internal.error');
  }
  if (appError.code === 'RATE_LIMITED' && appError.params.minutes) {
    reply.header('retry-after', String(Number(appError.params.minutes) * 60));
  }
  return reply.status(ERROR_STATUS[appError.code]).send(errorBody(appError, language, request.id));
}
