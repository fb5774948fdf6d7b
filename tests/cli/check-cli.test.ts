import { describe, expect, it } from 'vitest';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

const valid = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');
const warningOnly = header(1) + initiative('1.1', '          1:\n            smiley: glad\n');
const invalid = header(1) + initiative('1.1', '          1:\n            tekst: a\n');

function noStackTrace(s: string) {
  expect(s).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('opfolgning check: exit status of cli.md', () => {
  it('0 for valid data, with the count line', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': valid });
    const r = await runCli(['check', '--all'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe('Ingen fejl eller advarsler (1 fil kontrolleret).');
  });

  it('0 with warnings printed; --strict makes every warning exit 1', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': warningOnly });
    const r = await runCli(['check', '--round', '1'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('data/2019/runde-1.yaml:23:21: advarsel: 1.1: smiley for 1. opfølgning er glad på en milepæl uden tekst');
    expect(r.stderr).toContain('0 fejl og 1 advarsel (1 fil kontrolleret).');
    const strict = await runCli(['check', '--round', '1', '--strict'], { cwd });
    expect(strict.code).toBe(1);
  });

  it('1 for invalid data, every problem one line, compiler style', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': invalid });
    const r = await runCli(['check'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'data/2019/runde-1.yaml:22:11: fejl: 1.1: milepælen for 1. opfølgning mangler en smiley',
      '1 fejl og 0 advarsler (1 fil kontrolleret).',
      '',
    ]);
    noStackTrace(r.stderr);
  });

  it('GitHub Actions annotations with file, line and column', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': invalid });
    const r = await runCli(['check'], { cwd, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stderr).toContain('::error file=data/2019/runde-1.yaml,line=22,col=11::1.1: milepælen for 1. opfølgning mangler en smiley');
  });

  it.each([
    [['check', '--bogus'], 'fejl: ukendt tilvalg --bogus'],
    [['check', '--round', '5'], 'fejl: --round skal være 1, 2, 3 eller 4, ikke "5"'],
    [['check', '--round', '2'], 'fejl: der er ingen runde-2.yaml i data/2019; der er runde-1.yaml; start runde 2 med: opfolgning new-round --round 2'],
    [['check', '--year', '20x9'], 'fejl: --year skal være et årstal med fire cifre, ikke "20x9"'],
    [['frobnicate'], 'fejl: ukendt kommando frobnicate'],
    [['render'], 'fejl: angiv en runde med --round N eller alle med --all'],
  ])('2 for a wrong command line: %j', async (args, message) => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': valid });
    const r = await runCli(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    noStackTrace(r.stderr);
  });

  it('no colour when piped, and none with NO_COLOR', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': invalid });
    const r = await runCli(['check'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/\u001b\[/);
  });

  it('help is Danish', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vis hjælp');
    expect(r.stdout).toContain('render');
    expect(r.stdout).toContain('check');
  });
});
