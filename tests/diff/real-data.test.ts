import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';

/*
 * The transcribed reports of 2019: the second report changed the published
 * smiley of 2.4 for round 1 (happy in the first report, neutral in the second),
 * which runde-2.yaml acknowledges with `rettet`.
 */
const present = ['runde-1.yaml', 'runde-2.yaml'].every((f) => existsSync(join(REPO, 'data/2019', f)));

describe.skipIf(!present)('diff 1 2 on the real data of 2019', () => {
  it('shows the changed history of 2.4 in round 1 and the smileys of round 2', async () => {
    const r = await runCli(['diff', '1', '2', '--year', '2019'], { env: { NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Ændringer fra data/2019/runde-1.yaml til data/2019/runde-2.yaml');
    const at = lines.indexOf('2.4 Tværkommunale samarbejder om velfærds-/sundhedsindsatser');
    const block = lines.slice(at + 1, lines.findIndex((l, i) => i > at && !l.startsWith('  ')));
    expect(block).toContain('  1. opfølgning: glad → neutral (ændret historik)');
    expect(block).toContain('  2. opfølgning: ingen → glad');
    // The correction is acknowledged in round 2's file, and the change log shows the note.
    expect(block.find((l) => l.startsWith('  rettet 1. opfølgning: '))).toMatch(/^ {2}rettet 1\. opfølgning: \{\+Smileyen for 1\. opfølgning var glad .+\+\}$/);
    expect(lines[lines.indexOf('1.1 Ny sundhedspolitik') + 1]).toBe('  2. opfølgning: ingen → neutral');
    // Only 2.4 has a changed smiley history.
    expect(lines.filter((l) => / → .*ændret historik/.test(l))).toEqual(['  1. opfølgning: glad → neutral (ændret historik)']);

    const md = await runCli(['diff', '1', '2', '--year', '2019', '--format', 'md'], { env: { NO_COLOR: '1' } });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/### 2\.4 .+\n\n(- .+\n)*- 1\. opfølgning: glad → neutral \(\*\*ændret historik\*\*\)\n- rettet 1\. opfølgning: \*\*Smileyen .+\*\*\n- 2\. opfølgning: ingen → glad\n/);
  });
});
