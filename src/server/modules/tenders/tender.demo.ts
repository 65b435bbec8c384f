// Demo data of the tenders module (called by seed/demo.ts).
import type { Db } from '../../platform/db/client.ts';

export async function seedTendersDemo(_db: Db): Promise<void> {}
