import { mkdtempSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from '../output/process-alive.js';

const PREFIX = 'opfolgning-chromium-';

/** A fresh browser profile folder, named with our pid so a later run can tell a killed run's from a live one's. */
export function makeProfileDir(parent: string = tmpdir()): string {
  return mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
}

/** Older than this, and its process gone: left by a run killed with SIGKILL. */
export const STALE_PROFILE_MS = 5 * 60 * 1000;

/**
 * Removes the profile folders of runs that were killed before they could
 * clean up (SIGKILL, the OOM killer). Only ours, only old ones, only when their
 * process no longer runs, so a concurrent run's browser is never touched.
 * Best effort: never throws.
 */
export async function removeStaleProfiles(parent: string = tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = /^opfolgning-chromium-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const full = join(parent, name);
    try {
      const s = await stat(full);
      if (!s.isDirectory() || now - s.mtimeMs < STALE_PROFILE_MS) continue;
      if (pid === process.pid || processAlive(pid)) continue;
      await rm(full, { recursive: true, force: true });
      removed.push(full);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}
