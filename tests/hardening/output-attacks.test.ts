import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../../src/errors.js';
import { HTML_BASE_BYTES, MAX_INITIATIVES, MAX_SMILEY_CODES, maxHtmlBytes, printTimeoutMs } from '../../src/limits.js';
import { assertHtmlSize } from '../../src/render-html/html-limit.js';
import { renderReport } from '../../src/render-html/render-report.js';
import { buildView } from '../../src/view-model/build-view.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { appliedOf, header, initiative, problemsOf } from '../helpers/round-yaml.js';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';
import { tempDir, tempTree } from '../helpers/temp-dir.js';
import { bigRound } from './big-round.js';

/* Issue 13, items 6, 7, 8, 10, 11 and 12: the output side under attack. */

const FILE = 'data/2019/runde-1.yaml';
const valid = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');
const withGuide = (guide: string) => valid.replace('kontakt:', `læsevejledning: "${guide}"\nkontakt:`);
const STACK = /^\s+at |intern fejl/m;

describe('smiley codes that expand (item 6)', () => {
  it(`more than ${MAX_SMILEY_CODES} in læsevejledning is an error at læsevejledning, said by check`, () => {
    expect(problemsOf(withGuide(':glad:'.repeat(MAX_SMILEY_CODES + 1)), FILE)).toEqual([
      `${FILE}:7:17: fejl: læsevejledning har ${MAX_SMILEY_CODES + 1} smiley-koder (:glad:, :neutral:, :sur:); højst ${MAX_SMILEY_CODES}. ` +
        'Skriv smileyerne én gang hver, og forklar dem med tekst',
    ]);
    expect(problemsOf(withGuide(':glad:'.repeat(MAX_SMILEY_CODES)), FILE)).toEqual([]);
  });

  it('4.2 MB of :glad: is refused by check and by render, exit 1, nothing written', async () => {
    const cwd = tempTree({ [FILE]: withGuide(':glad:'.repeat(700_000)) });
    const checked = await runCli(['check', '--round', '1'], { cwd });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('fejl: læsevejledning har 700000 smiley-koder');
    const rendered = await runCli(['render', '--round', '1', '--out', 'out'], { cwd });
    expect(rendered.code).toBe(1);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('the HTML of a report is limited relative to its file, in Danish, exit 1', () => {
    const round = appliedOf(valid, FILE);
    const limit = maxHtmlBytes(1000, 1, 1);
    expect(limit).toBe(HTML_BASE_BYTES + 8 * 1000 + 6 * 1024 + 1024);
    expect(() => assertHtmlSize(FILE, 1000, round, 'x'.repeat(limit))).not.toThrow();
    expect(() => assertHtmlSize(FILE, 1000, round, 'x'.repeat(limit + 1))).toThrow(InvalidDataError);
    expect(() => assertHtmlSize(FILE, 1000, round, 'x'.repeat(3 * 1024 * 1024))).toThrow(
      `${FILE}: rapporten ville fylde 3,0 MiB HTML, men højst 1,0 MiB er tilladt for en fil på 0,0 MiB med 1 indsatser; skriv kortere tekster`,
    );
  });

  it('a valid file never reaches it: 3,000 initiatives written one line each (4 KB of HTML each)', () => {
    let text = header(2);
    for (let i = 0; i < 3000; i++) {
      text += `      - {id: "${i}", titel: a, type: Drift, beskrivelse: a, ansvar: {center: a, udvalg: u${i % 50}}, milepæle: {1: {tekst: a, smiley: glad}, 2: {tekst: a, smiley: sur, status: x}, 3: {tekst: a}, 4: {tekst: a}}, økonomi: {tekst: a, smiley: sur}}\n`;
    }
    const round = appliedOf(text, 'data/2019/runde-2.yaml');
    const html = renderReport(buildView(round, { committee: null }));
    expect(html.length).toBeGreaterThan(16 * text.length); // far beyond 8 times the file…
    expect(() => assertHtmlSize(FILE, text.length, round, html)).not.toThrow(); // …and within the limit
  });

  it(`more than ${MAX_INITIATIVES} initiatives is an error at the first one too many, said by check`, () => {
    let text = header(1);
    for (let i = 0; i <= MAX_INITIATIVES; i++) text += `      - {id: "${i}", titel: a, type: Drift, beskrivelse: a, ansvar: {center: a, udvalg: u}, økonomi: {tekst: a}}\n`;
    expect(problemsOf(text, FILE)).toEqual([
      `${FILE}:${14 + MAX_INITIATIVES}:9: fejl: filen har ${MAX_INITIATIVES + 1} indsatser, men højst ${MAX_INITIATIVES} kan komme med i en rapport; ` +
        'slet indsatserne fra denne linje, eller del aftalen i flere filer',
    ]);
  });
});

describe('where reports are written (items 7 and 8)', () => {
  it.skipIf(skippedHere(import.meta.url, 'symbolic link'))('a symbolic link inside --out is refused, and nothing is written through it', async () => {
    const cwd = tempTree({ [FILE]: valid });
    const elsewhere = tempDir();
    mkdirSync(join(cwd, 'out'));
    symlinkSync(elsewhere, join(cwd, 'out', '2019'));
    const r = await runCli(['render', '--round', '1', '--format', 'html', '--out', 'out'], { cwd });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('fejl: kan ikke skrive out/2019/runde-1.html: out/2019 er et symbolsk link; rapporter skrives aldrig gennem et link inde i --out');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.skipIf(skippedHere(import.meta.url, 'symbolic link as --out'))('--out itself may be a symbolic link: the user named it', async () => {
    const cwd = tempTree({ [FILE]: valid });
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(cwd, 'out'));
    const r = await runCli(['render', '--round', '1', '--format', 'html', '--out', 'out'], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(elsewhere, '2019'))).toEqual(['runde-1.html']);
  });

  it.skipIf(skippedHere(import.meta.url, '/proc'))('--out /proc/nope ends with a message (recursive mkdir spun forever on procfs)', async () => {
    const cwd = tempTree({ [FILE]: valid });
    const r = await runCli(['render', '--round', '1', '--format', 'html', '--out', '/proc/nope'], { cwd, timeoutMs: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^fejl: kan ikke skrive \/proc\/nope\/2019\/runde-1\.html: kan ikke oprette mappen \/proc\/nope\S* \(E[A-Z]+\)$/m);
  });
});

describe.skipIf(skippedHere(import.meta.url, 'deleted working directory'))('a working directory that was deleted (item 10)', () => {
  it('is exit 2 with a Danish message, not an internal error', () => {
    const gone = join(tempDir(), 'gone');
    mkdirSync(gone);
    const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3" check', 'sh', gone, process.execPath, BIN], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fejl: den mappe, du står i, findes ikke længere (slettet eller flyttet); skift til en mappe, der findes (cd), og kør igen\n');
  });
});

describe.skipIf(skippedHere(import.meta.url, 'signals'))('SIGINT and SIGTERM during a write (item 11)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s removes the temporary file before exit', async (signal) => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'tests/hardening/write-until-killed.ts'), join(dir, 'big.pdf')], {
      cwd: REPO,
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the temporary file to appear, then interrupt the write.
    while (!readdirSync(dir).some((n) => n.includes('.tmp-'))) {
      if (child.exitCode !== null) throw new Error('the writer ended before its temporary file appeared');
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill(signal);
    expect(await exited).toBe(signal === 'SIGTERM' ? 143 : 130);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the print timeout grows with the document (item 12)', () => {
  it('is the base plus 90 s per MiB of HTML', () => {
    expect(printTimeoutMs(60_000, 0)).toBe(60_000);
    expect(printTimeoutMs(60_000, 10 * 1024 * 1024)).toBe(960_000);
  });

  it('a report that takes longer to print than the base timeout is still printed', async () => {
    const cwd = tempTree({ [FILE]: bigRound(1, 300) });
    // 300 initiatives print in several seconds; before, a fixed 1.5 s timeout stopped them (exit 3).
    const r = await runCli(['render', '--round', '1', '--format', 'pdf', '--out', 'out'], {
      cwd,
      env: { OPFOLGNING_TIMEOUT_MS: '1500' },
      timeoutMs: 180_000,
    });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'out', '2019', 'runde-1.pdf'))).toBe(true);
  }, 180_000);
});
