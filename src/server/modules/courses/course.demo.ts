// Demo data of the courses module (placeholder until the part is built).
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';

export async function seedCoursesDemo(_db: Db, _keys: Keys): Promise<void> {}
