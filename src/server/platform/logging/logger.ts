// pino options for the server: JSON lines with request ids and never personal data. Query strings are
// dropped from logged URLs (a search for a CPR number travels in `?q=`), and cookies, CSRF tokens and
// authorisation headers are never logged.
import type { FastifyServerOptions } from 'fastify';

type RequestLike = { method?: string; url?: string; id?: string };

export function stripQuery(url: string | undefined): string | undefined {
  return url?.split('?')[0];
}

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      remove: true,
    },
    serializers: {
      req: (req: RequestLike) => ({ id: req.id, method: req.method, url: stripQuery(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
