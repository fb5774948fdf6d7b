import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../src/pipeline/documents.js';
import { committeeSlug } from '../../src/view-model/committees.js';
import { header } from '../helpers/round-yaml.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Command-line values and committee names are input too (issue 6): a bad
 * --round or --year is exit 2 with a Danish message, and no committee name,
 * however hostile, makes the tool write anywhere but inside --out.
 */

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const STACK = /^ {4}at /m;
function noStackTrace(r: CliResult): void {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
}

/** Committee names that try to leave the out folder or confuse a terminal or file system. */
const HOSTILE = [
  '../../../../tmp/opfolgning-escape',
  '../udenfor',
  '..',
  '.',
  '/etc/passwd',
  'a/b\\c',
  'C:\\Windows\\system32',
  '..\\..\\x',
  'udvalg\u0000nul',
  '\u001b[2J\u001b[31mrød',
  'line\nbreak',
  '\u202egnp.exe',
  '~/.ssh/authorized_keys',
  '$(rm -rf ~)',
  'æøå ÆØÅ',
  '   ',
  '-',
  'CON',
  'x'.repeat(300),
];

const SAFE_SLUG = /^[a-z]+(-[a-z]+)*$/;

describe('committeeSlug and documentPath', () => {
  it.each(HOSTILE.map((n) => [JSON.stringify(n), n]))('%s gives a safe slug and a path inside --out', (_l, name) => {
    const slug = committeeSlug(name);
    expect(slug).toMatch(SAFE_SLUG);
    expect(slug).not.toContain('..');
    const out = join('/tmp', 'out-root', 'out');
    const path = documentPath(out, 2019, 1, name);
    expect(relative(out, path).split(sep)).toEqual(['2019', `runde-1-${slug}`]);
  });
});

describe('bad --round and --year: exit 2, in Danish', () => {
  const cwd = tempTree({ 'data/2019/runde-1.yaml': header(1) });
  roots.push(cwd);
  const cases: [string, string[], RegExp][] = [];
  for (const round of ['0', '5', '1.5', '../1', '١']) {
    cases.push([`--round ${JSON.stringify(round)}`, ['--round', round], /--round skal være 1, 2, 3 eller 4/]);
  }
  for (const year of ['19', '20190', '../2019', '٢٠١٩']) {
    cases.push([`--year ${JSON.stringify(year)}`, ['--round', '1', '--year', year], /--year skal være et årstal med fire cifre/]);
  }
  for (const command of ['check', 'render']) {
    it.each(cases)(`${command} %s`, async (_label, args, message) => {
      const r = await runCli([command, ...args, ...(command === 'render' ? ['--format', 'html', '--out', 'out'] : [])], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      noStackTrace(r);
    });
  }
});

/** A round file whose initiatives name the hostile committees (YAML double-quoted, escapes allowed). */
function roundWithCommittees(names: string[]): string {
  let text = header(1);
  names.forEach((name, i) => {
    text +=
      `      - id: "1.${i + 1}"\n` +
      '        titel: En indsats\n' +
      '        type: Drift\n' +
      '        beskrivelse: Noget.\n' +
      '        ansvar:\n' +
      '          center: Politik og Borgerservice\n' +
      `          udvalg: ${JSON.stringify(name)}\n` +
      '        milepæle:\n' +
      '          1:\n            tekst: a\n            smiley: glad\n' +
      '        økonomi:\n          tekst: Ingen.\n';
  });
  return text;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

describe('nothing is written outside --out', () => {
  // Names the schema accepts as text (no NUL): path tricks, separators, escapes, bidi.
  const names = HOSTILE.filter((n) => !n.includes('\u0000') && n.trim() !== '');
  const text = roundWithCommittees(names);

  it('render --all with hostile committee names writes only under out/', async () => {
    const root = tempTree({ 'work/data/2019/runde-1.yaml': text });
    roots.push(root);
    const before = statSync(join(root, 'work/data/2019/runde-1.yaml')).mtimeMs;
    const r = await runCli(['render', '--all', '--format', 'html', '--out', 'out'], { cwd: join(root, 'work') });
    noStackTrace(r);
    expect(r.stderr).not.toMatch(/: fejl: /);
    expect(r.code).toBe(0);
    const files = filesUnder(root).map((f) => relative(root, f));
    const outside = files.filter((f) => !f.startsWith(join('work', 'out') + sep) && f !== join('work', 'data', '2019', 'runde-1.yaml'));
    expect(outside).toEqual([]);
    // Every file is a report in out/2019 with a safe name; the input is unchanged.
    for (const f of files.filter((f) => f.startsWith(join('work', 'out')))) {
      expect(relative(join('work', 'out', '2019'), f)).toMatch(/^runde-1(-[a-z]+(-[a-z]+)*(-\d+)?)?\.html$/);
    }
    // Names that give the same slug get -2, -3…: every document written is a file of its own.
    const written = r.stdout.split('\n').filter((l) => l.startsWith('skrevet: '));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(1);
    expect(files.filter((f) => f.endsWith('.html')).length).toBe(written.length);
    expect(readFileSync(join(root, 'work/data/2019/runde-1.yaml'), 'utf8')).toBe(text);
    expect(statSync(join(root, 'work/data/2019/runde-1.yaml')).mtimeMs).toBe(before);
  });

  it('render --udvalg with a hostile name writes only under out/', async () => {
    const root = tempTree({ 'work/data/2019/runde-1.yaml': text });
    roots.push(root);
    const r = await runCli(['render', '--round', '1', '--udvalg', '../udenfor', '--format', 'html', '--out', 'out'], {
      cwd: join(root, 'work'),
    });
    noStackTrace(r);
    expect(r.code).toBe(0);
    const files = filesUnder(root).map((f) => relative(root, f)).sort();
    expect(files).toEqual([join('work', 'data', '2019', 'runde-1.yaml'), join('work', 'out', '2019', 'runde-1-udenfor.html')]);
  });
});
