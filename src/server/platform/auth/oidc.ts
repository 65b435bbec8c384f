// Single sign-on with OpenID Connect: authorization code flow with PKCE (S256), state and nonce.
// The pending login lives in the oidc_login table, not in memory, so any instance behind the load
// balancer can finish a login another instance started. The state is also bound to the browser by a
// cookie (see oidc.routes.ts), so a callback link made by someone else cannot sign a victim in.
import * as client from 'openid-client';
import { AppError } from '../../../shared/errors.ts';
import { findUserByOidcSubject } from '../../modules/organisations/organisation.repository.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Config, OidcConfig } from '../config/config.ts';
import type { Db } from '../db/client.ts';
import { startSession, type LoginResult } from './auth.service.ts';
import { tokensMatch } from './session.ts';

/** A started login must be finished within this time; older rows are refused and purged. */
export const OIDC_LOGIN_MINUTES = 10;
const SCOPE = 'openid profile email';
const DISCOVERY_TIMEOUT_SECONDS = 10;
const MAX_RETURN_TO_LENGTH = 2000;

/** The part of a pino logger we use: reasons, error classes and codes; never claim values or tokens. */
export interface OidcLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Discovery per issuer and client, once per process; a failed discovery is retried next time. */
const discoveries = new Map<string, Promise<client.Configuration>>();

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** A cause for the log: error class, code and OAuth error, but not the error's data (it may quote claims). */
function describeCause(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, error: oauthError, cause } = error as Error & { code?: unknown; error?: unknown };
  const causeCode = (cause as { code?: unknown } | undefined)?.code;
  return {
    type: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    ...(oauthError === undefined ? {} : { oauthError }),
    ...(causeCode === undefined ? {} : { causeCode }),
  };
}

function failed(log: OidcLog, reason: string, error?: unknown): AppError {
  log.warn(
    { oidc: { reason, ...(error === undefined ? {} : { cause: describeCause(error) }) } },
    'OIDC sign-in failed',
  );
  return new AppError('UNAUTHENTICATED', 'auth.oidc_failed');
}

function requireOidc(config: Config): OidcConfig {
  if (!config.oidc) throw new AppError('NOT_FOUND', 'auth.oidc_not_configured');
  return config.oidc;
}

async function discover(oidc: OidcConfig, log: OidcLog): Promise<client.Configuration> {
  const key = JSON.stringify([oidc.issuer, oidc.clientId, oidc.clientSecret]);
  let pending = discoveries.get(key);
  if (!pending) {
    const issuer = new URL(oidc.issuer);
    pending = client.discovery(
      issuer,
      oidc.clientId,
      undefined,
      client.ClientSecretBasic(oidc.clientSecret),
      {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        // Plain http only for an issuer on this machine (development and tests); anything else needs https.
        ...(issuer.protocol === 'http:' && isLoopback(issuer)
          ? { execute: [client.allowInsecureRequests] }
          : {}),
      },
    );
    discoveries.set(key, pending);
    pending.catch(() => discoveries.delete(key));
  }
  try {
    return await pending;
  } catch (error) {
    log.error(
      { oidc: { issuer: oidc.issuer, cause: describeCause(error) } },
      'OIDC issuer unreachable or invalid: check OIDC_ISSUER and that /.well-known/openid-configuration answers',
    );
    throw new AppError('UNAUTHENTICATED', 'auth.oidc_failed');
  }
}

/** A same-site path to return to after sign-in: one leading '/', no scheme, no host; anything else → '/'. */
export function safeReturnTo(value: string | undefined | null): string {
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO_LENGTH) return '/';
  // '//host' and '/\host' are protocol-relative to browsers; control characters can hide either.
  const isPath = value.startsWith('/') && !value.startsWith('//');
  if (!isPath || value.includes('\\') || /\p{Cc}/u.test(value)) return '/';
  const base = 'https://indsats.invalid';
  try {
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}

export interface StartedOidcLogin {
  /** The identity provider's authorization URL to redirect the browser to. */
  url: string;
  /** Bind this to the browser (cookie) and give it back to finishOidcLogin. */
  state: string;
}

export async function startOidcLogin(
  db: Db,
  config: Config,
  returnTo: string | undefined,
  log: OidcLog,
): Promise<StartedOidcLogin> {
  const oidc = requireOidc(config);
  const configuration = await discover(oidc, log);
  // Opportunistic purge: abandoned logins are few, so no scheduled job is needed.
  await purgeExpiredOidcLogins(db);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  await db
    .insertInto('oidcLogin')
    .values({ state, nonce, codeVerifier, returnTo: safeReturnTo(returnTo) })
    .execute();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUri,
    scope: SCOPE,
    response_type: 'code',
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export async function purgeExpiredOidcLogins(db: Db): Promise<number> {
  const cutoff = new Date(Date.now() - OIDC_LOGIN_MINUTES * 60_000);
  const result = await db.deleteFrom('oidcLogin').where('createdAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface FinishOidcLoginInput {
  /** The redirect URI with the query the identity provider sent (code, state, iss or error). */
  callbackUrl: URL;
  /** The state bound to this browser when the login started (cookie); must equal the callback's. */
  browserState: string | undefined;
  requestId: string;
  log: OidcLog;
}

/** The user's value of the configured claim: from the ID token, else from the userinfo endpoint. */
async function readUserClaim(
  configuration: client.Configuration,
  tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  claim: string,
): Promise<string | undefined> {
  const idToken = tokens.claims();
  if (!idToken) return undefined;
  let value = idToken[claim];
  // Many providers put profile claims (preferred_username, email) only in userinfo (OIDC Core 5.4).
  if (value === undefined && claim !== 'sub') {
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    value = userInfo[claim];
  }
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

async function auditRefusedSignIn(
  db: Db,
  requestId: string,
  user: { id: string; username: string; organisationId: string } | undefined,
) {
  // The claim value itself is not recorded: depending on the provider it can be personal data.
  await db.transaction().execute((tx) =>
    recordAudit(
      tx,
      {
        userId: user?.id ?? null,
        username: user?.username ?? '(oidc)',
        organisationId: user?.organisationId ?? null,
      },
      requestId,
      {
        action: 'login_failed',
        entityType: 'session',
        criteria: { method: 'oidc', reason: user ? 'inactive' : 'unknown_user' },
      },
    ),
  );
}

export async function finishOidcLogin(
  db: Db,
  config: Config,
  input: FinishOidcLoginInput,
): Promise<LoginResult & { returnTo: string }> {
  const oidc = requireOidc(config);
  const { callbackUrl, log } = input;
  const state = callbackUrl.searchParams.get('state');
  if (!state) throw failed(log, 'missing_state');
  if (!tokensMatch(state, input.browserState)) throw failed(log, 'state_not_from_this_browser');
  // Load and delete in one statement: a state is used once, even with several instances.
  const pending = await db
    .deleteFrom('oidcLogin')
    .where('state', '=', state)
    .returningAll()
    .executeTakeFirst();
  if (!pending) throw failed(log, 'unknown_state');
  if (pending.createdAt.getTime() < Date.now() - OIDC_LOGIN_MINUTES * 60_000)
    throw failed(log, 'expired_state');

  const configuration = await discover(oidc, log);
  let subject: string | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    subject = await readUserClaim(configuration, tokens, oidc.userClaim);
  } catch (error) {
    throw failed(log, 'protocol_error', error);
  }
  if (subject === undefined) throw failed(log, `claim_missing:${oidc.userClaim}`);

  const user = await findUserByOidcSubject(db, subject);
  if (!user || !user.isActive) {
    log.warn(
      { oidc: { reason: user ? 'inactive_user' : 'unknown_user', claim: oidc.userClaim } },
      'OIDC sign-in refused',
    );
    await auditRefusedSignIn(db, input.requestId, user);
    throw new AppError('UNAUTHENTICATED', 'auth.oidc_unknown_user');
  }
  const login = await startSession(db, user.id, config.sessionHours, input.requestId, 'oidc');
  return { ...login, returnTo: safeReturnTo(pending.returnTo) };
}
