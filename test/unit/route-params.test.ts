// Route parameters are read in one spelling (issue 10): an id in a path goes through the one uuidParam,
// which lower-cases it, so services, audit rows and links never see another spelling of the same id.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidParam } from '../../src/shared/ids.ts';
import { ROUTES } from '../../src/server/routes.ts';

describe('route parameters', () => {
  it('reads every id in a route path through the one lower-casing uuidParam', () => {
    const checked: string[] = [];
    for (const route of ROUTES) {
      for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
        const field = (route.schema.params as z.ZodObject | undefined)?.shape[name!];
        // The one other kind of parameter: an import's kind, from a fixed list.
        expect(field === uuidParam || field instanceof z.ZodEnum, `${route.method} ${route.url}`).toBe(true);
        checked.push(route.url);
      }
    }
    expect(checked.length).toBeGreaterThan(50);
  });

  it('lower-cases an upper-case uuid and refuses anything else', () => {
    const id = '0E8F7A3C-1B2D-4E5F-8A9B-0C1D2E3F4A5B';
    expect(uuidParam.parse(id)).toBe(id.toLowerCase());
    for (const bad of ['0e8f7a3c1b2d4e5f8a9b0c1d2e3f4a5b', `${id} `, 'x', '']) {
      expect(uuidParam.safeParse(bad).error?.issues[0]?.message).toBe('access.not_found');
    }
  });
});
