import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skippedHere } from '../helpers/platform-skips.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Issue 13, item 1: a FIFO as a round file hung check, render, diff,
 * new-round and --all forever (a blocking open). Each command now ends at
 * once with a problem; runCli kills a run after 30 s, which fails the test.
 */

const round = (n: 1 | 2) =>
  header(n) + initiative('1.1', `          1:\n            tekst: a\n            smiley: glad\n${n === 2 ? '          2:\n            tekst: b\n            smiley: glad\n' : ''}`);

function treeWithFifo(fifo: 'runde-1.yaml' | 'runde-2.yaml'): string {
  const other = fifo === 'runde-1.yaml' ? 'runde-2.yaml' : 'runde-1.yaml';
  const cwd = tempTree({ [`data/2019/${other}`]: round(other === 'runde-1.yaml' ? 1 : 2) });
  execFileSync('mkfifo', [join(cwd, 'data', '2019', fifo)]);
  return cwd;
}

const COMMANDS: [string, string[]][] = [
  ['check --round 2', ['check', '--round', '2']],
  ['check --all', ['check', '--all']],
  ['render --round 2', ['render', '--round', '2', '--format', 'html', '--out', 'out']],
  ['render --all', ['render', '--all', '--format', 'html', '--out', 'out']],
  ['diff 1 2', ['diff', '1', '2']],
  ['new-round --round 3', ['new-round', '--round', '3']],
];

describe.skipIf(skippedHere(import.meta.url))('a FIFO among the round files', () => {
  it.each(COMMANDS)('as runde-2.yaml: %s ends with a problem, never waits', async (_name, args) => {
    const r = await runCli(args, { cwd: treeWithFifo('runde-2.yaml'), timeoutMs: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/2019/runde-2.yaml:1:1: fejl: en navngiven pipe (FIFO), ikke en almindelig fil');
    expect(r.stderr).not.toMatch(/^\s+at |intern fejl/m);
  });

  it('as the previous round read by the history check: check --round 2 warns and goes on', async () => {
    const r = await runCli(['check', '--round', '2'], { cwd: treeWithFifo('runde-1.yaml'), timeoutMs: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('data/2019/runde-2.yaml:1:1: advarsel: historikken kan ikke sammenlignes med runde-1.yaml');
  });
});
