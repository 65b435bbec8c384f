// Configuration from the environment, read once at start. Every setting has a safe default for the
// embedded single-user case and is documented in docs/operations.md. An empty variable counts as unset.
import path from 'node:path';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ID-token claim matched against a user's `oidcSubject` (default `sub`). */
  userClaim: string;
  redirectUri: string;
}

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Public base URL (default http://localhost:PORT): OIDC redirects, and an origin allowed to change state. */
  publicUrl: string;
  /** Behind a reverse proxy: take the client's address and protocol from X-Forwarded-* headers. */
  trustProxy: boolean;
  databaseUrl: string | undefined;
  /** Connections in this instance's PostgreSQL pool (DATABASE_POOL_MAX); PGlite always has one. */
  databasePoolMax: number;
  dataDir: string;
  /** Hex or base64 key material for CPR encryption and look-up hashes; generated into dataDir when unset. */
  secretKey: string | undefined;
  oidc: OidcConfig | undefined;
  logLevel: string;
  sessionHours: number;
  /** INDSATS_RETENTION: "daily" (default) runs the retention rules once a day in the server; "off" leaves it to a scheduled `indsats retention run`. */
  retention: 'daily' | 'off';
}

/**
 * Each request holds a connection for its transaction of a few short statements, so ten connections keep
 * a few cores' worth of PostgreSQL busy; more mostly queue inside the server instead of in this process.
 */
export const DEFAULT_POOL_MAX = 10;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = Number(env.PORT || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT (or serve --port) must be a port number, got "${env.PORT}"`);
  const host = env.HOST || '0.0.0.0';
  const databasePoolMax = Number(env.DATABASE_POOL_MAX || DEFAULT_POOL_MAX);
  if (!Number.isInteger(databasePoolMax) || databasePoolMax < 1 || databasePoolMax > 1000)
    throw new Error(
      `DATABASE_POOL_MAX must be a whole number from 1 to 1000, got "${env.DATABASE_POOL_MAX}"`,
    );
  const retention = env.INDSATS_RETENTION || 'daily';
  if (retention !== 'daily' && retention !== 'off')
    throw new Error(`INDSATS_RETENTION must be daily or off, got "${env.INDSATS_RETENTION}"`);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  // Its origin may change state besides the request's own (platform/http/app.ts): it must parse.
  if (!/^https?:\/\/[^/]/.test(publicUrl) || !URL.canParse(publicUrl))
    throw new Error(
      `PUBLIC_URL must be an http(s) address such as https://indsats.example.dk, got "${env.PUBLIC_URL}"`,
    );
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          userClaim: env.OIDC_USER_CLAIM || 'sub',
          redirectUri: env.OIDC_REDIRECT_URI || `${publicUrl}/api/auth/oidc/callback`,
        }
      : undefined;
  return {
    env: nodeEnv,
    port,
    host,
    publicUrl,
    trustProxy: env.TRUST_PROXY === 'true',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolMax,
    dataDir: path.resolve(env.INDSATS_DATA_DIR ?? 'data'),
    secretKey: env.INDSATS_SECRET_KEY || undefined,
    oidc,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    sessionHours: Number(env.SESSION_HOURS ?? 8),
    retention,
  };
}
