import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Bad input through the real CLI (issue 6): every refusal is a Danish problem
 * line with file:line:col and exit 1, never a hang, a crash or a stack trace;
 * a BOM and CRLF line endings are simply accepted. Each case runs with `check`
 * and with `render --format html`.
 */

const FILE = 'data/2019/runde-1.yaml';
const valid = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tree(content: string | Uint8Array): string {
  const root = tempTree({ [FILE]: content });
  roots.push(root);
  return root;
}

const STACK = /^ {4}at /m;

function noStackTrace(r: CliResult): void {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
}

const COMMANDS: [string, string[]][] = [
  ['check', ['check', '--round', '1']],
  ['render --format html', ['render', '--round', '1', '--format', 'html', '--out', 'out']],
];

function billionLaughs(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) {
    const prev = `*a${i - 1}`;
    lines.push(`a${i}: &a${i} [${Array(10).fill(prev).join(', ')}]`);
  }
  // 10^10 values once expanded; hidden in a known key's sibling so the file is otherwise a round file.
  return lines.join('\n') + '\n' + valid;
}

describe.each(COMMANDS)('hardening, %s', (_name, args) => {
  it('refuses an alias-expansion bomb ("billion laughs") before expanding it, in Danish, exit 1', async () => {
    // The refusal itself, in-process: the 10^10 values are never built (were they, the
    // test would run out of memory or time). How fast it is: bench/attack-shapes.ts.
    const loaded = parseYaml(FILE, billionLaughs());
    expect(loaded.value).toBeUndefined();

    const r = await runCli(args, { cwd: tree(billionLaughs()), timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/2019\/runde-1\.yaml:\d+:\d+: fejl: aliaserne \(\*navn\) udfolder til over \d+ værdier; skriv værdierne ud/m);
    noStackTrace(r);
  });

  it('refuses a file over the size limit, exit 1', async () => {
    const big = valid + '# ' + 'x'.repeat(5 * 1024 * 1024) + '\n';
    const cwd = tree(big);
    const r = await runCli(args, { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/2019\/runde-1\.yaml:1:1: fejl: filen er for stor \(\d+ byte\); grænsen er 5 MiB$/m);
    noStackTrace(r);
  });

  it('refuses absurd nesting (flow and block), exit 1', async () => {
    const flow = valid + `ekstra: ${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`;
    let block = valid + 'ekstra:\n';
    for (let i = 1; i <= 400; i++) block += `${' '.repeat(i)}k${i}:\n`;
    block += `${' '.repeat(401)}x\n`;
    for (const text of [flow, block]) {
      const r = await runCli(args, { cwd: tree(text), timeoutMs: 30_000 });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^data\/2019\/runde-1\.yaml:\d+:\d+: fejl: /m);
      expect(r.stderr).not.toContain('intern fejl');
      noStackTrace(r);
    }
  });

  it('accepts a UTF-8 BOM and CRLF line endings, exit 0', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid.replace(/\n/g, '\r\n'))]);
    const r = await runCli(args, { cwd: tree(bytes) });
    expect(r.stderr).not.toMatch(/: fejl: /);
    expect(r.code).toBe(0);
    noStackTrace(r);
  });

  it('says in Danish where a tab is used for indentation', async () => {
    const text = valid.replace('        type: Drift\n', '\ttype: Drift\n');
    const line = text.split('\n').findIndex((l) => l.startsWith('\ttype')) + 1;
    const r = await runCli(args, { cwd: tree(text) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`data/2019/runde-1.yaml:${line}:1: fejl: YAML-syntaksfejl: tabulator brugt til indrykning; brug mellemrum`);
    noStackTrace(r);
  });

  it('says where invalid UTF-8 is, with the byte offset', async () => {
    const good = new TextEncoder().encode(valid);
    const at = good.indexOf(0x0a, 40) + 1; // start of a later line
    const bytes = new Uint8Array([...good.subarray(0, at), 0xc3, 0x28, ...good.subarray(at)]);
    const line = new TextDecoder().decode(good.subarray(0, at)).split('\n').length;
    const r = await runCli(args, { cwd: tree(bytes) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`data/2019/runde-1.yaml:${line}:1: fejl: filen er ikke gyldig UTF-8 (byte ${at}); gem den som UTF-8`);
    noStackTrace(r);
  });
});
