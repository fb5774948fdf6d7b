import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement2023, TITLES } from '../helpers/agreement-2023.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Issue 9: new-round on a 2023-shaped agreement copies the file as it is,
 * sub-themes and rettet included, and its to-do list names the initiatives
 * inside sub-themes like any other.
 */

describe('new-round on a 2023-shaped agreement', () => {
  it('writes runde-3.yaml from runde-2.yaml and lists what to fill in, at every depth', async () => {
    const note = 'Smileyen er ændret fra glad, fordi tidsplanen er skredet.';
    const round2 = agreement2023({ round: 2, rettet: note });
    const cwd = tempTree({ 'data/2023/runde-1.yaml': agreement2023({ round: 1 }), 'data/2023/runde-2.yaml': round2 });
    const r = await runCli(['new-round', '--round', '3', '--dato', '2023-11-01'], { cwd, env: { NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const F = 'data/2023/runde-3.yaml';
    const lines = r.stdout.split('\n');
    expect(lines).toEqual([
      `Skrevet: ${F} (kopi af data/2023/runde-2.yaml)`,
      `${F}:3: runde: 3`,
      `${F}:4: dato: 2023-11-01 (fra --dato)`,
      `${F}:6: sagsid: er kopieret uændret; skriv sagsnummeret for denne opfølgning, hvis det er et nyt`,
      `${F}:7: kontakt: er kopieret uændret; ret den, hvis kontaktpersonen er en anden`,
      '',
      'Milepæle i 3. opfølgning, der skal have smiley: og status: under 3: (2):',
      `${F}:31: 1.1.1 ${TITLES['1.1.1']}: Milepæl 3.`,
      `${F}:142: 3.2.2.1 ${TITLES['3.2.2.1']}: Milepæl 3.`,
      '',
      'Indsatser uden milepæl i 3. opfølgning, hvor smileyen fra 2. opfølgning skal følges op: tilføj 3: under milepæle: med smiley: og status: (3):',
      `${F}:60: 1.2.1 ${TITLES['1.2.1']} (sur i 2. opfølgning)`,
      `${F}:78: 2.1 ${TITLES['2.1']} (neutral i 2. opfølgning)`,
      `${F}:115: 3.2.1 ${TITLES['3.2.1']} (neutral i 2. opfølgning)`,
      '',
      'Kør derefter: opfolgning check --round 3',
      '',
    ]);
    const written = readFileSync(join(cwd, 'data/2023/runde-3.yaml'), 'utf8');
    expect(written).toBe(round2.replace('runde: 2', 'runde: 3').replace('dato: 2023-09-01', 'dato: 2023-11-01'));
    expect(written).toContain(`rettet: ${note}`);
    // Each to-do line points into its initiative's block, however deep it stands.
    const fileLines = written.split('\n');
    const blockOf = (line: number) => fileLines.slice(0, line).reverse().find((l) => l.includes('- id: '));
    for (const l of lines.filter((x) => /^data\/2023\/runde-3\.yaml:\d+: \d/.test(x))) {
      const [, at, id] = /:(\d+): (\S+)/.exec(l)!;
      expect(blockOf(Number(at)), l).toContain(`- id: "${id}"`);
      expect(fileLines[Number(at) - 1], l).toMatch(/^\s+(3|milepæle):$/);
    }
  });
});
