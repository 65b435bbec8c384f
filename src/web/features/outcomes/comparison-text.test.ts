import { describe, expect, it } from 'vitest';
import { comparisonTextKey } from './comparison-text.ts';
import { da, en } from './texts.ts';

describe('the comparison with a saved report', () => {
  it('says there is no data yet instead of comparing with a dash', () => {
    expect(comparisonTextKey({ previousRatePercent: 4, ratePercent: 6 })).toBe('comparison.total');
    expect(comparisonTextKey({ previousRatePercent: 4, ratePercent: null })).toBe(
      'comparison.totalNoCurrent',
    );
    expect(comparisonTextKey({ previousRatePercent: null, ratePercent: 6 })).toBe(
      'comparison.totalNoPrevious',
    );
    expect(comparisonTextKey({ previousRatePercent: null, ratePercent: null })).toBe(
      'comparison.totalNoData',
    );
  });

  it('has every sentence in Danish and English, none of them with a dash for a missing figure', () => {
    for (const language of ['da', 'en'] as const) {
      const texts = { da, en }[language].comparison;
      for (const key of ['totalNoCurrent', 'totalNoPrevious', 'totalNoData'] as const) {
        expect(texts[key]).toBeTruthy();
        expect(texts[key]).not.toContain('–');
      }
    }
    expect(da.comparison.totalNoCurrent).toContain('endnu ingen data');
    expect(en.comparison.totalNoCurrent).toContain('no data yet');
  });
});
