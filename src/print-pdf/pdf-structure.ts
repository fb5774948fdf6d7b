import { inflateSync } from 'node:zlib';

/*
 * Just enough of a PDF reader to append an incremental update: the last
 * cross-reference section (a classic table or a /Type /XRef stream) and its
 * /Prev chain, the trailer, and the text of an object's dictionary. Nothing
 * is rewritten, so the structure tree and everything else stay as Chromium
 * wrote them.
 */

export interface Ref {
  num: number;
  gen: number;
}

export type XrefEntry =
  | { type: 'free' }
  | { type: 'offset'; offset: number; gen: number }
  | { type: 'compressed'; stream: number; index: number };

export interface PdfTrailer {
  /** Where the last cross-reference section starts (the file's last startxref). */
  startxref: number;
  kind: 'table' | 'stream';
  size: number;
  root: Ref;
  info?: Ref;
  /** Raw text of the trailer (or xref stream) dictionary. */
  dict: DictEntries;
}

export type DictEntries = Array<[key: string, raw: string]>;

export class PdfParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfParseError';
  }
}

// Character classes as lookup tables: the scanner runs over every dictionary
// of a 2 MB PDF, and Set lookups made it a tenth of a second slower.
const WS_CODES = [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20];
const DELIM_CODES = [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25];
const IS_WS = new Uint8Array(256);
const ENDS_TOKEN = new Uint8Array(256);
for (const c of WS_CODES) IS_WS[c] = ENDS_TOKEN[c] = 1;
for (const c of DELIM_CODES) ENDS_TOKEN[c] = 1;
const isWs = (c: number) => c < 256 && IS_WS[c] === 1;
const endsToken = (c: number) => c < 256 && ENDS_TOKEN[c] === 1;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function skipWs(s: string, pos: number): number {
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (isWs(c)) pos++;
    else if (c === 0x25) {
      while (pos < s.length && s[pos] !== '\n' && s[pos] !== '\r') pos++;
    } else break;
  }
  return pos;
}

function scanToken(s: string, pos: number): number {
  while (pos < s.length && !endsToken(s.charCodeAt(pos))) pos++;
  return pos;
}

function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return to > from;
}

/** After an integer at `pos`: the end of " <gen> R" when that follows (R ending a token), else -1. */
function referenceTail(s: string, pos: number): number {
  let i = pos;
  const spaces = (from: number) => {
    let j = from;
    while (j < s.length && isWs(s.charCodeAt(j))) j++;
    return j;
  };
  i = spaces(i);
  if (i === pos) return -1;
  const genStart = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i === genStart) return -1;
  const afterGen = i;
  i = spaces(i);
  if (i === afterGen || s[i] !== 'R') return -1;
  const next = s.charCodeAt(i + 1);
  if (i + 1 < s.length && !endsToken(next)) return -1;
  return i + 1;
}

/** End (exclusive) of the PDF value starting at `pos` (after whitespace). References `n g R` count as one value. */
export function scanValue(s: string, start: number): { start: number; end: number } {
  const pos = skipWs(s, start);
  const c = s[pos];
  if (c === undefined) throw new PdfParseError('uventet slutning på PDF');
  if (c === '<' && s[pos + 1] === '<') return { start: pos, end: parseDictAt(s, pos).end };
  if (c === '<') {
    const end = s.indexOf('>', pos);
    if (end < 0) throw new PdfParseError('uafsluttet hex-streng');
    return { start: pos, end: end + 1 };
  }
  if (c === '(') {
    let depth = 0;
    for (let i = pos; i < s.length; i++) {
      const ch = s[i];
      if (ch === '\\') i++;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return { start: pos, end: i + 1 };
    }
    throw new PdfParseError('uafsluttet streng');
  }
  if (c === '[') {
    let i = skipWs(s, pos + 1);
    while (s[i] !== ']') {
      if (i >= s.length) throw new PdfParseError('uafsluttet array');
      i = skipWs(s, scanValue(s, i).end);
    }
    return { start: pos, end: i + 1 };
  }
  if (c === '/') return { start: pos, end: scanToken(s, pos + 1) };
  const end = scanToken(s, pos);
  if (end === pos) throw new PdfParseError(`uventet tegn ${JSON.stringify(c)} ved ${pos}`);
  // An integer may start a reference: "12 0 R".
  if (allDigits(s, pos, end)) {
    const refEnd = referenceTail(s, end);
    if (refEnd > 0) return { start: pos, end: refEnd };
  }
  return { start: pos, end };
}

/** The entries of the dictionary at `pos` (which must be at "<<"), each value as its raw text. */
export function parseDictAt(s: string, start: number): { entries: DictEntries; start: number; end: number } {
  const pos = skipWs(s, start);
  if (!s.startsWith('<<', pos)) throw new PdfParseError(`ingen ordbog ved ${pos}`);
  const entries: DictEntries = [];
  let i = skipWs(s, pos + 2);
  while (!s.startsWith('>>', i)) {
    if (i >= s.length) throw new PdfParseError('uafsluttet ordbog');
    if (s[i] !== '/') throw new PdfParseError(`nøgle forventet ved ${i}`);
    const keyEnd = scanToken(s, i + 1);
    const key = s.slice(i + 1, keyEnd);
    const v = scanValue(s, keyEnd);
    entries.push([key, s.slice(v.start, v.end)]);
    i = skipWs(s, v.end);
  }
  return { entries, start: pos, end: i + 2 };
}

export function dictGet(entries: DictEntries, key: string): string | undefined {
  return entries.find(([k]) => k === key)?.[1];
}

export function parseRef(raw: string | undefined): Ref | undefined {
  const m = raw === undefined ? null : /^(\d+)\s+(\d+)\s+R$/.exec(raw.trim());
  return m ? { num: Number(m[1]), gen: Number(m[2]) } : undefined;
}

function parseInt10(raw: string | undefined, what: string): number {
  const n = raw === undefined ? NaN : Number(raw.trim());
  if (!Number.isInteger(n)) throw new PdfParseError(`${what} mangler eller er ugyldig`);
  return n;
}

function numbers(raw: string | undefined): number[] {
  if (raw === undefined) return [];
  return raw.replace(/[[\]]/g, ' ').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** The number written with exactly `n` digits at `from`, or -1. */
function fixedDigits(s: string, from: number, n: number): number {
  let v = 0;
  for (let k = from; k < from + n; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 0x30);
  }
  return v;
}

/** Offset of the last `startxref` value in the file. */
export function lastStartxref(s: string): number {
  const at = s.lastIndexOf('startxref');
  if (at < 0) throw new PdfParseError('startxref mangler');
  const m = /^startxref\s+(\d+)/.exec(s.slice(at, at + 40));
  if (!m) throw new PdfParseError('startxref uden tal');
  return Number(m[1]);
}

/** Whitespace as the regular expressions here (\s) see it in a latin1 string. */
const isJsSpace = (c: number) => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0;
const isWordChar = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/**
 * `n g obj` at `pos` (within 40 characters): the object number and where
 * its value starts. Read by hand, not by a regular expression on a slice:
 * this runs for each of the thousands of objects of a tagged report.
 */
function objectHeader(s: string, pos: number): { num: number; gen: number; body: number } {
  const limit = Math.min(s.length, pos + 40);
  const fail = () => new PdfParseError(`intet objekt ved ${pos}`);
  let i = pos;
  while (i < limit && isJsSpace(s.charCodeAt(i))) i++;
  const numStart = i;
  while (i < limit && isDigit(s.charCodeAt(i))) i++;
  const numEnd = i;
  while (i < limit && isJsSpace(s.charCodeAt(i))) i++;
  const genStart = i;
  while (i < limit && isDigit(s.charCodeAt(i))) i++;
  const genEnd = i;
  while (i < limit && isJsSpace(s.charCodeAt(i))) i++;
  if (numEnd === numStart || genStart === numEnd || genEnd === genStart || i === genEnd) throw fail();
  if (i + 3 > limit || !s.startsWith('obj', i) || (i + 3 < limit && isWordChar(s.charCodeAt(i + 3)))) throw fail();
  return { num: Number(s.slice(numStart, numEnd)), gen: Number(s.slice(genStart, genEnd)), body: i + 3 };
}

/** The raw (still filtered) bytes of the stream whose dictionary ends at `dictEnd`. */
function streamBytes(bytes: Uint8Array, s: string, dictEnd: number, length: number): Uint8Array {
  const m = /^\s*stream(\r\n|\n|\r)/.exec(s.slice(dictEnd, dictEnd + 20));
  if (!m) throw new PdfParseError('stream mangler');
  const from = dictEnd + m[0].length;
  return bytes.subarray(from, from + length);
}

function pngUnpredict(data: Uint8Array, columns: number): Uint8Array {
  const rowLen = columns + 1;
  const rows = Math.floor(data.length / rowLen);
  const out = new Uint8Array(rows * columns);
  const prev = new Uint8Array(columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * rowLen]!;
    const row = new Uint8Array(columns);
    for (let c = 0; c < columns; c++) {
      const raw = data[r * rowLen + 1 + c]!;
      const left = c > 0 ? row[c - 1]! : 0;
      const up = prev[c]!;
      const upLeft = c > 0 ? prev[c - 1]! : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new PdfParseError(`ukendt PNG-prædiktor ${type}`);
      row[c] = v & 0xff;
    }
    out.set(row, r * columns);
    prev.set(row);
  }
  return out;
}

function decodeStream(raw: Uint8Array, dict: DictEntries): Uint8Array {
  const filter = dictGet(dict, 'Filter')?.replace(/[[\]\s]/g, '') ?? '';
  let data = raw;
  if (filter === '/FlateDecode') data = inflateSync(raw);
  else if (filter !== '') throw new PdfParseError(`ukendt filter ${filter}`);
  const parms = dictGet(dict, 'DecodeParms');
  if (parms !== undefined && parms.startsWith('<<')) {
    const p = parseDictAt(parms, 0).entries;
    const predictor = Number(dictGet(p, 'Predictor') ?? 1);
    if (predictor >= 10) data = pngUnpredict(data, Number(dictGet(p, 'Columns') ?? 1));
    else if (predictor !== 1) throw new PdfParseError(`ukendt prædiktor ${predictor}`);
  }
  return data;
}

export class PdfFile {
  readonly text: string;
  readonly trailer: PdfTrailer;
  /** Newest entry for every object number. */
  readonly xref = new Map<number, XrefEntry>();
  #objStms = new Map<number, { s: string; offsets: Map<number, number> }>();

  constructor(readonly bytes: Uint8Array) {
    this.text = latin1(bytes);
    if (!this.text.startsWith('%PDF-')) throw new PdfParseError('ikke en PDF');
    const startxref = lastStartxref(this.text);
    let trailer: PdfTrailer | undefined;
    const seen = new Set<number>();
    for (let at: number | undefined = startxref; at !== undefined; ) {
      if (seen.has(at)) throw new PdfParseError('løkke i /Prev');
      seen.add(at);
      const section = this.#readSection(at);
      trailer ??= section.trailer;
      at = section.prev;
    }
    this.trailer = trailer!;
  }

  #add(num: number, entry: XrefEntry): void {
    if (!this.xref.has(num)) this.xref.set(num, entry);
  }

  #readSection(at: number): { trailer: PdfTrailer; prev: number | undefined } {
    const s = this.text;
    const pos = skipWs(s, at);
    let dict: DictEntries;
    let kind: PdfTrailer['kind'];
    if (s.startsWith('xref', pos)) {
      kind = 'table';
      let i = skipWs(s, pos + 4);
      while (!s.startsWith('trailer', i)) {
        const head = /^(\d+)\s+(\d+)/.exec(s.slice(i, i + 40));
        if (!head) throw new PdfParseError(`ugyldig xref ved ${i}`);
        const first = Number(head[1]);
        const count = Number(head[2]);
        i = skipWs(s, i + head[0].length);
        for (let k = 0; k < count; k++) {
          // "oooooooooo ggggg n": read by hand, one entry per object (thousands in a tagged report).
          const offset = fixedDigits(s, i, 10);
          const gen = fixedDigits(s, i + 11, 5);
          const type = s[i + 17];
          if (offset < 0 || gen < 0 || s[i + 10] !== ' ' || s[i + 16] !== ' ' || (type !== 'n' && type !== 'f')) throw new PdfParseError(`ugyldig xref-post ved ${i}`);
          this.#add(first + k, type === 'n' ? { type: 'offset', offset, gen } : { type: 'free' });
          i = skipWs(s, i + 18);
        }
      }
      dict = parseDictAt(s, i + 'trailer'.length).entries;
      // A hybrid file's /XRefStm adds the compressed objects.
      const stm = dictGet(dict, 'XRefStm');
      if (stm !== undefined) this.#readSection(Number(stm));
    } else {
      kind = 'stream';
      const head = objectHeader(s, pos);
      const d = parseDictAt(s, head.body);
      dict = d.entries;
      if (dictGet(dict, 'Type')?.trim() !== '/XRef') throw new PdfParseError('startxref peger hverken på xref eller en xref-strøm');
      const data = decodeStream(streamBytes(this.bytes, s, d.end, parseInt10(dictGet(dict, 'Length'), '/Length')), dict);
      const w = numbers(dictGet(dict, 'W'));
      const size = parseInt10(dictGet(dict, 'Size'), '/Size');
      const index = dictGet(dict, 'Index') === undefined ? [0, size] : numbers(dictGet(dict, 'Index'));
      const rowLen = w.reduce((a, b) => a + b, 0);
      const field = (row: number, f: number, dflt: number) => {
        if (w[f] === 0) return dflt;
        let off = row * rowLen;
        for (let k = 0; k < f; k++) off += w[k]!;
        let v = 0;
        for (let k = 0; k < w[f]!; k++) v = v * 256 + data[off + k]!;
        return v;
      };
      let row = 0;
      for (let p = 0; p + 1 < index.length; p += 2) {
        for (let k = 0; k < index[p + 1]!; k++, row++) {
          const type = field(row, 0, 1);
          const num = index[p]! + k;
          if (type === 1) this.#add(num, { type: 'offset', offset: field(row, 1, 0), gen: field(row, 2, 0) });
          else if (type === 2) this.#add(num, { type: 'compressed', stream: field(row, 1, 0), index: field(row, 2, 0) });
          else this.#add(num, { type: 'free' });
        }
      }
    }
    const root = parseRef(dictGet(dict, 'Root'));
    const info = parseRef(dictGet(dict, 'Info'));
    const prevRaw = dictGet(dict, 'Prev');
    const trailer: PdfTrailer = {
      startxref: at,
      kind,
      size: parseInt10(dictGet(dict, 'Size'), '/Size'),
      root: root ?? { num: -1, gen: 0 },
      ...(info ? { info } : {}),
      dict,
    };
    return { trailer, prev: prevRaw === undefined ? undefined : parseInt10(prevRaw, '/Prev') };
  }

  /** Where object `num` starts in the file, when it is not inside an object stream. */
  offsetOf(num: number): number | undefined {
    const e = this.xref.get(num);
    return e?.type === 'offset' ? e.offset : undefined;
  }

  /** The object's dictionary entries and, for a directly stored object, where the dictionary lies in the file. */
  dictOf(num: number): { entries: DictEntries; span?: { start: number; end: number } } {
    const e = this.xref.get(num);
    if (e === undefined || e.type === 'free') throw new PdfParseError(`objekt ${num} findes ikke`);
    if (e.type === 'offset') {
      const head = objectHeader(this.text, e.offset);
      if (head.num !== num) throw new PdfParseError(`xref peger forkert for objekt ${num}`);
      const d = parseDictAt(this.text, head.body);
      return { entries: d.entries, span: { start: d.start, end: d.end } };
    }
    const stm = this.#objStm(e.stream);
    const off = stm.offsets.get(num);
    if (off === undefined) throw new PdfParseError(`objekt ${num} mangler i objektstrøm ${e.stream}`);
    return { entries: parseDictAt(stm.s, off).entries };
  }

  /** A directly stored stream's dictionary and its decoded data (FlateDecode or none). */
  streamOf(num: number): { entries: DictEntries; data: Uint8Array } {
    const at = this.offsetOf(num);
    if (at === undefined) throw new PdfParseError(`strøm ${num} findes ikke`);
    const head = objectHeader(this.text, at);
    const d = parseDictAt(this.text, head.body);
    const length = this.#resolveInt(dictGet(d.entries, 'Length'));
    return { entries: d.entries, data: decodeStream(streamBytes(this.bytes, this.text, d.end, length), d.entries) };
  }

  #objStm(num: number): { s: string; offsets: Map<number, number> } {
    const cached = this.#objStms.get(num);
    if (cached) return cached;
    const at = this.offsetOf(num);
    if (at === undefined) throw new PdfParseError(`objektstrøm ${num} findes ikke`);
    const head = objectHeader(this.text, at);
    const d = parseDictAt(this.text, head.body);
    const length = this.#resolveInt(dictGet(d.entries, 'Length'));
    const data = latin1(decodeStream(streamBytes(this.bytes, this.text, d.end, length), d.entries));
    const n = parseInt10(dictGet(d.entries, 'N'), '/N');
    const first = parseInt10(dictGet(d.entries, 'First'), '/First');
    const pairs = numbers(data.slice(0, first));
    const offsets = new Map<number, number>();
    for (let k = 0; k < n; k++) offsets.set(pairs[2 * k]!, first + pairs[2 * k + 1]!);
    const result = { s: data, offsets };
    this.#objStms.set(num, result);
    return result;
  }

  #resolveInt(raw: string | undefined): number {
    const ref = parseRef(raw);
    if (!ref) return parseInt10(raw, '/Length');
    const at = this.offsetOf(ref.num);
    if (at === undefined) throw new PdfParseError('/Length peger på et ukendt objekt');
    const head = objectHeader(this.text, at);
    return parseInt10(this.text.slice(head.body, scanValue(this.text, head.body).end), '/Length');
  }
}

/** The values of an array's raw text, "[1 0 R (a) /N]" → ["1 0 R", "(a)", "/N"]. */
export function arrayItems(raw: string): string[] {
  const items: string[] = [];
  let i = raw.indexOf('[');
  if (i < 0) return items;
  i++;
  for (;;) {
    while (i < raw.length && /\s/.test(raw[i]!)) i++;
    if (i >= raw.length || raw[i] === ']') return items;
    const v = scanValue(raw, i);
    items.push(raw.slice(v.start, v.end));
    i = v.end;
  }
}

/** Where each directly stored object's dictionary lies (never stream data): for in-place edits. */
export function dictRegions(pdf: PdfFile): Array<{ num: number; start: number; end: number }> {
  const regions: Array<{ num: number; start: number; end: number }> = [];
  for (const [num, e] of pdf.xref) {
    if (e.type !== 'offset') continue;
    try {
      const head = objectHeader(pdf.text, e.offset);
      if (head.num !== num) continue;
      const start = skipWs(pdf.text, head.body);
      if (!pdf.text.startsWith('<<', start)) continue; // a number, an array…: nothing to edit
      regions.push({ num, start, end: dictEnd(pdf.text, start) });
    } catch {
      /* not a well-formed dictionary: leave it alone */
    }
  }
  return regions.sort((a, b) => a.start - b.start);
}

/**
 * End (exclusive) of the dictionary at `start` ("<<"), found by counting
 * nesting and skipping strings and comments rather than parsing every value:
 * a tagged PDF has thousands of structure elements, and this runs over all.
 */
export function dictEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (s.charCodeAt(i + 1) === 0x3c) {
        depth++;
        i++;
      } else {
        const close = s.indexOf('>', i);
        if (close < 0) break;
        i = close;
      }
    } else if (c === 0x3e /* > */ && s.charCodeAt(i + 1) === 0x3e) {
      i++;
      if (--depth === 0) return i + 1;
    } else if (c === 0x28 /* ( */) {
      let parens = 0;
      for (; i < s.length; i++) {
        const ch = s.charCodeAt(i);
        if (ch === 0x5c /* backslash */) i++;
        else if (ch === 0x28) parens++;
        else if (ch === 0x29 && --parens === 0) break;
      }
    } else if (c === 0x25 /* % */) {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    }
  }
  throw new PdfParseError('uafsluttet ordbog');
}
