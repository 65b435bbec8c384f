// Demo data of the outcomes module (placeholder until the module is built).
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';

export async function seedOutcomesDemo(_db: Db, _keys: Keys): Promise<void> {}
