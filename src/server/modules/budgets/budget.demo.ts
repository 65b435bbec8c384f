// Demo data of the budgets module (called by seed/demo.ts).
import type { Db } from '../../platform/db/client.ts';

export async function seedBudgetsDemo(_db: Db): Promise<void> {}
