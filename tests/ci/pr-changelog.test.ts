import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, fitComment } from '../../src/ci/pr-change-log.js';
import { commentAction } from '../../src/ci/pr-comment.js';
import { escapeMarkdown } from '../../src/diff/format-markdown.js';
import { BIN, REPO } from '../helpers/run-cli.js';
import { tempDir, tempTree } from '../helpers/temp-dir.js';

/*
 * The pull-request job's comment, made by the script the workflow calls
 * (scripts/ci/pr-changelog.mjs) in a fixture repository whose second commit
 * changes a round file: it must be the CLI's own `diff --format md` of that
 * file against the base, then check's problems; and the problems must come
 * out as annotations on their lines.
 */

const SCRIPT = join(REPO, 'scripts/ci/pr-changelog.mjs');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
const node = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env } });

function fixtureRepo(): string {
  const dir = tempTree({
    'data/2019/runde-1.yaml': readFileSync(join(REPO, 'data/2019/runde-1.yaml'), 'utf8'),
    'data/2019/runde-2.yaml': readFileSync(join(REPO, 'data/2019/runde-2.yaml'), 'utf8'),
  });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'round 1 and 2');
  return dir;
}

/** Replaces `from` with `to` on the first line containing `from` after the first line containing `after`; returns its line and column (1-based). */
function editAfter(file: string, after: string, from: string, to: string): { line: number; col: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(after));
  expect(start, after).toBeGreaterThanOrEqual(0);
  const i = lines.findIndex((l, n) => n > start && l.includes(from));
  expect(i, from).toBeGreaterThan(start);
  const col = lines[i]!.indexOf(from) + 1;
  lines[i] = lines[i]!.replace(from, to);
  writeFileSync(file, lines.join('\n'));
  return { line: i + 1, col };
}

describe('the pull-request comment (scripts/ci/pr-changelog.mjs)', () => {
  it("is the CLI's change log of the changed round file against the base, then check's problems, as annotations too", () => {
    const repo = fixtureRepo();
    const round2 = join(repo, 'data/2019/runde-2.yaml');
    // 1.3: its round-1 smiley changed after publication (a history warning), and its round-2 status and smiley.
    const at = editAfter(round2, 'id: "1.3"', 'smiley: neutral', 'smiley: sur');
    editAfter(round2, 'id: "1.3"', 'Mødet er planlagt til', 'Mødet blev holdt');
    editAfter(round2, 'Mødet blev holdt', 'smiley: glad', 'smiley: neutral');
    const where = `${at.line}:${at.col + 'smiley: '.length}`;
    git(repo, 'commit', '-q', '-am', 'round 2 corrected');

    const out = join(tempDir(), 'comment.md');
    const summary = join(tempDir(), 'summary.md');
    const r = node(repo, [SCRIPT, '--base', 'HEAD^1', '--base-label', 'main', '--out', out], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(r.status, r.stderr).toBe(0); // a warning, no error
    const comment = readFileSync(out, 'utf8');

    const cliDiff = node(repo, [BIN, 'diff', '--git', 'HEAD^1', '--round', '2', '--format', 'md']);
    expect(cliDiff.status).toBe(0);
    const cliCheck = node(repo, [BIN, 'check', '--round', '2']);
    const checkLines = cliCheck.stderr.trimEnd().split('\n');
    const warning = `data/2019/runde-2.yaml:${where}: advarsel: 1.3: smiley for 1. opfølgning er ændret fra neutral (runde-1.yaml) til sur`;
    expect(checkLines.filter((l) => l.startsWith(warning))).toHaveLength(1);

    expect(comment).toBe(
      [
        COMMENT_MARKER,
        '# Ændringslog for rundefilerne',
        '',
        'Én rundefil ændret i forhold til `main`, som `opfolgning diff --format md` viser det.',
        '',
        cliDiff.stdout.trimEnd().replaceAll('HEAD^1:', 'main:'),
        '',
        '## Kontrol (`opfolgning check`)',
        '',
        ...checkLines.slice(0, -1).map((l) => `- ${escapeMarkdown(l)}`),
        '',
        checkLines.at(-1),
        '',
      ].join('\n'),
    );
    // What the reviewer reads: the file, the initiative, the changed smileys and words.
    expect(comment).toContain('## Ændringer fra `main:data/2019/runde-2.yaml` til `data/2019/runde-2.yaml`');
    expect(comment).toContain('### 1.3 Implementering af pårørendepolitik');
    expect(comment).toMatch(/^- .*1\. opfølgning.*neutral.*sur.*\*\*ændret historik\*\*/m);
    expect(comment).toMatch(/^- status 2\. opfølgning: .*~~er planlagt til~~ \*\*blev holdt\*\*/m);
    expect(r.stdout).toContain(`::warning file=data/2019/runde-2.yaml,line=${where.replace(':', ',col=')}::1.3: smiley for 1. opfølgning er ændret fra neutral (runde-1.yaml) til sur`);
    expect(r.stdout.trimEnd().split('\n').filter((l) => l.startsWith('::'))).toHaveLength(checkLines.length - 1);
    expect(readFileSync(summary, 'utf8')).toBe(comment);
  });

  it('compares a new round file with the round before it, and fails on its errors after writing the comment', () => {
    const repo = fixtureRepo();
    expect(node(repo, [BIN, 'new-round', '--round', '3', '--dato', '2019-10-01']).status).toBe(0);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'round 3 started');
    const out = join(tempDir(), 'comment.md');
    const r = node(repo, [SCRIPT, '--base', 'HEAD^1', '--base-label', 'main', '--out', out]);
    const comment = readFileSync(out, 'utf8');
    expect(comment.startsWith(`${COMMENT_MARKER}\n# Ændringslog for rundefilerne\n`)).toBe(true);
    // A new file is compared with the round before it…
    expect(comment).toContain('## Ændringer fra `data/2019/runde-2.yaml` til `data/2019/runde-3.yaml`\n\n*`data/2019/runde-3.yaml` er ny: ændringerne i forhold til runde 2.*\n');
    // …and its errors (the smileys of round 3 are not filled in yet) are listed under the check.
    expect(comment).toMatch(/## Kontrol \(`opfolgning check`\)\n\n- data\/2019\/runde-3\.yaml:\d+:\d+: fejl: /);
    expect(comment).toMatch(/^\d+ fejl og \d+ advarsl?e?r? \(1 fil kontrolleret\)\.$/m);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/2019\/runde-3\.yaml:\d+:\d+: fejl: /);
  });

  it('says so when no round file changed (a later push may have undone the changes)', () => {
    const repo = fixtureRepo();
    writeFileSync(join(repo, 'data/2019/README.md'), 'noter\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'notes');
    const out = join(tempDir(), 'comment.md');
    const r = node(repo, [SCRIPT, '--base', 'HEAD^1', '--base-label', 'main', '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(`${COMMENT_MARKER}\n# Ændringslog for rundefilerne\n\nIngen rundefiler er ændret i forhold til \`main\`.\n`);
  });

  it('is found again by its marker, so a push updates the comment instead of adding one', () => {
    const comments = [
      { id: 1, body: 'Tak for rettelsen!' },
      { id: 7, body: `${COMMENT_MARKER}\n# Ændringslog for rundefilerne\n…` },
      { id: 9, body: `Citat:\n${COMMENT_MARKER}` },
    ];
    expect(commentAction(comments, COMMENT_MARKER)).toEqual({ kind: 'update', id: 7 });
    expect(commentAction(comments.filter((c) => c.id !== 7), COMMENT_MARKER)).toEqual({ kind: 'create' });
  });

  it('is cut at a line, with a note, where GitHub would refuse it', () => {
    const long = `${COMMENT_MARKER}\n${'- en linje med en ændring\n'.repeat(5000)}`;
    const cut = fitComment(long);
    expect(cut.length).toBeLessThanOrEqual(60_000);
    expect(cut.startsWith(COMMENT_MARKER)).toBe(true);
    expect(cut).toMatch(/- en linje med en ændring\n\n… \*Ændringsloggen er for lang til en kommentar; resten står i jobbets oversigt \(Summary\)\.\*\n$/);
    expect(fitComment('kort')).toBe('kort');
  });
});
