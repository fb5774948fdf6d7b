import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

/*
 * Issue 9: the repository stands on its own. Someone who clones it has no
 * folder beside it, so no tracked file outside tests/ may point to one: the
 * format and the rules are documented in docs/, the published reports the
 * data was transcribed from are in tests/fixtures/seeds/.
 */

/** The folder `../shared` (not a module such as `../shared-options.js`), and `shared/seeds` anywhere. */
const OUTSIDE = [/\.\.\/shared(?![\w.-])/, /\bshared\/seeds\b/];

function outsideReferences(text: string): string[] {
  return text.split('\n').filter((line) => OUTSIDE.some((re) => re.test(line)));
}

it('the check recognises a reference to a folder outside the repository', () => {
  expect(outsideReferences('see ../shared/spec/rules.md\nfine\nfrom shared/seeds/002.txt')).toHaveLength(2);
  expect(outsideReferences('see docs/smiley-regler.md and tests/fixtures/seeds/')).toEqual([]);
  expect(outsideReferences("import { x } from '../shared-options.js';")).toEqual([]);
  expect(outsideReferences('(`../shared`)')).toHaveLength(1);
});

it('no tracked file outside tests/ mentions ../shared or shared/seeds', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && !f.startsWith('tests/'));
  expect(files).toContain('README.md');
  expect(files).toContain('docs/rundefilen.md');
  const found: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(REPO, file), 'utf8');
    } catch {
      continue; // tracked but deleted in this working copy
    }
    for (const line of outsideReferences(text)) found.push(`${file}: ${line.trim().slice(0, 120)}`);
  }
  expect(found).toEqual([]);
});
