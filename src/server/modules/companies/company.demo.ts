// Demo data of the companies module (called by seed/demo.ts).
import type { Db } from '../../platform/db/client.ts';

export async function seedCompaniesDemo(_db: Db): Promise<void> {}
