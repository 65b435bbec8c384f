// One process at a time on an embedded database: PGlite is PostgreSQL in this process, with no server
// between processes, so two processes opening the same folder (a CLI import while the server runs)
// would each write its files as if alone. The first to open the folder writes `indsats.lock` there with
// its host, pid and start time; the next one is refused while that process lives, and takes a lock of a
// process that has gone (killed with -9, the machine restarted) over. The lock goes with close() or the
// process's exit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'indsats.lock';

/** A process: its machine, its pid and when it started. */
export interface LockOwner {
  host: string;
  pid: number;
  /** When the process started (ISO), for people reading the lock. */
  startedAt: string;
  /** Linux's start time of the process (/proc), to tell a reused pid from the process that wrote it. */
  startTicks?: string;
}

/** Locks held by this process, by lock file: opening one of them again is refused too. */
const held = new Set<string>();

/** Start time of a process in clock ticks since boot (Linux /proc), or undefined where unknown. */
function procStartTicks(pid: number | 'self'): string | undefined {
  try {
    // Field 22 of /proc/PID/stat, counted after the command name's closing parenthesis.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const OWN_TICKS = procStartTicks('self');

/** This process; the same value for as long as it runs. */
export const THIS_PROCESS: Readonly<LockOwner> = {
  host: os.hostname(),
  pid: process.pid,
  startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
  ...(OWN_TICKS !== undefined ? { startTicks: OWN_TICKS } : {}),
};

/** Whether a process of this machine with that pid runs (a process of another user's counts too). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock's owner still holds it; a lock of another machine is taken to be held. */
function isHeld(file: string, owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  // This pid: held if this process holds it, else left by an earlier process with the same pid
  // (a container's server is pid 1 at every start).
  if (owner.pid === process.pid) return held.has(file);
  if (!isProcessAlive(owner.pid)) return false;
  // The pid lives: the same process only if it started when the lock says (where that can be told).
  const ticks = procStartTicks(owner.pid);
  return owner.startTicks === undefined || ticks === undefined || ticks === owner.startTicks;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** How a data folder is named in messages: relative to the working folder when inside it. */
function shown(dataDir: string): string {
  const relative = path.relative(process.cwd(), dataDir);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? dataDir : `./${relative}`;
}

/** The folder is used by another indsats process. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const where = shown(dataDir);
    const elsewhere = owner.host === os.hostname() ? '' : ` på ${owner.host}`;
    const elsewhereEn = owner.host === os.hostname() ? '' : ` on ${owner.host}`;
    super(
      `Databasen i ${where} bruges allerede af en anden indsats-proces (pid ${owner.pid}${elsewhere}). ` +
        'Stop den først, eller brug DATABASE_URL.\n' +
        `The database in ${where} is already in use by another indsats process (pid ${owner.pid}${elsewhereEn}). ` +
        'Stop it first, or use DATABASE_URL.',
    );
    this.name = 'DataDirBusyError';
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * Locks `dataDir` for this process, or throws DataDirBusyError. The lock file appears whole or not at
 * all (written aside, then linked into place, which fails if one is there), so a reader never sees it
 * half written; a lock that cannot be read is taken over like a stale one.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  const owner = THIS_PROCESS;
  const draft = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(draft, `${JSON.stringify(owner)}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readOwner(file);
      if (holder && isHeld(file, holder)) throw new DataDirBusyError(dataDir, holder);
      // Taken over again and again: another process is starting on the folder right now.
      if (attempt >= 3) throw new Error(`Cannot lock ${file}: another process keeps taking it.`);
      fs.rmSync(file, { force: true });
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }
  held.add(file);
  const release = () => {
    if (!held.delete(file)) return;
    // Only our own lock: never one another process has taken over meanwhile.
    const current = readOwner(file);
    if (current?.pid === owner.pid && current.startedAt === owner.startedAt) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);
  return {
    release() {
      release();
      process.off('exit', release);
    },
  };
}
