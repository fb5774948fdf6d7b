import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Whether a process with this pid runs (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Older than this, and its process gone: an entry left by a killed run. */
export const STALE_AFTER_MS = 5 * 60 * 1000;

export interface StaleEntries {
  dir: string;
  /** The pid of the run that made the entry, when the name is one of ours; else null. */
  pidOf: (name: string) => number | null;
  kind: 'file' | 'directory';
  /** Default STALE_AFTER_MS. */
  olderThanMs?: number;
  now?: number;
}

/**
 * Removes what runs killed before they could clean up (SIGKILL, the OOM
 * killer, a power cut) left in `dir`: only entries named as ours, only old
 * ones, only when their process no longer runs, so a concurrent run's work
 * in progress is never touched. Best effort: never throws; returns what went.
 */
export async function removeStaleEntries(spec: StaleEntries): Promise<string[]> {
  const now = spec.now ?? Date.now();
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(spec.dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = spec.pidOf(name);
    if (pid === null) continue;
    const full = join(spec.dir, name);
    try {
      const s = await stat(full);
      if ((spec.kind === 'file' ? !s.isFile() : !s.isDirectory()) || now - s.mtimeMs < (spec.olderThanMs ?? STALE_AFTER_MS)) continue;
      if (pid === process.pid || processAlive(pid)) continue;
      await rm(full, { recursive: spec.kind === 'directory', force: true });
      removed.push(full);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}
