import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { header, initiative } from '../helpers/round-yaml.js';
import { startWatch, until } from '../helpers/watch-run.js';
import { tempTree } from '../helpers/temp-dir.js';
import { skippedHere } from '../helpers/platform-skips.js';

const roundFile = (title: string, smiley = 'glad') =>
  header(1) + initiative('1.1', `          1:\n            tekst: a\n            smiley: ${smiley}\n`).replace('titel: En indsats', `titel: ${title}`);

describe('opfolgning watch, end to end', () => {
  it.skipIf(skippedHere(import.meta.url, 'ctrl-c'))('renders at start and after every save, survives an invalid save, stops on Ctrl-C with exit 0', async () => {
    const root = tempTree({ 'data/2019/runde-1.yaml': roundFile('Første titel') });
    const yaml = join(root, 'data/2019/runde-1.yaml');
    const html = join(root, 'out/2019/runde-1.html');
    const read = () => (existsSync(html) ? readFileSync(html, 'utf8') : '');
    const { child, output, exited } = startWatch(root, 1);
    try {
      await until('the first HTML', () => read().includes('Første titel'));
      expect(output.stdout).toContain('Holder øje med ');
      await until('the "skrevet" line', () => /skrevet: .*runde-1\.html/.test(output.stdout));

      writeFileSync(yaml, roundFile('Anden titel'));
      await until('the HTML after a save', () => read().includes('Anden titel'));

      // An invalid save: the problem on stderr, compiler style; the HTML stays as it was.
      writeFileSync(yaml, roundFile('Tredje titel', 'gla'));
      await until('the problem on stderr', () => output.stderr.includes(':24:21: fejl: 1.1: ukendt smiley "gla"'));
      expect(output.stderr).toMatch(/^.*data\/2019\/runde-1\.yaml:24:21: fejl: 1\.1: ukendt smiley "gla"/m);
      expect(read()).toContain('Anden titel');

      // Fixed, saved the way many editors do: a new file renamed over the old one.
      const temp = join(root, 'data/2019/.runde-1.yaml.swp');
      writeFileSync(temp, roundFile('Fjerde titel'));
      renameSync(temp, yaml);
      await until('the HTML after the fix', () => read().includes('Fjerde titel'));

      // The fix's own line first (the HTML is on disk a moment before it is printed): first, Anden, Fjerde.
      await until('the "skrevet" line of the fix', () => (output.stdout.match(/skrevet:/g) ?? []).length >= 3);
      const writes = (output.stdout.match(/skrevet:/g) ?? []).length;
      writeFileSync(yaml, roundFile('Fjerde titel')); // same text: no render
      await new Promise((r) => setTimeout(r, 600));
      expect((output.stdout.match(/skrevet:/g) ?? []).length).toBe(writes);

      child.kill('SIGINT');
      const { code, signal } = await Promise.race([
        exited,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no exit after SIGINT')), 20_000)),
      ]);
      expect(signal).toBeNull();
      expect(code).toBe(0);
      expect(output.stdout).toContain('Stoppet.');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('a missing round file is a usage error (exit 2), not a watch', async () => {
    const root = tempTree({ 'data/2019/runde-1.yaml': roundFile('x') });
    const { runCli } = await import('../helpers/run-cli.js');
    const r = await runCli(['watch', '--round', '2'], { cwd: root, env: { NO_COLOR: '1' }, timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('fejl: der er ingen runde-2.yaml i data/2019; der er runde-1.yaml; start runde 2 med: opfolgning new-round --round 2');
  });
});
