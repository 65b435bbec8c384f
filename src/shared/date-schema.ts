// The one zod schema of a calendar date the API takes: 'YYYY-MM-DD' that exists (no 31 February).
// Empty says the field must be filled in (a date picker left empty sends ''), anything else that is
// not a date says so; both in the request's language through the message catalogue.
import { z } from 'zod';
import { isIsoDate } from './dates.ts';

export const dateSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') ctx.addIssue({ code: 'custom', message: 'validation.required' });
    else if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: 'date.invalid' });
  })
  .meta({ format: 'date' });
