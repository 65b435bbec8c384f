// Who did something, as the pages show it: a person's name and organisation, or the system job or the
// operator's command line, never a bare user name or "system:demo-seed". Records keep the user name
// (it is what the audit chain names); the label is looked up when they are shown.
import type { Language } from '../../../shared/messages.ts';
import type { Db } from '../db/client.ts';
import type { Tx } from '../context.ts';

/** Jobs that act as `system:<job>`; an unknown job is shown by its name. */
const SYSTEM_JOBS: Record<Language, Record<string, string>> = {
  da: { 'demo-seed': 'demodata', retention: 'sletning efter frister' },
  en: { 'demo-seed': 'demo data', retention: 'retention' },
};

const WORDS: Record<Language, { system: string; commandLine: string }> = {
  da: { system: 'System', commandLine: 'kommandolinjen' },
  en: { system: 'System', commandLine: 'command line' },
};

/** The label of one stored actor name, given the signed-in users found for it. */
export function actorLabel(
  username: string,
  users: ReadonlyMap<string, { displayName: string; organisationName: string }>,
  language: Language,
): string {
  const words = WORDS[language];
  if (username.startsWith('system:')) {
    const job = username.slice('system:'.length);
    return `${words.system} (${SYSTEM_JOBS[language][job] ?? job})`;
  }
  if (username.startsWith('cli:')) return `${username.slice('cli:'.length)} (${words.commandLine})`;
  const user = users.get(username);
  return user ? `${user.displayName}, ${user.organisationName}` : username;
}

/** Looks the stored actor names up once and returns their labels. */
export async function actorLabels(
  db: Pick<Db | Tx, 'selectFrom'>,
  usernames: Iterable<string>,
  language: Language,
): Promise<(username: string) => string> {
  const wanted = [...new Set(usernames)].filter((u) => !u.startsWith('system:') && !u.startsWith('cli:'));
  const rows =
    wanted.length === 0
      ? []
      : await db
          .selectFrom('appUser')
          .innerJoin('organisation', 'organisation.id', 'appUser.organisationId')
          .select(['appUser.username', 'appUser.displayName', 'organisation.name as organisationName'])
          .where('appUser.username', 'in', wanted)
          .execute();
  const users = new Map(rows.map((r) => [r.username, r]));
  return (username) => actorLabel(username, users, language);
}
