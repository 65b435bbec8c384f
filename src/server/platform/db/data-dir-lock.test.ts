// The embedded database's folder lock: one process at a time, a lock of a process that has gone taken
// over (issue 10, defect 9).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataDirBusyError,
  LOCK_FILE,
  lockDataDir,
  type DataDirLock,
  type LockOwner,
} from './data-dir-lock.ts';

const folders: string[] = [];
const locks: DataDirLock[] = [];

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-lock-'));
  folders.push(dir);
  return dir;
}

function lock(dir: string): DataDirLock {
  const taken = lockDataDir(dir);
  locks.push(taken);
  return taken;
}

function writeLock(dir: string, owner: Partial<LockOwner>): void {
  const full = { host: os.hostname(), pid: 1, startedAt: new Date().toISOString(), ...owner };
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(full));
}

function lockOwner(dir: string): LockOwner {
  return JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockOwner;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

afterEach(() => {
  for (const taken of locks.splice(0)) taken.release();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('refuses a folder this process holds, naming the pid in Danish and English, until released', () => {
    const dir = folder();
    const first = lock(dir);
    expect(lockOwner(dir)).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dir)).toThrow(
      `bruges allerede af en anden indsats-proces (pid ${process.pid}). Stop den først, eller brug DATABASE_URL.`,
    );
    expect(() => lockDataDir(dir)).toThrow(`already in use by another indsats process (pid ${process.pid})`);
    first.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    lock(dir);
  });

  it('names the folder relative to the working folder when it lies inside it', () => {
    const dir = fs.mkdtempSync(path.join(process.cwd(), '.lock-test-'));
    folders.push(dir);
    lock(dir);
    expect(() => lockDataDir(dir)).toThrow(`Databasen i ./${path.basename(dir)} bruges allerede`);
  });

  it('refuses a folder a living process holds', () => {
    const dir = folder();
    writeLock(dir, { pid: process.ppid });
    expect(() => lockDataDir(dir)).toThrow(`(pid ${process.ppid})`);
    expect(lockOwner(dir).pid).toBe(process.ppid);
  });

  it('refuses a folder held on another machine, naming it', () => {
    const dir = folder();
    writeLock(dir, { host: 'en-anden-server', pid: 4242 });
    expect(() => lockDataDir(dir)).toThrow('(pid 4242 på en-anden-server)');
  });

  it('takes over the lock of a process that has gone, or whose pid another process now has', () => {
    const dead = folder();
    writeLock(dead, { pid: deadPid() });
    lock(dead);
    expect(lockOwner(dead).pid).toBe(process.pid);
    if (fs.existsSync('/proc/self/stat')) {
      const reused = folder();
      writeLock(reused, { pid: process.ppid, startTicks: '1' });
      lock(reused);
      expect(lockOwner(reused).pid).toBe(process.pid);
    }
    const unreadable = folder();
    fs.writeFileSync(path.join(unreadable, LOCK_FILE), '');
    lock(unreadable);
    expect(lockOwner(unreadable).pid).toBe(process.pid);
  });

  it('takes over a lock this pid left in an earlier life (a container starts as pid 1 every time)', () => {
    const dir = folder();
    writeLock(dir, { pid: process.pid, startedAt: '2020-01-01T00:00:00.000Z' });
    lock(dir);
    expect(lockOwner(dir).startedAt).not.toBe('2020-01-01T00:00:00.000Z');
  });

  it('leaves a lock another process has taken over in place when released', () => {
    const dir = folder();
    const taken = lock(dir);
    writeLock(dir, { pid: process.ppid });
    taken.release();
    expect(lockOwner(dir).pid).toBe(process.ppid);
  });
});
