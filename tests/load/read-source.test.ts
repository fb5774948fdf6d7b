import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSource, MAX_FILE_BYTES, readSource } from '../../src/load/read-source.js';
import { ALIAS_EXPANSION, parseYaml } from '../../src/load/parse-yaml.js';
import { problemsOf, header, initiative } from '../helpers/round-yaml.js';
import { tempDir } from '../helpers/temp-dir.js';
import { skippedHere } from '../helpers/platform-skips.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('encodings', () => {
  it('a UTF-8 byte order mark is dropped', () => {
    const r = decodeSource('f.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('år: 2019\n')]));
    expect(r).toEqual({ ok: true, text: 'år: 2019\n' });
  });

  it('CRLF line endings are accepted, with the same positions', () => {
    const text = header(1) + initiative('1.1', '          1:\n            tekst: a\n');
    expect(problemsOf(text.replace(/\n/g, '\r\n'), 'data/2019/runde-1.yaml')).toEqual(problemsOf(text, 'data/2019/runde-1.yaml'));
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toHaveLength(1);
  });

  it('invalid UTF-8 is refused with the byte offset and its line', () => {
    const bytes = new Uint8Array([...enc('aftale: x\ntitel: Bl'), 0xe6, ...enc(' ting\n')]); // Latin-1 "æ"
    expect(decodeSource('f.yaml', bytes)).toEqual({
      ok: false,
      problem: { file: 'f.yaml', line: 2, col: 10, severity: 'fejl', message: 'filen er ikke gyldig UTF-8 (byte 19); gem den som UTF-8' },
    });
  });

  it('truncated and overlong sequences are invalid too', () => {
    expect(decodeSource('f', new Uint8Array([0x61, 0xc3])).ok).toBe(false);
    expect(decodeSource('f', new Uint8Array([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeSource('f', new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false); // a surrogate
    expect(decodeSource('f', enc('æøå ☺ 😊')).ok).toBe(true);
  });

  it('a file over the size limit is refused', () => {
    const r = decodeSource('f.yaml', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toBe(`filen er for stor (${MAX_FILE_BYTES + 1} byte); grænsen er 5 MiB`);
  });
});

describe('YAML resource limits', () => {
  it('an alias-expansion bomb is refused by the value budget, before it expands (speed: bench/attack-shapes.ts)', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      rows.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = parseYaml('bomb.yaml', rows.join('\n') + '\n');
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual([ALIAS_EXPANSION]);
  });

  it('absurd nesting is refused', () => {
    const deep = 'a: ' + '['.repeat(200) + ']'.repeat(200) + '\n';
    const r = parseYaml('deep.yaml', deep);
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '1:35: filen er indlejret for dybt (over 32 niveauer af afsnit og lister); en rundefil bruger under 16',
    ]);
  });

  it('ids keep their written form', () => {
    expect(parseYaml('f', 'id: 1.10\ntitel: 2019\ntelefon: 24981032\når: 2019\n').value).toEqual({
      id: '1.10',
      titel: '2019',
      telefon: '24981032',
      år: 2019,
    });
  });
});

describe('reading a round file from disk', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const dir = () => {
    const d = tempDir();
    roots.push(d);
    return d;
  };

  it('refuses a file over the limit from its size, without reading it (a sparse 2 GiB file)', async () => {
    const path = join(dir(), 'runde-1.yaml');
    writeFileSync(path, 'år: 2019\n');
    truncateSync(path, 2 * 1024 ** 3);
    const r = await readSource('runde-1.yaml', path);
    expect(r).toEqual({ ok: false, problem: expect.objectContaining({ line: 1, col: 1, message: `filen er for stor (${2 * 1024 ** 3} byte); grænsen er 5 MiB` }) });
  });

  it.skipIf(skippedHere(import.meta.url, '/dev/zero'))('refuses a device (a link to /dev/zero) before reading from it', async () => {
    const path = join(dir(), 'runde-1.yaml');
    symlinkSync('/dev/zero', path);
    expect(await readSource('runde-1.yaml', path)).toEqual({
      ok: false,
      problem: expect.objectContaining({ line: 1, col: 1, message: 'en speciel fil (enhed eller socket), ikke en almindelig fil; gem rundefilen som en almindelig YAML-fil' }),
    });
  });

  it.skipIf(skippedHere(import.meta.url, 'FIFO'))('refuses a FIFO at once, never waiting for a writer (issue 13)', async () => {
    const path = join(dir(), 'runde-1.yaml');
    execFileSync('mkfifo', [path]);
    // Before the fix, open() blocked until something wrote to the FIFO: this never settled.
    expect(await readSource('runde-1.yaml', path)).toEqual({
      ok: false,
      problem: expect.objectContaining({ line: 1, col: 1, message: 'en navngiven pipe (FIFO), ikke en almindelig fil; gem rundefilen som en almindelig YAML-fil' }),
    });
  });

  it('says a folder with a round file\'s name is not a file, as a problem at 1:1, not a crash', async () => {
    const path = join(dir(), 'runde-1.yaml');
    mkdirSync(path);
    expect(await readSource('runde-1.yaml', path)).toEqual({
      ok: false,
      problem: expect.objectContaining({ line: 1, col: 1, severity: 'fejl', message: 'en mappe, ikke en almindelig fil; gem rundefilen som en almindelig YAML-fil' }),
    });
  });

  it('reads a normal file whole, BOM dropped', async () => {
    const path = join(dir(), 'runde-1.yaml');
    const body = `# kommentar\n${'x: 1\n'.repeat(40_000)}`;
    writeFileSync(path, `\uFEFF${body}`);
    expect(await readSource('runde-1.yaml', path)).toEqual({ ok: true, text: body });
  });
});
