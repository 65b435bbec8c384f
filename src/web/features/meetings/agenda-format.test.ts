// The follow-up meeting agenda's figures follow the reader's language (issue 15, pages item 4).
import { describe, expect, it } from 'vitest';
import type { AgendaFigure } from '../../../shared/meetings/agenda.schemas.ts';
import { figureText, formatFigure } from './agenda-format.ts';

const figure = (
  unit: AgendaFigure['unit'],
  value: number | null,
  of: number | null = null,
): AgendaFigure => ({
  key: 'exit',
  unit,
  value,
  of,
  total: null,
});

describe('agenda figures', () => {
  it('writes amounts in øre as money in the language', () => {
    expect(formatFigure(figure('ore', 204_050), 204_050, 'da')).toBe('2.040,50 kr.');
    expect(formatFigure(figure('ore', 204_050), 204_050, 'en')).toBe('DKK 2,040.50');
  });

  it("writes counts with the language's thousands separator and decimals", () => {
    expect(formatFigure(figure('count', 1234), 1234, 'da')).toBe('1.234');
    expect(formatFigure(figure('count', 1234), 1234, 'en')).toBe('1,234');
    expect(formatFigure(figure('weeks', 12.5), 12.5, 'da')).toBe('12,5');
    expect(formatFigure(figure('weeks', 12.5), 12.5, 'en')).toBe('12.5');
  });

  it('writes a percentage with the count it is of', () => {
    expect(figureText(figure('percent', 40.5, 1200), 'da')).toBe('40,5 % (1.200)');
    expect(figureText(figure('percent', 40.5, 1200), 'en')).toBe('40.5% (1,200)');
  });

  it('writes a dash for no value', () => {
    expect(formatFigure(figure('count', null), null, 'en')).toBe('–');
  });
});
