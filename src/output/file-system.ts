import * as fsp from 'node:fs/promises';
import { makeDirWithin } from './make-dir.js';

/**
 * The file-system calls the output makes, in one object, so a test can put
 * the failing call of another system exactly where it happens: a rename onto
 * a file Windows keeps locked (EPERM/EBUSY while Acrobat has it open), a
 * link() on FAT, exFAT or an SMB share (EPERM/ENOTSUP). Everything else in
 * the output goes through the real calls.
 */
export interface OutputFileSystem {
  mkdir(path: string): Promise<void>;
  open(path: string, flags: 'w' | 'wx'): Promise<fsp.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  rm(path: string): Promise<void>;
}

/** The real calls; the default of every write. A plain object, so a test may wrap one method. */
export const nodeFileSystem: OutputFileSystem = {
  // Level by level: a recursive mkdir never returns on procfs (--out /proc/nope).
  mkdir: (path) => makeDirWithin(path),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  rm: (path) => fsp.rm(path, { force: true }),
};
