/*
 * A seeded mutator of round files, as an economist's slip or a broken editor
 * would change them: lines deleted, duplicated and moved, indentation changed,
 * values swapped between keys, random Unicode inserted, the file truncated,
 * and at byte level invalid UTF-8, a BOM or other line endings. The same seed
 * always gives the same bytes.
 */

/** mulberry32: small, fast and good enough to spread cases. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of case `index` of a run with `master`: every case can be replayed alone. */
export function caseSeed(master: number, index: number): number {
  let h = (master ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Random {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const KEYS = [
  'aftale', 'år', 'runde', 'dato', 'modtager', 'kommune', 'sagsid', 'kontakt', 'navn', 'telefon', 'email',
  'læsevejledning', 'temaer', 'titel', 'indsatser', 'id', 'type', 'beskrivelse', 'ansvar', 'center', 'udvalg',
  'bidragsyder', 'bemærkning', 'milepæle', 'tekst', 'status', 'smiley', 'økonomi', 'tidligere_aftaler',
  'seneste_status', '1', '2', '3', '4', '5', '0',
  // near misses and keys with a meaning to JavaScript or YAML
  'milepaele', 'okonomi', 'Titel', 'smilie', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  'valueOf', '<<', '? x', '"quoted key"', "'a\\nb'", '"a\\nb"', '""', '[a, b]', '{a: b}', '1.0', 'null', '~', 'true',
];

const VALUES = [
  '', '~', 'null', 'true', 'false', 'yes', 'no', '0', '-1', '5', '2019', '1e400', '-1e400', '.nan', '-.inf', '0x7E3',
  '0o17', '1_000', '2019-02-30', '2019-13-01', '2019-08-01T10:00:00Z', '12:30:00', '"2019-08-01"', 'glad', 'neutral',
  'sur', 'Glad', 'happy', '😊', 'Drift', 'Anlæg', 'anlaeg', '[]', '{}', '[a, b]', '{tekst: x, smiley: glad}', '[[[]]]',
  '"\\u0000"', '"\\x1b[2J\\x1b[31mrød"', '"a\\nb"', '"\\u202Eevil"', '!!binary aGVq', '!!js/function "function(){}"',
  '!!python/object:os.system x', '!<tag:yaml.org,2002:str> x', '!!set {a, b}', '!!omap [a: 1]', '!!timestamp 2019-08-01',
  '!!float 1', '!!int "x"', '&anker værdi', '*anker', '*undefined', '|', '>-', '|+', '|9', '"unterminated', "'", '"',
  '<script>alert(1)</script>', '[klik](javascript:alert(1))', '<img src=x onerror=alert(1)>', '</style><b>x',
  '- item', '? x', '%YAML 1.1', '---', '...', '#', '@x', '`x`', 'a: b: c', 'x # kommentar', 'https://balk.dk',
  'mailto:a@b.dk', '9'.repeat(400), 'x'.repeat(3000), '\t', 'a\tb', '\u00a0', '\u2028', '\ufeff',
];

/** Characters that break things: YAML syntax, controls, bidi, surrogates, wide and combining characters. */
const CHARS = [
  ':', ' ', '-', '#', '&', '*', '!', '|', '>', '{', '}', '[', ']', ',', '"', "'", '%', '@', '`', '?', '\\', '\n', '\r',
  '\t', '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001b[2J', '\u007f', '\u0085', '\u009b',
  '\u00a0', '\u00ad', '\u200b', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\ud800', '\udfff',
  '\ud83d', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '😊', '☺', '☹', '😐', '😞', '👨‍👩‍👧', 'e\u0301', '\u0301', 'ﷺ', '𝔘', '中',
  'ש', 'ع', '\u0600', '<', '>', '&amp;', '<script>', '</', '=',
];

type Mutation = (text: string, r: Random) => [string, string];

function lines(text: string): string[] {
  return text.split('\n');
}

const KEY_LINE = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):(\s+)(\S.*)$/;

const textMutations: Mutation[] = [
  function deleteLines(text, r) {
    const ls = lines(text);
    const at = r.int(ls.length);
    const n = 1 + r.int(3);
    ls.splice(at, n);
    return [ls.join('\n'), `delete ${n} line(s) at ${at + 1}`];
  },
  function duplicateLines(text, r) {
    const ls = lines(text);
    const at = r.int(ls.length);
    const n = r.chance(0.7) ? 1 : 2 + r.int(15);
    ls.splice(at, 0, ...ls.slice(at, at + n));
    return [ls.join('\n'), `duplicate ${n} line(s) at ${at + 1}`];
  },
  function moveLine(text, r) {
    const ls = lines(text);
    const from = r.int(ls.length);
    const [line] = ls.splice(from, 1);
    const to = r.int(ls.length + 1);
    ls.splice(to, 0, line ?? '');
    return [ls.join('\n'), `move line ${from + 1} to ${to + 1}`];
  },
  function reindent(text, r) {
    const ls = lines(text);
    const at = r.int(ls.length);
    const line = ls[at] ?? '';
    const indent = /^\s*/.exec(line)![0].length;
    const choice = r.int(4);
    let next: string;
    if (choice === 0) next = '\t' + line.trimStart();
    else if (choice === 1) next = ' '.repeat(indent) + '\t' + line.trimStart();
    else next = ' '.repeat(Math.max(0, indent + (r.chance(0.5) ? 1 : -1) * (1 + r.int(4)))) + line.trimStart();
    ls[at] = next;
    return [ls.join('\n'), `reindent line ${at + 1} (${JSON.stringify(next.slice(0, 12))})`];
  },
  function swapValues(text, r) {
    const ls = lines(text);
    const candidates = ls.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length < 2) return [text, 'swap values: none'];
    const a = r.pick(candidates);
    const b = r.pick(candidates);
    const ma = KEY_LINE.exec(ls[a]!)!;
    const mb = KEY_LINE.exec(ls[b]!)!;
    ls[a] = `${ma[1]}${ma[2]}:${ma[3]}${mb[4]}`;
    ls[b] = `${mb[1]}${mb[2]}:${mb[3]}${ma[4]}`;
    return [ls.join('\n'), `swap values of lines ${a + 1} and ${b + 1}`];
  },
  function replaceKey(text, r) {
    const ls = lines(text);
    const candidates = ls.map((l, i) => (/^\s*(?:-\s+)?[^\s:#][^:#]*:/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return [text, 'replace key: none'];
    const at = r.pick(candidates);
    const key = r.pick(KEYS);
    ls[at] = ls[at]!.replace(/^(\s*(?:-\s+)?)[^\s:#][^:#]*:/, `$1${key}:`);
    return [ls.join('\n'), `key of line ${at + 1} -> ${JSON.stringify(key)}`];
  },
  function replaceValue(text, r) {
    const ls = lines(text);
    const candidates = ls.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return [text, 'replace value: none'];
    const at = r.pick(candidates);
    const value = r.pick(VALUES);
    const m = KEY_LINE.exec(ls[at]!)!;
    ls[at] = `${m[1]}${m[2]}:${m[3]}${value}`;
    return [ls.join('\n'), `value of line ${at + 1} -> ${JSON.stringify(value.slice(0, 40))}`];
  },
  function insertUnicode(text, r) {
    const at = r.int(text.length + 1);
    let s = '';
    const n = 1 + r.int(4);
    for (let i = 0; i < n; i++) {
      s += r.chance(0.8) ? r.pick(CHARS) : String.fromCodePoint(r.int(0x110000));
    }
    return [text.slice(0, at) + s + text.slice(at), `insert ${JSON.stringify(s)} at offset ${at}`];
  },
  function truncate(text, r) {
    const at = r.int(text.length + 1);
    return [text.slice(0, at), `truncate at offset ${at}`];
  },
  function aliases(text, r) {
    const ls = lines(text);
    const candidates = ls.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length < 2) return [text, 'aliases: none'];
    const a = r.pick(candidates);
    const b = r.pick(candidates);
    const ma = KEY_LINE.exec(ls[a]!)!;
    ls[a] = `${ma[1]}${ma[2]}:${ma[3]}&x ${ma[4]}`;
    const mb = KEY_LINE.exec(ls[b]!)!;
    ls[b] = r.chance(0.7) ? `${mb[1]}${mb[2]}:${mb[3]}*x` : `${mb[1]}<<: *x`;
    return [ls.join('\n'), `anchor on line ${a + 1}, alias on line ${b + 1}`];
  },
  function deepNesting(text, r) {
    const ls = lines(text);
    const candidates = ls.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return [text, 'nesting: none'];
    const at = r.pick(candidates);
    const depth = 10 + r.int(200);
    const m = KEY_LINE.exec(ls[at]!)!;
    const [open, close] = r.chance(0.5) ? ['[', ']'] : ['{a: ', '}'];
    ls[at] = `${m[1]}${m[2]}:${m[3]}${open.repeat(depth)}x${close.repeat(r.chance(0.9) ? depth : r.int(depth))}`;
    return [ls.join('\n'), `nesting ${depth} on line ${at + 1}`];
  },
  function documentMarker(text, r) {
    const ls = lines(text);
    const at = r.int(ls.length + 1);
    const marker = r.pick(['---', '...', '--- !!map', '%YAML 1.2\n---', '%TAG ! tag:x,2000:', '# ---']);
    ls.splice(at, 0, marker);
    return [ls.join('\n'), `marker ${JSON.stringify(marker)} at line ${at + 1}`];
  },
];

type ByteMutation = (bytes: Uint8Array, r: Random) => [Uint8Array, string];

const INVALID_UTF8 = [[0xff], [0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe6], [0xc3], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82]];

const byteMutations: ByteMutation[] = [
  function invalidUtf8(bytes, r) {
    const at = r.int(bytes.length + 1);
    const bad = r.pick(INVALID_UTF8);
    return [new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]), `invalid UTF-8 ${JSON.stringify(bad)} at byte ${at}`];
  },
  function bom(bytes) {
    return [new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'BOM'];
  },
  function crlf(bytes, r) {
    const cr = r.chance(0.8);
    const out: number[] = [];
    for (const b of bytes) {
      if (b === 0x0a) {
        if (cr) out.push(0x0d, 0x0a);
        else out.push(0x0d);
      } else out.push(b);
    }
    return [new Uint8Array(out), cr ? 'CRLF' : 'CR only'];
  },
  function truncateBytes(bytes, r) {
    const at = r.int(bytes.length + 1);
    return [bytes.subarray(0, at), `truncate at byte ${at}`];
  },
];

export interface Mutated {
  bytes: Uint8Array;
  /** What was done, in order, for the failure report. */
  steps: string[];
}

/** 1-4 mutations of `text` chosen by `seed`; sometimes also one at byte level. */
export function mutate(text: string, seed: number): Mutated {
  const r = new Random(rng(seed));
  const steps: string[] = [];
  let t = text;
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const [next, step] = r.pick(textMutations)(t, r);
    t = next;
    steps.push(step);
  }
  let bytes: Uint8Array = new TextEncoder().encode(t);
  if (r.chance(0.15)) {
    const [next, step] = r.pick(byteMutations)(bytes, r);
    bytes = next;
    steps.push(step);
  }
  return { bytes, steps };
}
