// whileQueryRuns: the work runs once, after the query's promise callbacks (where a driver writes the query
// to the server), and both results come back; a failure of either is the call's, never an unhandled one.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { whileQueryRuns } from './overlap.ts';

/** A query as a driver makes one: it is sent after a few promise callbacks, and answered later. */
function query<T>(answer: () => T, log: string[]): Promise<T> {
  return (async () => {
    await null;
    await null;
    log.push('sent');
    await new Promise((resolve) => setTimeout(resolve, 5));
    return answer();
  })();
}

const unhandled = vi.fn();
process.on('unhandledRejection', unhandled);
afterEach(() => unhandled.mockClear());
afterAll(() => process.off('unhandledRejection', unhandled));

describe('whileQueryRuns', () => {
  it('runs the work once, after the query was sent, and gives both results', async () => {
    const log: string[] = [];
    const work = vi.fn(() => [...log]);
    const [answer, seen] = await whileQueryRuns(
      query(() => 42, log),
      work,
    );
    expect(answer).toBe(42);
    expect(seen).toEqual(['sent']);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('fails with the query', async () => {
    const failing = query(() => {
      throw new Error('syntax error');
    }, []);
    await expect(whileQueryRuns(failing, () => 1)).rejects.toThrow('syntax error');
  });

  it('fails with the work, and the query failing afterwards is not left unhandled', async () => {
    const failing = query(() => {
      throw new Error('connection lost');
    }, []);
    await expect(
      whileQueryRuns(failing, () => {
        throw new Error('no price');
      }),
    ).rejects.toThrow('no price');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).not.toHaveBeenCalled();
  });
});
