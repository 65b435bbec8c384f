// No control character reaches a service: registerRoutes() runs refuseUnsafeText() on every API route
// before its schema, so a route cannot forget it. Every string of the body, the query and the path
// parameters — and every object key — is checked as free text with the one rule (shared/text-input.ts):
// PostgreSQL refuses NUL (22021), and the others corrupt terminals, CSV files and logs. Fields holding
// a name check more in their schema (nameText() in shared/text-schemas.ts).
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldErrors } from '../../../shared/errors.ts';
import { translate, type Language } from '../../../shared/messages.ts';
import { unsafeCharacterMessage } from '../../../shared/text-schemas.ts';

/** Enough to show the user; a request with more refused texts is refused all the same. */
const MAX_FIELDS = 50;

/** Parsed data, not a stream or a buffer: JSON.parse makes plain objects, Fastify's query and params
 * are objects of a class with a null prototype. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}

/** A place in the value, linked to its parent: the path is built only for a text that is refused. */
interface PathNode {
  key: string | number;
  parent: PathNode | undefined;
}

function pathOf(at: PathNode | undefined): string {
  const keys: (string | number)[] = [];
  for (let node = at; node; node = node.parent) keys.push(node.key);
  return keys.reverse().join('.');
}

/**
 * Field path → message for each string holding a refused character, in the paths validation errors
 * use (`name`, `criteria.0.name`; `_` for the value itself). Walks parsed JSON and query strings only:
 * a stream or a buffer (a raw file upload) is not text and is left to its reader. Iterative, so a deeply
 * nested body cannot exhaust the stack.
 */
export function findUnsafeText(value: unknown, language: Language): FieldErrors {
  const fields: FieldErrors = {};
  let count = 0;
  const report = (at: PathNode | undefined, text: string) => {
    const problem = unsafeCharacterMessage(text, 'text');
    if (!problem) return;
    const key = pathOf(at) || '_';
    if (fields[key] === undefined && count < MAX_FIELDS) {
      fields[key] = translate(language, problem.key, problem.params);
      count += 1;
    }
  };
  const stack: { value: unknown; at: PathNode | undefined }[] = [{ value, at: undefined }];
  while (stack.length > 0) {
    const { value: current, at } = stack.pop()!;
    if (typeof current === 'string') {
      report(at, current);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, at: { key: index, parent: at } }));
    } else if (isPlainObject(current)) {
      for (const [key, item] of Object.entries(current)) {
        // A refused character in a key (a record's key is stored too) is reported on the object.
        report(at, key);
        stack.push({ value: item, at: { key, parent: at } });
      }
    }
  }
  return fields;
}

/**
 * The route layer's check (a preValidation hook): 400 VALIDATION_FAILED naming the field, the character
 * and its position. In a path parameter it is a malformed id: 404, as the error handler answers one.
 */
export function refuseUnsafeText(request: FastifyRequest): void {
  const language = request.language ?? 'da';
  if (Object.keys(findUnsafeText(request.params, language)).length > 0) {
    throw new AppError('NOT_FOUND', 'access.not_found');
  }
  const fields = { ...findUnsafeText(request.body, language), ...findUnsafeText(request.query, language) };
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION_FAILED', 'validation.failed', { fields });
}
