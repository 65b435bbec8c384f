// Refuses to start with a key other than the one the database's personal data was written with:
// a wrong key would make every CPR look-up miss and every decryption fail.
import type { Db } from '../db/client.ts';
import type { Keys } from './keys.ts';

const SETTING = 'key_fingerprint';

export async function checkKeyFingerprint(db: Db, keys: Keys): Promise<void> {
  await db
    .insertInto('systemSetting')
    .values({ key: SETTING, value: keys.fingerprint })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('systemSetting')
    .select('value')
    .where('key', '=', SETTING)
    .executeTakeFirstOrThrow();
  if (row.value !== keys.fingerprint) {
    throw new Error(
      'The secret key does not match the key this database was created with (INDSATS_SECRET_KEY or data/secret.key). ' +
        'Start with the original key; personal data cannot be read without it.',
    );
  }
}
