// pino options for the server: JSON lines with request ids and never personal data. Query strings are
// dropped from logged URLs (a search for a CPR number travels in `?q=`), and cookies, CSRF tokens and
// authorisation headers are never logged.
import type { FastifyServerOptions } from 'fastify';

type RequestLike = { method?: string; url?: string; id?: string };

/** Fastify's message for the line it writes when a request arrives. */
const INCOMING_REQUEST = 'incoming request';

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
    // One line per request, not Fastify's two: the "incoming request" line is dropped (a synchronous
    // write and a serialisation per request) and the
    // "request completed" line carries its method and URL. Every other line, errors included, stays.
    hooks: {
      logMethod(args, method) {
        if (args[1] === INCOMING_REQUEST) return;
        method.apply(this, args);
      },
    },
    serializers: {
      req: (req: RequestLike) => ({ id: req.id, method: req.method, url: stripQuery(req.url) }),
      res: (res: { statusCode?: number; request?: RequestLike }) => ({
        statusCode: res.statusCode,
        method: res.request?.method,
        url: stripQuery(res.request?.url),
      }),
    },
  };
}
