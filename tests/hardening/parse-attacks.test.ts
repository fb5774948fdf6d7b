import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIAS_EXPANSION, parseYaml } from '../../src/load/parse-yaml.js';
import { MAX_VALUES, TOO_DEEP, TOO_MANY_VALUES } from '../../src/load/yaml-limits.js';
import { validateText } from '../../src/pipeline/check-round.js';
import { formatProblem } from '../../src/problems/format.js';
import { limitPerFile, MAX_PROBLEMS_PER_FILE, omittedLine } from '../../src/problems/limit.js';
import { error } from '../../src/problems/problem.js';
import { header, initiative, problemsOf } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { ATTACK_SHAPES, NEAR_LIMIT_BYTES, type AttackShape } from './attack-shapes.js';

/*
 * Issue 13, items 2–5 and 13: every shape of YAML costs time and memory
 * linear in its size. Before the fix the quadratic shapes took 50–110 s and
 * the deep ones killed Node; here they would hit the test timeout (60 s)
 * or crash the run under a 1 GB heap.
 */

const FILE = 'data/2019/runde-1.yaml';
const valid = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');
const messages = (text: string) => parseYaml(FILE, text).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);

describe('nesting and size are checked before a document is built', () => {
  it('5 MiB of "[" is refused at the 33rd level, where it is written', () => {
    expect(messages('x: ' + '['.repeat(5_200_000))).toEqual([`1:35: ${TOO_DEEP}`]);
  });

  it('"- - - …" nests as deep as brackets do and is refused the same way', () => {
    expect(messages('x:\n' + '- '.repeat(2_000_000) + 'a\n')).toEqual([`2:63: ${TOO_DEEP}`]);
  });

  it('5 MiB of commas in [ ] is one problem, not a million', () => {
    const r = parseYaml(FILE, 'x: [' + ','.repeat(5 * 1024 * 1024 - 10) + ']');
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual([TOO_MANY_VALUES]);
    expect(r.problems[0]!.line).toBe(1);
  });

  it('a real round file is far from the limits: 3,000 initiatives pass', () => {
    let text = header(1);
    for (let i = 1; i <= 3000; i++) text += initiative(`1.${i}`, '          1:\n            tekst: a\n            smiley: glad\n');
    expect(validateText(FILE, text).problems).toEqual([]);
  });
});

describe('a mapping of 49,000 keys', () => {
  const keys = Array.from({ length: 49_000 }, (_, i) => `k${i}: v`);

  it('is read in one pass; a duplicate key is named with the line it was first written on', () => {
    const text = [...keys, 'k7: igen'].join('\n') + '\n';
    expect(messages(text)).toEqual([
      '49001:1: nøglen "k7" står to gange i samme afsnit; første gang på linje 8. Slet den ene, eller saml dem til én',
    ]);
  });

  it('as unknown keys of a round file: the first ones each a problem, the rest one problem', () => {
    const problems = validateText(FILE, valid + keys.join('\n') + '\n').problems;
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(formatProblem(problems.at(-1)!)).toBe(
      `${FILE}:${valid.split('\n').length + MAX_PROBLEMS_PER_FILE}:1: fejl: og ${49_000 - MAX_PROBLEMS_PER_FILE} ukendte nøgler mere i samme afsnit fra denne linje; ` +
        'tilladte nøgler her: aftale, år, runde, dato, modtager, kommune, sagsid, kontakt, læsevejledning, titel, temaer, tidligere_aftaler',
    );
  });

  it('problems beyond the first ones of a file are counted, not printed', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...error(FILE, { line: i + 1, col: 1 }, 'x') }));
    const { shown, omitted } = limitPerFile(many);
    expect(shown).toHaveLength(MAX_PROBLEMS_PER_FILE);
    expect(omitted).toEqual(new Map([[FILE, 250 - MAX_PROBLEMS_PER_FILE]]));
    expect(omittedLine(FILE, 150)).toBe(`… og 150 problemer mere i ${FILE}; ret de første, og kør igen`);
  });
});

describe('anchors and aliases', () => {
  it('20,000 distinct anchors, each used once, are each converted once', () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(`a${i}: &a${i} v${i}`, `b${i}: *a${i}`);
    const value = parseYaml(FILE, lines.join('\n') + '\n').value as Record<string, string>;
    expect(Object.keys(value)).toHaveLength(40_000);
    expect([value.b0, value.b19999]).toEqual(['v0', 'v19999']);
  });

  it('an alias stands for the anchor written last before it', () => {
    expect(parseYaml(FILE, 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n').value).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('an alias-expansion bomb is still counted value by value', () => {
    const rows = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) rows.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    expect(messages(rows.join('\n') + '\n')).toEqual([`1:1: ${ALIAS_EXPANSION}`]);
  });

  it('nesting through aliases counts', () => {
    const rows = ['a0: &a0 [[[[[[[[[[x]]]]]]]]]]'];
    for (let i = 1; i < 5; i++) rows.push(`a${i}: &a${i} [[[[[[[[[[*a${i - 1}]]]]]]]]]]`);
    expect(messages(rows.join('\n') + '\n')).toEqual([`1:1: ${TOO_DEEP}`]);
  });
});

describe('milestone keys 1–4 and "1"–"4" are the same round (item 5)', () => {
  it('both in one milepæle: an error at the second, naming the first line', () => {
    const text = header(1) + initiative('1.1', '          "1":\n            tekst: a\n            smiley: glad\n          1:\n            tekst: b\n');
    expect(problemsOf(text, FILE)).toEqual([
      `${FILE}:25:11: fejl: nøglen "1" står to gange i samme afsnit (1 og "1" er samme runde); første gang på linje 22. Slet den ene, eller saml dem til én`,
    ]);
  });

  it('also 01 and 1', () => {
    const text = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n          01:\n            tekst: b\n');
    expect(problemsOf(text, FILE)[0]).toContain('fejl: nøglen "1" står to gange i samme afsnit');
  });
});

describe('messages that leaked internals (item 13)', () => {
  const one = (text: string) => problemsOf(text, FILE);

  it('a YAML 1.1 merge key is named as "<<", with what to write instead', () => {
    const text = '%YAML 1.1\n---\n' + valid.replace('        type: Drift\n', '        <<: {type: Drift}\n');
    expect(one(text)).toEqual([`${FILE}:18:9: fejl: fletning af afsnit med "<<: *navn" understøttes ikke; skriv nøglerne ud i afsnittet`]);
  });

  it('smiley: [glad] says that the smiley is a list and how to write it', () => {
    expect(one(valid.replace('smiley: glad', 'smiley: [glad]'))).toEqual([
      `${FILE}:24:21: fejl: 1.1: "smiley" skal være ét af ordene glad, neutral, sur skrevet efter kolon (fx smiley: glad), men er en liste`,
    ]);
  });

  it('a huge year gives the year range, not zod\'s safe-integer bound', () => {
    for (const y of ['99999999999999999999', '1e300', '-99999999999999999999']) {
      expect(one(valid.replace('år: 2019', `år: ${y}`))).toEqual([
        `${FILE}:2:5: fejl: "år" skal være et årstal mellem 1900 og 2999 (fx år: 2019), men er et meget stort tal`,
      ]);
    }
  });

  it('a zero-width space or a BOM in a key is named by its code and never printed raw', () => {
    expect(one(valid.replace('        type: Drift', '        ty\u200bpe: Drift'))).toEqual([
      `${FILE}:16:9: fejl: nøglen "type" indeholder et usynligt tegn (U+200B); slet nøglen og skriv "type" igen`,
    ]);
    expect(one(valid.replace('        type: Drift', '        \ufefftype: Drift'))).toEqual([
      `${FILE}:16:9: fejl: nøglen "type" indeholder et usynligt tegn (U+FEFF); slet nøglen og skriv "type" igen`,
    ]);
  });
});

describe.each(Object.keys(ATTACK_SHAPES) as AttackShape[])('4.9 MiB of "%s" through the real CLI', (shape) => {
  it('ends in exit 1 with at most a page of problems, under a 1 GB heap, no stack trace', async () => {
    const cwd = tempTree({ [FILE]: ATTACK_SHAPES[shape](NEAR_LIMIT_BYTES) });
    // A heap over 1 GB would crash the run (exit 134, a native stack trace).
    const r = await runCli(['check', '--round', '1'], { cwd, env: { NODE_OPTIONS: '--max-old-space-size=1024' } });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at |FATAL|intern fejl/m);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(MAX_PROBLEMS_PER_FILE + 2);
    expect(lines[0]).toMatch(/^data\/2019\/runde-1\.yaml:\d+:\d+: fejl: /);
    expect(lines.at(-1)).toMatch(/^\d+ fejl og \d+ advarsler? \(1 fil kontrolleret\)\.$/);
  });
});

it('MAX_VALUES is what the message says', () => {
  expect(TOO_MANY_VALUES).toContain(`over ${MAX_VALUES}`);
});

describe('år must match the year folder (item 9)', () => {
  it('is an error at år, saying both ways to fix it', () => {
    expect(problemsOf(valid.replace('år: 2019', 'år: 2018'), FILE)).toEqual([
      `${FILE}:2:5: fejl: år er 2018, men filen ligger i mappen 2019; skriv år: 2019, eller flyt filen til mappen 2018`,
    ]);
  });

  it('render --all with two folders claiming one year writes nothing, exit 1', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': valid, 'data/2020/runde-1.yaml': valid });
    const r = await runCli(['render', '--all', '--format', 'html', '--out', 'out'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/2020/runde-1.yaml:2:5: fejl: år er 2019, men filen ligger i mappen 2020');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
