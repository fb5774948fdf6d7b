import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { bigRound } from './big-round.js';
import { chromiumUnder, killAll, waitFor } from '../helpers/processes.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';

/*
 * Interrupted runs (issue 6). Each run gets its own TMPDIR, so the Chromium it
 * starts is found by its --user-data-dir under that folder. A SIGKILLed run
 * must leave the previous PDF whole and nothing partial under a final name (a
 * hidden .runde-N.pdf.tmp-* file is allowed: it is removed by a later run once
 * stale). A SIGKILL cannot be handled, but Chromium reads its DevTools pipe
 * from the killed process: it sees the pipe close and exits by itself, which
 * the test waits for. A SIGINT must close the browser and exit 130.
 */

const roots: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const r of roots) {
    killAll(chromiumUnder(join(r, 'tmp')));
    rmSync(r, { recursive: true, force: true });
  }
});

// Large enough that the print is still running 1.5 s after Chromium starts, also on a quiet machine
// with the faster print-ready page (70 finished first there).
const INITIATIVES = 220;

function setup(): { root: string; work: string; tmp: string; env: NodeJS.ProcessEnv } {
  const root = tempDir('opfolgning-interrupt-');
  roots.push(root);
  const work = join(root, 'work');
  const tmp = join(root, 'tmp');
  mkdirSync(join(work, 'data', '2019'), { recursive: true });
  mkdirSync(tmp);
  writeFileSync(join(work, 'data', '2019', 'runde-1.yaml'), bigRound(1, INITIATIVES));
  return { root, work, tmp, env: { TMPDIR: tmp } };
}

function start(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', () => undefined);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stderr: () => stderr };
}

const RENDER = ['render', '--round', '1', '--format', 'pdf', '--out', 'out'];

describe.skipIf(skippedHere(import.meta.url))('interrupted runs', () => {
  it('SIGKILL while the PDF prints leaves the previous PDF intact and nothing partial under a final name', async () => {
    const { work, tmp, env } = setup();
    const first = await runCli(RENDER, { cwd: work, env, timeoutMs: 120_000 });
    expect(first.stderr).not.toMatch(/fejl/);
    expect(first.code).toBe(0);
    const pdfPath = join(work, 'out', '2019', 'runde-1.pdf');
    const previous = readFileSync(pdfPath);
    expect(chromiumUnder(tmp)).toEqual([]);

    // Change the data, so a finished second run would write different bytes.
    writeFileSync(join(work, 'data', '2019', 'runde-1.yaml'), bigRound(1, INITIATIVES, ' (ændret)'));
    const run = start(RENDER, work, env);
    const outDir = join(work, 'out', '2019');
    const tempAppeared = () => readdirSync(outDir).some((n) => n.startsWith('.runde-1.pdf.tmp-'));
    // Wait for this run's Chromium, then give it time to be printing (or for a temp file), then kill.
    expect(await waitFor(() => chromiumUnder(tmp).length > 0 || tempAppeared(), 60_000)).toBe(true);
    await waitFor(tempAppeared, 1500, 10);
    const orphansBefore = chromiumUnder(tmp);
    run.child.kill('SIGKILL');
    const { signal } = await run.exited;
    expect(signal).toBe('SIGKILL');

    try {
      // The previous PDF, byte for byte; only hidden temp files beside it.
      expect(readFileSync(pdfPath).equals(previous)).toBe(true);
      qpdfCheck(pdfPath);
      const names = readdirSync(outDir).sort();
      expect(names.filter((n) => !n.startsWith('.'))).toEqual(['runde-1.pdf']);
      for (const n of names.filter((n) => n.startsWith('.'))) expect(n).toMatch(/^\.runde-1\.pdf\.tmp-\d+-[0-9a-f]{8}$/);
    } finally {
      // The killed process cannot close its browser, but its end closes the
      // DevTools pipe, and Chromium exits when it does: wait for that, and
      // only then clean up whatever is left (which fails the test).
      const goneByItself = await waitFor(() => chromiumUnder(tmp).length === 0, 15_000);
      const orphans = chromiumUnder(tmp);
      killAll(orphans);
      expect(orphansBefore.length).toBeGreaterThan(0);
      expect({ goneByItself, orphans }).toEqual({ goneByItself: true, orphans: [] });
    }

    // The next run finishes and replaces the PDF whole.
    const again = await runCli(RENDER, { cwd: work, env, timeoutMs: 120_000 });
    expect(again.code).toBe(0);
    const after = readFileSync(pdfPath);
    expect(after.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(after.subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(chromiumUnder(tmp)).toEqual([]);
  }, 240_000);

  it('SIGINT during a render closes the browser and exits 130', async () => {
    const { work, tmp, env } = setup();
    const run = start(RENDER, work, env);
    expect(await waitFor(() => chromiumUnder(tmp).length > 0, 60_000)).toBe(true);
    // Let it get into printing.
    await new Promise((r) => setTimeout(r, 1000));
    run.child.kill('SIGINT');
    const { code, signal } = await run.exited;
    const left = chromiumUnder(tmp);
    killAll(left);
    expect({ code, signal }).toEqual({ code: 130, signal: null });
    expect(left).toEqual([]);
    expect(run.stderr()).not.toMatch(/^ {4}at /m);
    // No PDF under a final name from the interrupted run, and its profile folder is gone.
    const outDir = join(work, 'out', '2019');
    if (existsSync(outDir)) expect(readdirSync(outDir).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect(readdirSync(tmp).filter((n) => n.startsWith('opfolgning-chromium-'))).toEqual([]);
  }, 120_000);
});
