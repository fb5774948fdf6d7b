import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STALE_AFTER_MS as STALE_PROFILE_MS } from '../../src/output/stale-entries.js';
import { makeProfileDir, removeStaleProfiles } from '../../src/print-pdf/profile-dir.js';
import { tempDir } from '../helpers/temp-dir.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

describe('browser profile folders', () => {
  it('are named with the pid of the run', () => {
    const parent = tempDir();
    roots.push(parent);
    const dir = makeProfileDir(parent);
    expect(basename(dir)).toMatch(new RegExp(`^opfolgning-chromium-${process.pid}-[A-Za-z0-9]{6}$`));
  });

  it('left by a killed run are removed once old; a live or recent run\'s, and anything else, are kept', async () => {
    const parent = tempDir();
    roots.push(parent);
    const now = Date.now();
    const old = new Date(now - STALE_PROFILE_MS - 60_000);
    const dead = deadPid();
    const make = (name: string, aged: boolean) => {
      const full = join(parent, name);
      mkdirSync(join(full, 'Default'), { recursive: true });
      if (aged) utimesSync(full, old, old);
      return full;
    };
    const stale = make(`opfolgning-chromium-${dead}-abc123`, true);
    make(`opfolgning-chromium-${dead}-def456`, false); // recent: maybe still starting
    make(`opfolgning-chromium-${process.ppid}-ghi789`, true); // its process runs
    make(`opfolgning-chromium-${process.pid}-jkl012`, true); // this run's own
    make('opfolgning-chromium-abc123', true); // not our pattern (older naming)
    make(`other-${dead}-abc123`, true);

    const removed = await removeStaleProfiles(parent, now);
    expect(removed).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(parent).sort()).toEqual(
      [
        `opfolgning-chromium-${dead}-def456`,
        `opfolgning-chromium-${process.ppid}-ghi789`,
        `opfolgning-chromium-${process.pid}-jkl012`,
        'opfolgning-chromium-abc123',
        `other-${dead}-abc123`,
      ].sort(),
    );
  });

  it('never throws, also when the folder is missing', async () => {
    const parent = tempDir();
    roots.push(parent);
    await expect(removeStaleProfiles(join(parent, 'missing'))).resolves.toEqual([]);
  });
});
