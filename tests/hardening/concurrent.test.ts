import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';

/*
 * Two `render --all` at once into the same out folder (issue 6): both succeed,
 * and every file is whole afterwards, because each file is written to its own
 * temporary file and renamed over the final name (the last rename wins).
 */

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const milestones = '          1:\n            tekst: a\n            smiley: glad\n';
const round1 =
  header(1) +
  initiative('1.1', milestones) +
  initiative('1.2', milestones).replace('Social- og Sundhedsudvalget', 'Økonomiudvalget');

function pdfinfoOk(path: string): boolean {
  try {
    execFileSync('pdfinfo', [path], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(skippedHere(import.meta.url))('concurrent runs', () => {
  it('two render --all into the same out folder both exit 0 and leave every file whole', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1 });
    roots.push(cwd);
    const args = ['render', '--all', '--out', 'out'];
    const [a, b] = await Promise.all([runCli(args, { cwd, timeoutMs: 120_000 }), runCli(args, { cwd, timeoutMs: 120_000 })]);
    expect(a.stderr).not.toMatch(/^ {4}at /m);
    expect(b.stderr).not.toMatch(/^ {4}at /m);
    expect([a.code, b.code]).toEqual([0, 0]);

    const dir = join(cwd, 'out', '2019');
    const names = readdirSync(dir).sort();
    // The whole report and one per committee, in both formats; no temporary files left.
    expect(names).toEqual([
      'runde-1-oekonomiudvalget.html',
      'runde-1-oekonomiudvalget.pdf',
      'runde-1-social-og-sundhedsudvalget.html',
      'runde-1-social-og-sundhedsudvalget.pdf',
      'runde-1.html',
      'runde-1.pdf',
    ]);
    for (const name of names) {
      const bytes = readFileSync(join(dir, name));
      if (name.endsWith('.html')) expect(bytes.toString('utf8')).toMatch(/<\/html>\s*$/);
      else {
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.subarray(-16).toString('latin1')).toMatch(/%%EOF\s*$/);
        expect(pdfinfoOk(join(dir, name))).toBe(true);
        qpdfCheck(join(dir, name));
      }
    }
  }, 240_000);
});
