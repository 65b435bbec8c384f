// What `indsats serve` checks before it listens with NODE_ENV=production: settings that are fine on a
// laptop but wrong in production are refused with what to do, unless explicitly allowed. (TRUST_PROXY
// off behind a proxy shows only in the requests: platform/http/app.ts warns at the first one.)
import type { Db } from '../db/client.ts';
import { verifyPassword } from '../auth/password.ts';
import type { Config } from './config.ts';

export interface StartProblem {
  /** serve stops with the message. */
  level: 'refuse';
  message: string;
}

/** The settings alone (no database). `env` is the process environment the config was read from. */
export function productionSettingProblems(config: Config, env: NodeJS.ProcessEnv): StartProblem[] {
  if (config.env !== 'production') return [];
  const problems: StartProblem[] = [];
  if (!config.databaseUrl && env.INDSATS_ALLOW_EMBEDDED !== 'true') {
    problems.push({
      level: 'refuse',
      message:
        'NODE_ENV=production needs PostgreSQL (DATABASE_URL): the embedded database serves one process on one ' +
        'machine and is backed up only by copying its folder while stopped. Set INDSATS_ALLOW_EMBEDDED=true to ' +
        'run on it anyway.',
    });
  }
  if (!env.PUBLIC_URL) {
    problems.push({
      level: 'refuse',
      message: 'NODE_ENV=production needs PUBLIC_URL, the https address users reach indsats on.',
    });
  } else if (!config.publicUrl.startsWith('https://')) {
    problems.push({
      level: 'refuse',
      message: `PUBLIC_URL must be an https address in production (cookies are Secure there), got "${config.publicUrl}".`,
    });
  }
  return problems;
}

/** Demo users (seed/demo.ts) still able to sign in with the demo password. */
export async function demoUserProblems(
  db: Db,
  demoUsernames: readonly string[],
  demoPassword: string,
  env: NodeJS.ProcessEnv,
): Promise<StartProblem[]> {
  if (env.INDSATS_ALLOW_DEMO_USERS === 'true') return [];
  const users = await db
    .selectFrom('appUser')
    .select(['username', 'passwordHash'])
    .where('username', 'in', [...demoUsernames])
    .where('isActive', '=', true)
    .execute();
  const found: string[] = [];
  for (const user of users)
    if (await verifyPassword(user.passwordHash, demoPassword)) found.push(user.username);
  if (found.length === 0) return [];
  return [
    {
      level: 'refuse',
      message:
        `The demo users ${found.sort().join(', ')} can sign in with the demo password. Deactivate them or give ` +
        'them real passwords before running in production (INDSATS_ALLOW_DEMO_USERS=true starts anyway; their ' +
        'sign-ins are still refused).',
    },
  ];
}
