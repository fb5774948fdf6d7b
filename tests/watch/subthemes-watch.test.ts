import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement2023, SUBTHEMES } from '../helpers/agreement-2023.js';
import { startWatch, until } from '../helpers/watch-run.js';
import { tempTree } from '../helpers/temp-dir.js';
import { skippedHere } from '../helpers/platform-skips.js';

/* Issue 9: watch on a 2023-shaped agreement renders its sub-themes and reports a broken one where it is written. */

describe('opfolgning watch with sub-themes', () => {
  it.skipIf(skippedHere(import.meta.url, 'ctrl-c'))('renders sub-themes, reports an emptied one at its line, renders the fix', async () => {
    const round1 = agreement2023({ round: 1 });
    const root = tempTree({ 'data/2023/runde-1.yaml': round1 });
    const yaml = join(root, 'data/2023/runde-1.yaml');
    const html = join(root, 'out/2023/runde-1.html');
    const read = () => (existsSync(html) ? readFileSync(html, 'utf8') : '');
    const { child, output, exited } = startWatch(root, 1);
    try {
      await until('the first HTML', () => read().includes(`data-undertema="${SUBTHEMES.pladser}"`));

      // Sub-theme 1.2 emptied: its only initiative's lines removed.
      const lines = round1.split('\n');
      const start = lines.findIndex((l) => l.includes('undertema: "1.2.')) + 2;
      const end = lines.findIndex((l, i) => i > start && l.startsWith('  - titel:'));
      writeFileSync(yaml, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
      await until('the problem on stderr', () => output.stderr.includes('har ingen indsatser'));
      expect(output.stderr).toContain(`data/2023/runde-1.yaml:${start}:9: fejl: undertemaet "${SUBTHEMES.rammer}" har ingen indsatser`);

      writeFileSync(yaml, round1.replace(SUBTHEMES.pladser, '3.2.2. Pladser til alle børn'));
      await until('the HTML after the fix', () => read().includes('data-undertema="3.2.2. Pladser til alle børn"'));

      child.kill('SIGINT');
      expect((await exited).code).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
