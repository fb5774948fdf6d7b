import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Issue 12, item 8: one command renders one round's whole report and all its
 * committee reports; a committee report that would be the whole report byte
 * for byte is not written, and the run says so.
 */

const ok = '          1:\n            tekst: a\n            smiley: glad\n';
const withCommittee = (id: string, udvalg: string) => initiative(id, ok).replace('udvalg: Social- og Sundhedsudvalget', `udvalg: ${udvalg}`);

// Round 1 is for the committee itself, all of whose initiatives it holds; round 2 has two committees.
const round1 = header(1).replace('modtager: Ballerup Kommune', 'modtager: Social- og Sundhedsudvalget') + withCommittee('1.1', 'Social- og Sundhedsudvalget');
const round2 = header(2) + withCommittee('1.1', 'Social- og Sundhedsudvalget') + withCommittee('1.2', 'Økonomiudvalget');

describe('render --round N --all', () => {
  it('writes that round only: its whole report and one per committee', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': round2 });
    const r = await runCli(['render', '--round', '2', '--all', '--format', 'html'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'out/2019')).sort()).toEqual([
      'runde-2-oekonomiudvalget.html',
      'runde-2-social-og-sundhedsudvalget.html',
      'runde-2.html',
    ]);
  });

  it('does not write a committee report identical to the whole report, and says so', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const r = await runCli(['render', '--round', '1', '--all', '--format', 'html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'ikke skrevet: out/2019/runde-1-social-og-sundhedsudvalget.html er den samme som out/2019/runde-1.html (alle indsatser hører til udvalget)',
    );
    expect(readdirSync(join(cwd, 'out/2019'))).toEqual(['runde-1.html']);
    // Asked for by name, it is written all the same.
    const one = await runCli(['render', '--round', '1', '--udvalg', 'Social- og Sundhedsudvalget', '--format', 'html'], { cwd });
    expect(one.code).toBe(0);
    expect(readdirSync(join(cwd, 'out/2019')).sort()).toEqual(['runde-1-social-og-sundhedsudvalget.html', 'runde-1.html']);
  });
});
