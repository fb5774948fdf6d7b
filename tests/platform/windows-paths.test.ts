import path from 'node:path';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem } from '../../src/problems/format.js';
import type { Problem } from '../../src/problems/problem.js';
import { displayPath } from '../../src/text/display-path.js';
import { REPO } from '../helpers/run-cli.js';

/* Paths and problem lines as a Windows user meets them, computed with node:path's win32 rules. */

describe('displayPath', () => {
  it('on Windows: relative to the working directory, with / between folders', () => {
    expect(displayPath('C:\\Users\\oek\\budget\\data\\2019\\runde-2.yaml', 'C:\\Users\\oek\\budget', path.win32)).toBe('data/2019/runde-2.yaml');
    expect(displayPath('c:\\users\\oek\\budget\\out\\2019\\runde-2.pdf', 'C:\\Users\\oek\\budget', path.win32)).toBe('out/2019/runde-2.pdf');
  });

  it('on Windows: another drive, a share or a folder above is shown whole', () => {
    expect(displayPath('D:\\rapporter\\runde-2.pdf', 'C:\\Users\\oek\\budget', path.win32)).toBe('D:\\rapporter\\runde-2.pdf');
    expect(displayPath('\\\\fil01\\oekonomi\\data\\2019\\runde-2.yaml', 'C:\\Users\\oek', path.win32)).toBe('\\\\fil01\\oekonomi\\data\\2019\\runde-2.yaml');
    expect(displayPath('C:\\Users\\oek\\andet\\runde-2.yaml', 'C:\\Users\\oek\\budget', path.win32)).toBe('C:\\Users\\oek\\andet\\runde-2.yaml');
  });

  it('on Linux and macOS: relative inside, whole outside; a folder named ..x is inside', () => {
    expect(displayPath('/home/oek/budget/data/2019/runde-2.yaml', '/home/oek/budget', path.posix)).toBe('data/2019/runde-2.yaml');
    expect(displayPath('/home/oek/budget/..x/runde-2.yaml', '/home/oek/budget', path.posix)).toBe('..x/runde-2.yaml');
    expect(displayPath('/srv/data/runde-2.yaml', '/home/oek/budget', path.posix)).toBe('/srv/data/runde-2.yaml');
  });
});

interface Matcher {
  severity: 'error' | 'warning';
  regexp: RegExp;
  groups: { file: number; line: number; column: number; message: number };
}

/** The problem matchers of the VS Code task in the README, read from the README itself. */
function readmeProblemMatchers(): Matcher[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = /```json\n(\{\s*"label": "opfolgning check"[\s\S]*?)\n```/.exec(readme);
  if (!block) throw new Error('README.md has no VS Code task "opfolgning check"');
  const task = JSON.parse(block[1]!) as {
    options: { env: Record<string, string> };
    problemMatcher: Array<{ severity: 'error' | 'warning'; pattern: { regexp: string; file: number; line: number; column: number; message: number } }>;
  };
  expect(task.options.env.NO_COLOR).toBe('1'); // a task runs in a terminal: colour codes would hide the lines
  return task.problemMatcher.map(({ severity, pattern: { regexp, ...groups } }) => ({ severity, regexp: new RegExp(regexp), groups }));
}

describe('file:line:col with a drive letter', () => {
  const problem: Problem = {
    file: 'C:\\Users\\oek\\Documents\\budget 2019\\data\\2019\\runde-2.yaml',
    line: 123,
    col: 7,
    severity: 'fejl',
    id: '1.4',
    message: 'milepælen for 2. opfølgning mangler en smiley: skriv smiley: glad, neutral eller sur',
  };

  it("parses with the README's VS Code problem matchers: the whole path, line, column, severity and message", () => {
    const matchers = readmeProblemMatchers();
    const cases = [
      { p: problem, severity: 'error' },
      { p: { ...problem, file: 'data/2019/runde-2.yaml', severity: 'advarsel' as const }, severity: 'warning' },
    ];
    for (const { p, severity } of cases) {
      const line = formatProblem(p);
      const hits = matchers.filter((m) => m.regexp.test(line));
      expect(hits.map((m) => m.severity)).toEqual([severity]);
      const { groups, regexp } = hits[0]!;
      const found = regexp.exec(line)!;
      expect(found[groups.file]).toBe(p.file);
      expect(Number(found[groups.line])).toBe(p.line);
      expect(Number(found[groups.column])).toBe(p.col);
      expect(found[groups.message]).toBe(`1.4: ${p.message}`);
    }
  });

  it('escapes the drive colon in a GitHub annotation, whose properties end at : and ,', () => {
    expect(formatAnnotation(problem)).toBe(
      '::error file=C%3A\\Users\\oek\\Documents\\budget 2019\\data\\2019\\runde-2.yaml,line=123,col=7::1.4: ' + problem.message,
    );
  });
});
