import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { displayPath } from '../text/display-path.js';
import { nodeFileSystem, type OutputFileSystem } from './file-system.js';
import { LockedFileError } from './locked-files.js';
import { makeDirWithin } from './make-dir.js';
import { removeStaleEntries } from './stale-entries.js';

/** writeFileAtomic with `exclusive` found a file at the final name. */
export class AlreadyExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} findes allerede`);
  }
}

export interface WriteOptions {
  /** The file must not exist yet; one that does is never replaced. */
  exclusive?: boolean;
  fs?: OutputFileSystem;
  /** The --out folder: the folders below it are made one by one, and a symbolic link among them is refused. */
  root?: string;
  /** Waits between the attempts to replace a locked file. */
  retryDelaysMs?: readonly number[];
}

/*
 * The codes of a rename onto a file another program holds open on Windows
 * (Acrobat, Edge, Word; also a virus scanner or the search indexer for a
 * moment after the file was written).
 */
const LOCKED = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * About 1.5 s in all: long enough for a scanner's look at the file we just
 * wrote, short enough that a PDF open in Acrobat (held until it is closed)
 * gets its message at once.
 */
export const RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 800];

/*
 * The codes of link() where the file system has no hard links: FAT and exFAT
 * (a USB stick), SMB shares (a municipality's network drive), some FUSE
 * mounts; EXDEV where a folder is a mount of another volume.
 */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Replaces `path` atomically: the bytes go to a temporary file beside it, are
 * flushed, and only then renamed over the final name. An interrupted run
 * leaves the previous file whole and at most a hidden temporary file, which
 * never carries a final name. Two runs writing the same file each rename a
 * whole file; the last one wins. A final file that cannot be replaced
 * because another program has it open is tried again for a moment, then
 * given up with a LockedFileError (exit 3), the previous file left whole.
 *
 * With `exclusive`, the file must not exist yet: the temporary file is
 * hard-linked to the final name instead of renamed, and link() fails with
 * EEXIST (an AlreadyExistsError) when a file has appeared meanwhile. Where
 * the file system has no link(), the final name is created exclusively
 * (`wx`) instead: still never over an existing file, but written in place,
 * so it is removed again when the write fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  unfinished.add(temp);
  try {
    // Under --out (root): folder by folder, never through a symbolic link.
    if (options.root === undefined) await fs.mkdir(dir);
    else await makeDirWithin(dir, options.root);
    await removeStaleTemps(path);
    await fill(await fs.open(temp, 'w'), data);
    if (options.exclusive) await linkOrCreate(fs, temp, path, data);
    else await renameRetrying(fs, temp, path, options.retryDelaysMs ?? RETRY_DELAYS_MS);
  } catch (e) {
    await fs.rm(temp).catch(() => undefined);
    if (e instanceof LockedFileError) throw e;
    if (codeOf(e) === 'EEXIST' && options.exclusive) throw new AlreadyExistsError(path);
    if (e instanceof EnvironmentError) throw new EnvironmentError(`kan ikke skrive ${displayPath(path)}: ${e.message}`);
    const code = codeOf(e);
    throw new EnvironmentError(`kan ikke skrive ${displayPath(path)}${code === undefined ? '' : ` (${code})`}`);
  } finally {
    unfinished.delete(temp);
  }
}

/** The temporary files of writes in progress in this process. */
const unfinished = new Set<string>();

/**
 * Removes the temporary files of writes still in progress: called at exit,
 * also after Ctrl-C or SIGTERM (src/cli/signals.ts), so an interrupted run
 * leaves nothing behind. Synchronous, as an exit handler must be.
 */
export function removeUnfinishedTemps(): void {
  for (const temp of unfinished) rmSync(temp, { force: true });
  unfinished.clear();
}

async function fill(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function renameRetrying(fs: OutputFileSystem, temp: string, path: string, delays: readonly number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(temp, path);
      return;
    } catch (e) {
      const code = codeOf(e);
      if (code === undefined || !LOCKED.has(code)) throw e;
      if (attempt >= delays.length) throw new LockedFileError(path, code);
      await sleep(delays[attempt]!);
    }
  }
}

async function linkOrCreate(fs: OutputFileSystem, temp: string, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await fs.link(temp, path);
  } catch (e) {
    const code = codeOf(e);
    if (code === undefined || !NO_LINK.has(code)) throw e;
    await fs.rm(temp);
    const handle = await fs.open(path, 'wx'); // EEXIST: a file is there, and stays as it is
    try {
      await fill(handle, data);
    } catch (written) {
      await fs.rm(path).catch(() => undefined); // ours, created just now, and incomplete
      throw written;
    }
    return;
  }
  await fs.rm(temp);
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
