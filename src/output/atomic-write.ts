import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { removeStaleEntries } from './stale-entries.js';

/** writeFileAtomic with `exclusive` found a file at the final name. */
export class AlreadyExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} findes allerede`);
  }
}

/**
 * Replaces `path` atomically: the bytes go to a temporary file beside it, are
 * flushed, and only then renamed over the final name. An interrupted run
 * leaves the previous file whole and at most a hidden temporary file, which
 * never carries a final name. Two runs writing the same file each rename a
 * whole file; the last one wins.
 *
 * With `exclusive`, the file must not exist yet: the temporary file is
 * hard-linked to the final name instead of renamed, and link() fails with
 * EEXIST (an AlreadyExistsError) when a file has appeared meanwhile.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): Promise<void> {
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
    if (options.exclusive) {
      await link(temp, path);
      await rm(temp, { force: true });
    } else {
      await rename(temp, path);
    }
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && options.exclusive) throw new AlreadyExistsError(path);
    const reason = e instanceof Error && 'code' in e ? ` (${String((e as NodeJS.ErrnoException).code)})` : '';
    throw new EnvironmentError(`kan ikke skrive ${path}${reason}`);
  }
}

/**
 * Removes the hidden temporary files of `path` that a killed run (SIGKILL,
 * power cut) left behind: only ours (`.<name>.tmp-<pid>-<hex>`), only when
 * older than STALE_AFTER_MS and their process no longer runs, so a concurrent
 * run's file in progress is never touched. Best effort: failures are ignored.
 */
export function removeStaleTemps(path: string, now = Date.now()): Promise<string[]> {
  const prefix = `.${basename(path)}.tmp-`;
  return removeStaleEntries({
    dir: dirname(path),
    pidOf: (name) => {
      const m = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length)) : null;
      return m ? Number(m[1]) : null;
    },
    kind: 'file',
    now,
  });
}
