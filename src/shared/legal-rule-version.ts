// A rule that changes with the law, as date-versioned versions (ARCHITECTURE.md: "date-versioned rule
// sets, chosen by the date the obligation arose"). Isomorphic: the server's legal rules and the web's
// choices (the benefit types a date offers) use the same picking. Pure, no I/O.

export interface RuleVersion<T> {
  /** First day the version applies (YYYY-MM-DD). */
  validFrom: string;
  /** Where the rule comes from, shown to users who ask why. */
  source: string;
  rules: T;
}

/** The version in force on `date`: the newest whose validFrom is on or before it. */
export function ruleInForce<T>(versions: readonly RuleVersion<T>[], date: string): RuleVersion<T> {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const found = sorted.filter((v) => v.validFrom <= date).pop();
  if (!found) throw new RangeError(`no rule version in force on ${date}`);
  return found;
}
