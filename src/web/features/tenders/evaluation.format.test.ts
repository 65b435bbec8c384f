import { describe, expect, it } from 'vitest';
import {
  formatFraction,
  formatPercent,
  formatPoints,
  nameList,
  numberText,
  parseNumber,
  weightsLine,
} from './evaluation.format.ts';

describe('evaluation formats', () => {
  it.each([
    ['80', 80],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['', null],
    ['sju', Number.NaN],
    ['1.000,5', Number.NaN],
  ])('reads %j as %s', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  it('writes points, percents and fractions in Danish and English', () => {
    expect(formatPoints(7.8375, 'da')).toBe('7,84');
    expect(formatPoints(7.8375, 'en')).toBe('7.84');
    expect(formatPercent(80, 'da')).toBe('80 %');
    expect(formatFraction(0.58951, 'da')).toBe('59 %');
    expect(formatFraction(0.5851, 'da')).toBe('58,5 %');
    expect(numberText(12.5, 'da')).toBe('12,5');
    expect(weightsLine({ progression: 30, local: 40 }, 'da')).toBe('progression 30 %, local 40 %');
    expect(nameList(['A', 'B', 'C'], 'da')).toBe('A, B og C');
    expect(nameList([], 'da')).toBe('–');
  });
});
