import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleEntries } from '../output/stale-entries.js';

const PREFIX = 'opfolgning-chromium-';

/** A fresh browser profile folder, named with our pid so a later run can tell a killed run's from a live one's. */
export function makeProfileDir(parent: string = tmpdir()): string {
  return mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
}

/** Removes a profile folder at once (for signal and exit handlers); best effort. */
export function removeProfileNow(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    /* best effort: a later run removes it once stale */
  }
}

/** Removes the profile folders of runs killed before they could clean up (see removeStaleEntries). */
export function removeStaleProfiles(parent: string = tmpdir(), now = Date.now()): Promise<string[]> {
  return removeStaleEntries({
    dir: parent,
    pidOf: (name) => {
      const m = /^opfolgning-chromium-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
      return m ? Number(m[1]) : null;
    },
    kind: 'directory',
    now,
  });
}
