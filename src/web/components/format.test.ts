import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

describe('formatDateTime', () => {
  it('writes Danish time as "DD-MM-ÅÅÅÅ kl. TT.MM" in Copenhagen time', () => {
    expect(formatDateTime('2026-11-23T13:05:00.000Z', 'da')).toBe('23-11-2026 kl. 14.05');
  });

  it('follows summer time', () => {
    expect(formatDateTime('2026-07-01T06:30:00.000Z', 'da')).toBe('01-07-2026 kl. 08.30');
  });

  it('writes English time with a short month name', () => {
    expect(formatDateTime('2026-11-23T13:05:00.000Z', 'en')).toBe('23 Nov 2026, 14:05');
  });

  it('passes text that is not a time through unchanged', () => {
    expect(formatDateTime('not a time', 'da')).toBe('not a time');
  });
});

describe('formatDate', () => {
  it('writes the Danish date of a time late in the evening UTC as the next day in Copenhagen', () => {
    expect(formatDate('2026-11-23T23:30:00.000Z', 'da')).toBe('24-11-2026');
    expect(formatDate('2026-11-23T23:30:00.000Z', 'en')).toBe('24 Nov 2026');
  });
});
