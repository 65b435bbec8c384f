// Imports whose process has gone: a process killed with -9 (or a machine that stopped) never records its
// batch's end, so the batch would say 'running' for ever. Each batch names its process — host, pid and
// start time — and the running import stamps a heartbeat every few seconds outside its transaction. A
// running batch is interrupted when
//   - it is this process's (same host, pid and start) and no import of this process runs it;
//   - it is another process's on this host, and that pid no longer lives, or is now this process's
//     (a reused pid: a container's server is pid 1 at every start);
//   - on any host, its heartbeat is older than STALE_SECONDS (by the database's clock).
// The pid answers at once on one machine; only the heartbeat works across the machines of a shared
// PostgreSQL, where a pid says nothing. On the embedded database the data folder's lock keeps every
// other process out, and its one connection is the import's while it runs, so the heartbeat waits and
// this process's own imports are judged by what it runs, never by their heartbeat.
import { THIS_PROCESS, isProcessAlive } from '../../../platform/db/data-dir-lock.ts';
import type { Db } from '../../../platform/db/client.ts';
import * as repo from '../import.repository.ts';

/** How often a running import stamps its heartbeat. */
export const HEARTBEAT_MS = 5_000;
/** A heartbeat older than this (12 missed) means the import's process has gone. */
export const STALE_SECONDS = 60;

export const OWNER: repo.BatchOwner = {
  host: THIS_PROCESS.host,
  pid: THIS_PROCESS.pid,
  startedAt: THIS_PROCESS.startedAt,
};

function hasGone(batch: repo.RunningBatch, isRunningHere: (id: string) => boolean): boolean {
  const onThisHost = batch.ownerHost === OWNER.host;
  if (onThisHost && batch.ownerPid === OWNER.pid) {
    const thisProcess = batch.ownerStartedAt?.getTime() === Date.parse(OWNER.startedAt);
    return thisProcess ? !isRunningHere(batch.id) : true;
  }
  if (onThisHost && batch.ownerPid !== null && !isProcessAlive(batch.ownerPid)) return true;
  return batch.stale;
}

/** Marks the running batches whose process has gone as failed ("interrupted"); returns their ids. */
export async function failInterruptedBatches(
  db: Db,
  isRunningHere: (id: string) => boolean,
): Promise<string[]> {
  const running = await repo.listRunningBatches(db, STALE_SECONDS);
  const gone = running.filter((batch) => hasGone(batch, isRunningHere)).map((batch) => batch.id);
  return repo.failRunningBatches(db, gone, { line: 0, message: 'import.interrupted' });
}

/**
 * Stamps the batch's heartbeat every HEARTBEAT_MS until stopped; never more than one stamp waits (on the
 * embedded database it waits for the import's transaction). A failed stamp is left to the next one.
 */
export function startHeartbeat(db: Db, batchId: string): () => void {
  let pending = false;
  const timer = setInterval(() => {
    if (pending) return;
    pending = true;
    repo
      .beatBatch(db, batchId)
      .catch(() => undefined)
      .finally(() => (pending = false));
  }, HEARTBEAT_MS);
  // The heartbeat alone keeps no process running.
  timer.unref();
  return () => clearInterval(timer);
}
