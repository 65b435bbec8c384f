// A rule that changes with the law, as date-versioned versions (ARCHITECTURE.md: "date-versioned rule
// sets, chosen by the date the obligation arose"). Isomorphic: the server's legal rules and the web's
// choices (the benefit types a date offers) use the same picking. Pure, no I/O.

export interface RuleVersion<T> {
  /** First day the version applies (YYYY-MM-DD). */
  validFrom: string;
  /** Where the rule comes from, shown to users who ask why (Danish: stored with what it decided). */
  source: string;
  /** The same in English, for pages in English; without it the Danish text is shown. */
  sourceEn?: string;
  rules: T;
}

/**
 * A source text (as stored, in Danish) in the reader's language: the English text of the version it came
 * from where there is one, else the text as it is.
 */
export function ruleSourceIn<T>(
  versions: readonly RuleVersion<T>[],
  source: string,
  language: 'da' | 'en',
): string {
  if (language === 'da') return source;
  return versions.find((v) => v.source === source)?.sourceEn ?? source;
}

/** The version in force on `date`: the newest whose validFrom is on or before it. */
export function ruleInForce<T>(versions: readonly RuleVersion<T>[], date: string): RuleVersion<T> {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const found = sorted.filter((v) => v.validFrom <= date).pop();
  if (!found) throw new RangeError(`no rule version in force on ${date}`);
  return found;
}
