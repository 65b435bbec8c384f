import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../../../shared/errors.ts';

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error' });
