// The shape of authorisation-matrix cases, so each module keeps its cases in its own file.
import type { Role } from '../../../src/shared/permissions.ts';
import type { Db } from '../../../src/server/platform/db/client.ts';
import type { Keys } from '../../../src/server/platform/crypto/keys.ts';
import type { buildWorld } from '../../support/factories.ts';

export type World = Awaited<ReturnType<typeof buildWorld>>;
/** Ids of a module's own fixtures, made by its prepare(). */
export type Fixtures = Record<string, string>;

export interface RequestCase {
  path: string;
  body?: unknown;
}

export interface RouteCase {
  /** A request on a record of the signed-in user's own organisation (or with no record); must succeed. */
  own: (world: World, fixtures: Fixtures) => RequestCase;
  /** The same request on another organisation's record: 404 for the scoped roles. */
  other?: (world: World, fixtures: Fixtures) => RequestCase;
  /** Roles whose rows are scoped to their organisation (default: every role with the permission). */
  scopedRoles?: readonly Role[];
  /** Statuses a public route may answer (e.g. 404 for single sign-on when it is not configured). */
  publicStatuses?: number[];
  /** Requests that end the session run on their own sign-in. */
  endsSession?: boolean;
}

export interface MatrixModule {
  /** Creates the module's records for the world's organisations: "own" = providerA / jobCentre. */
  prepare?: (db: Db, keys: Keys, world: World) => Promise<Fixtures>;
  cases: Record<string, RouteCase>;
}
