import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from '../../src/output/atomic-write.js';
import { STALE_AFTER_MS as STALE_TEMP_MS } from '../../src/output/stale-entries.js';
import { tempDir } from '../helpers/temp-dir.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
}

describe('writeFileAtomic and stale temporary files', () => {
  it('writes the whole file under the final name and leaves no temporary file', async () => {
    const dir = tempDir();
    roots.push(dir);
    const path = join(dir, '2019', 'runde-1.html');
    await writeFileAtomic(path, 'før');
    await writeFileAtomic(path, '<html></html>');
    expect(readFileSync(path, 'utf8')).toBe('<html></html>');
    expect(readdirSync(join(dir, '2019'))).toEqual(['runde-1.html']);
  });

  it('removes a killed run\'s old temporary file at the next write, never a fresh one or a live run\'s', async () => {
    const dir = tempDir();
    roots.push(dir);
    const path = join(dir, 'runde-1.pdf');
    const old = Date.now() / 1000 - (STALE_TEMP_MS / 1000 + 60);
    const staleDead = join(dir, `.runde-1.pdf.tmp-${deadPid()}-0123abcd`);
    const freshDead = join(dir, `.runde-1.pdf.tmp-${deadPid()}-89abcdef`);
    const oldLive = join(dir, `.runde-1.pdf.tmp-${process.ppid}-00000000`);
    const otherFile = join(dir, '.runde-2.pdf.tmp-1-00000000');
    const userFile = join(dir, '.runde-1.pdf.tmp-noter');
    for (const f of [staleDead, freshDead, oldLive, otherFile, userFile]) writeFileSync(f, 'x');
    for (const f of [staleDead, oldLive, otherFile, userFile]) utimesSync(f, old, old);

    await writeFileAtomic(path, '%PDF-1.7\n%%EOF\n');
    expect(existsSync(staleDead)).toBe(false);
    for (const f of [freshDead, oldLive, otherFile, userFile]) expect(existsSync(f)).toBe(true);
    expect(await removeStaleTemps(path, Date.now() + STALE_TEMP_MS + 1000)).toEqual([freshDead]);
  });
});
