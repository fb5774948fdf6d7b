import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/errors.js';
import { render } from '../../src/pipeline/render.js';
import { ChromiumPdfPrinter } from '../../src/print-pdf/printer.js';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';
import { filesUnder, tempDir } from '../helpers/temp-dir.js';
import { killAllWith, processesWith } from './fixture.js';
import { fixtureRound } from './round-fixture.js';
import { skippedHere } from '../helpers/platform-skips.js';

/*
 * The browser failing must end the run with exit 3, leave no Chromium
 * process and no half-written PDF. Each run gets its own TMPDIR, so its
 * Chromium (whose --user-data-dir lies there) can be found with ps.
 */

let dataDir: string;
const tmpDirs: string[] = [];

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/bundle/opfolgning.mjs'))) throw new Error('the CLI is not built: run npm run build first');
  dataDir = join(tempDir('opfolgning-fail-data-'), 'data');
  mkdirSync(join(dataDir, '2019'), { recursive: true });
  writeFileSync(join(dataDir, '2019', 'runde-1.yaml'), fixtureRound());
});

afterAll(() => {
  for (const t of tmpDirs) {
    killAllWith(t);
    rmSync(t, { recursive: true, force: true });
  }
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
});

function isolatedTmp(): string {
  const t = tempDir('opfolgning-fail-tmp-');
  tmpDirs.push(t);
  return t;
}

function expectNothingLeft(tmp: string, out: string): void {
  expect(processesWith(tmp)).toEqual([]);
  expect(readdirSync(tmp).filter((n) => n.startsWith('opfolgning-chromium-'))).toEqual([]);
  // The HTML is written first and whole; no PDF, no temporary file.
  expect(filesUnder(out)).toEqual(['2019/runde-1.html']);
}

describe.skipIf(skippedHere(import.meta.url))('when the browser fails, the run', () => {
  it('ends with exit 3 when a print takes longer than OPFOLGNING_TIMEOUT_MS', async () => {
    const tmp = isolatedTmp();
    const out = join(tmp, 'out');
    const env = { TMPDIR: tmp, OPFOLGNING_TIMEOUT_MS: '1', OPFOLGNING_TIMEOUT_PER_MIB_MS: '0' };
    const r = await runCli(['render', '--round', '1', '--data', dataDir, '--out', out], { env });
    expect(r.stderr).toContain('browseren svarede ikke inden for 0,001 s');
    expect(r.code).toBe(3);
    expectNothingLeft(tmp, out);
  });

  it('ends with exit 3 when the browser does not start within OPFOLGNING_LAUNCH_TIMEOUT_MS', async () => {
    const tmp = isolatedTmp();
    const out = join(tmp, 'out');
    const r = await runCli(['render', '--round', '1', '--data', dataDir, '--out', out], { env: { TMPDIR: tmp, OPFOLGNING_LAUNCH_TIMEOUT_MS: '1' } });
    expect(r.stderr).toMatch(/browseren \(.*\) startede ikke inden for 0,001 s/);
    expect(r.code).toBe(3);
    // A browser that was still starting is killed, not left behind.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expectNothingLeft(tmp, out);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`is stopped by ${signal} (exit ${code}) and takes its browser with it`, async () => {
      const tmp = isolatedTmp();
      const out = join(tmp, 'out');
      const child = spawn(process.execPath, [BIN, 'render', '--round', '1', '--data', dataDir, '--out', out], {
        cwd: REPO,
        env: { ...process.env, TMPDIR: tmp, GITHUB_ACTIONS: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      try {
        let ended: string | null = null;
        const exited = new Promise<number | null>((resolve) =>
          child.on('close', (c, s) => {
            ended = `exit ${c} ${s}`;
            resolve(c);
          }),
        );
        const deadline = Date.now() + 20_000;
        while (processesWith(tmp).filter((p) => p !== child.pid).length === 0 && ended === null && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(processesWith(tmp).length, `${ended} ${stderr}`).toBeGreaterThan(0); // Chromium is running
        child.kill(signal);
        expect(await exited).toBe(code);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(processesWith(tmp)).toEqual([]);
        expect(readdirSync(tmp).filter((n) => n.startsWith('opfolgning-chromium-'))).toEqual([]);
        expect(filesUnder(out).filter((f) => f.endsWith('.pdf') || f.includes('.tmp-'))).toEqual([]);
      } finally {
        child.kill('SIGKILL');
      }
    });
  }

  it('still writes the HTML, then fails with install instructions, when no browser is found', async () => {
    const out = tempDir('opfolgning-nobrowser-');
    let error: unknown;
    let printer: ChromiumPdfPrinter | undefined;
    try {
      await render({
        dataDir,
        round: 1,
        outDir: out,
        formats: ['html', 'pdf'],
        startPrinter: () => (printer = new ChromiumPdfPrinter({ discover: async () => null })),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).exitCode).toBe(3);
    expect((error as Error).message).toContain('apt-get install chromium-headless-shell');
    expect((error as Error).message).toContain('npx puppeteer browsers install chrome-headless-shell');
    expect(filesUnder(out)).toEqual(['2019/runde-1.html']);
    expect(existsSync(printer!.session.userDataDir)).toBe(false);
  });
});
