import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourFor } from '../../src/cli/terminal.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { BIN, REPO, runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Issue 12: a reader that closes the pipe early, colour switches, --strict's
 * reason, "mente du" for commands and options, help with examples, and a
 * mistyped OPFOLGNING_BROWSER.
 */

/** Runs the CLI with its stdout pipe already closed by the reader, as `| head -0` would. */
function runWithClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, GITHUB_ACTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const valid = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');
const warningOnly = header(1) + initiative('1.1', '          1:\n            smiley: glad\n');

describe('a closed pipe on stdout', () => {
  it('diff 2 3 | head ends quietly with exit 0 (text and Markdown)', async () => {
    for (const extra of [[], ['--format', 'md']]) {
      const r = await runWithClosedStdout(['diff', '1', '2', '--year', '2019', ...extra], REPO);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('new-round | head still writes the file and exits 0', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': valid });
    const r = await runWithClosedStdout(['new-round', '--round', '2', '--dato', '2019-08-01'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'data/2019/runde-2.yaml'))).toBe(true);
  });
});

describe('colour', () => {
  const tty = { isTTY: true, hasColors: () => true } as unknown as NodeJS.WriteStream;
  it('on a terminal by default; never with FORCE_COLOR=0, NO_COLOR or when piped', () => {
    expect(colourFor(tty, {}).level).toBeGreaterThan(0);
    expect(colourFor(tty, { FORCE_COLOR: '0' }).level).toBe(0);
    expect(colourFor(tty, { NO_COLOR: '' }).level).toBe(0);
    expect(colourFor({ isTTY: false } as unknown as NodeJS.WriteStream, { FORCE_COLOR: '3' }).level).toBe(0);
  });
});

describe('--strict failing on warnings says so', () => {
  it('check and render name --strict, not invalid data', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': warningOnly });
    const check = await runCli(['check', '--round', '1', '--strict'], { cwd });
    expect(check.code).toBe(1);
    expect(check.stderr.trim().split('\n').slice(-1)[0]).toBe('Kørslen fejler, fordi --strict gør advarsler til fejl.');
    const render = await runCli(['render', '--round', '1', '--strict', '--format', 'html'], { cwd });
    expect(render.code).toBe(1);
    expect(render.stderr).toContain('Der er ikke lavet nogen rapport, fordi der er advarsler, og --strict gør advarsler til fejl.');
    expect(render.stderr).not.toContain('ugyldige');
  });
});

describe('the command line', () => {
  it.each([
    [['rendr', '--round', '1'], 'fejl: ukendt kommando rendr; mente du render?'],
    [['render', '--rund', '1'], 'fejl: ukendt tilvalg --rund; mente du --round?'],
    [['check', '--strikt'], 'fejl: ukendt tilvalg --strikt; mente du --strict?'],
  ])('a near miss is suggested: %j', async (args, message) => {
    const r = await runCli(args, { cwd: tempTree({ 'data/2019/runde-1.yaml': valid }) });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it.each([[[]], [['render']], [['check']], [['diff']], [['new-round']], [['watch']]])('help has examples: %j', async (command) => {
    const r = await runCli([...command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nEksempler:\n {2}opfolgning \S+/);
  });
});

describe('OPFOLGNING_BROWSER naming no file', () => {
  it('is an error saying so (exit 3), after the HTML is written', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': valid });
    const r = await runCli(['render', '--round', '1'], { cwd, env: { OPFOLGNING_BROWSER: '/nonexistent' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('fejl: OPFOLGNING_BROWSER=/nonexistent, men der er ingen fil der (HTML-filerne er skrevet)');
    expect(existsSync(join(cwd, 'out/2019/runde-1.html'))).toBe(true);
    expect(existsSync(join(cwd, 'out/2019/runde-1.pdf'))).toBe(false);
  });
});

describe('a round file that is not there', () => {
  it.each([
    [[], ['render', '--round', '2'], 'fejl: der er ingen mappe data her (CWD); kør opfolgning i projektmappen, eller angiv mappen med rundefilerne med --data <mappe>'],
    [['data/2019/runde-1.yaml'], ['render', '--round', '4'], 'fejl: der er ingen runde-4.yaml i data/2019; der er runde-1.yaml; vælg en af dem med --round'],
    [['data/2019/runde-1.yaml'], ['check', '--round', '2'], 'fejl: der er ingen runde-2.yaml i data/2019; der er runde-1.yaml; start runde 2 med: opfolgning new-round --round 2'],
    [['data/2019/runde-1.yaml', 'data/2020/runde-1.yaml'], ['check', '--round', '2', '--year', '2018'], 'fejl: der er ingen rundefiler for 2018 i data; årene er: 2019, 2020 (vælg med --year 2020)'],
    [['data/2019/runde-1.yaml', 'data/2020/runde-1.yaml'], ['check', '--round', '3'], 'fejl: der er ingen runde-3.yaml i data/2020 eller i de andre år (2019); der er runde-1.yaml; vælg en af dem med --round'],
    [['data/2019/runde-1.yaml'], ['diff', '1', '3'], 'fejl: der er ingen årsmappe med både runde-1.yaml og runde-3.yaml; data/2019 har runde-1.yaml'],
  ])('says what was looked for where, what is there and the way on: %j %j', async (files, args, message) => {
    const cwd = tempTree(Object.fromEntries([['x.txt', ''], ...files.map((f) => [f, valid.replace('år: 2019', `år: ${f.slice(5, 9)}`)])]));
    const r = await runCli(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message.replace('CWD', cwd));
    expect(r.stderr).not.toContain('<år>');
  });
});
