// Demo data of the agreements module (called by seed/demo.ts).
import type { Db } from '../../platform/db/client.ts';

export async function seedAgreementsDemo(_db: Db): Promise<void> {}
