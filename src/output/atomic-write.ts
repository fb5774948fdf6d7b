import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.js';

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
