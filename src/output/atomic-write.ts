import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { processAlive } from './process-alive.js';

/**
 * Replaces `path` atomically: the bytes go to a temporary file beside it, are
 * flushed, and only then renamed over the final name. An interrupted run
 * leaves the previous file whole and at most a hidden temporary file, which
 * never carries a final name. Two runs writing the same file each rename a
 * whole file; the last one wins.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(dir, { recursive: true });
    await removeStaleTemps(path);
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    const reason = e instanceof Error && 'code' in e ? ` (${String((e as NodeJS.ErrnoException).code)})` : '';
    throw new EnvironmentError(`kan ikke skrive ${path}${reason}`);
  }
}

/** A temporary file this old, whose process is gone, was left by a killed run. */
export const STALE_TEMP_MS = 5 * 60 * 1000;

/**
 * Removes the hidden temporary files of `path` that a killed run (SIGKILL,
 * power cut) left behind: only ours (`.<name>.tmp-<pid>-<hex>`), only when
 * older than STALE_TEMP_MS and their process no longer runs, so a concurrent
 * run's file in progress is never touched. Best effort: failures are ignored.
 */
export async function removeStaleTemps(path: string, now = Date.now()): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.tmp-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    const full = join(dir, name);
    try {
      const s = await stat(full);
      if (!s.isFile() || now - s.mtimeMs < STALE_TEMP_MS) continue;
      if (pid !== process.pid && processAlive(pid)) continue;
      await rm(full, { force: true });
      removed.push(full);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}
