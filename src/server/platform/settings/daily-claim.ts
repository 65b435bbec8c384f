// A job that several instances share (one PostgreSQL, several app processes) runs once a day between
// them: the first instance to claim the day's key in system_setting runs it, the others do nothing.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** True for the first caller since 23 hours ago to claim `key`, false for every other. */
export async function claimDailyKey(db: Db, key: string): Promise<boolean> {
  const { rows } = await sql<{ key: string }>`
    INSERT INTO system_setting (key, value) VALUES (${key}, now()::text)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()
      WHERE system_setting.updated_at < now() - interval '23 hours'
    RETURNING key`.execute(db);
  return rows.length > 0;
}
