// PostgreSQL's unique_violation (23505): a race between a service's check and its insert.

/** True for a unique-index violation, optionally of a constraint whose name contains `constraintPart`. */
export function isUniqueViolation(error: unknown, constraintPart?: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && (!constraintPart || (e.constraint ?? '').includes(constraintPart));
}
