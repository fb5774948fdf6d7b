/*
 * Just enough of a content-stream reader to find what a page draws outside
 * any marked content: operators with the span of their operands, so text can
 * be inserted between them without touching a byte of what Chromium drew.
 */

/**
 * The operators of a content stream, as parallel arrays (a stream has
 * hundreds of thousands of operators; an object for each would cost more in
 * garbage collection than the parsing itself).
 */
export interface ContentOps {
  source: string;
  count: number;
  /** The operator as a number (opCode). */
  code: Int32Array;
  /** Where its first operand (or the operator itself) starts. */
  start: Int32Array;
  /** Where the operator itself starts. */
  opStart: Int32Array;
  /** Just after the operator. */
  end: Int32Array;
}

/** An operator's name as a number: every PDF operator has at most three characters. */
export function opCode(name: string): number {
  if (name.length > 3) return -1;
  let code = 0;
  for (let i = name.length - 1; i >= 0; i--) code = code * 256 + name.charCodeAt(i);
  return code;
}

function codeAt(s: string, from: number, to: number): number {
  if (to - from > 3) return -1;
  let code = 0;
  for (let i = to - 1; i >= from; i--) code = code * 256 + (s.charCodeAt(i) & 0xff);
  return code;
}

export class ContentParseError extends Error {}

// Character classes by code: 1 whitespace, 2 delimiter.
const CLASS = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const cls = (c: number) => (c < 256 ? CLASS[c]! : 0);

function skipWs(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (cls(c) === 1) i++;
    else if (c === 0x25) while (i < s.length && s.charCodeAt(i) !== 0x0a && s.charCodeAt(i) !== 0x0d) i++;
    else break;
  }
  return i;
}

function regularEnd(s: string, i: number): number {
  while (i < s.length && cls(s.charCodeAt(i)) === 0) i++;
  return i;
}

/** End (exclusive) of the operand starting at `i`. */
function operandEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x28) {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      const d = s.charCodeAt(k);
      if (d === 0x5c) k++;
      else if (d === 0x28) depth++;
      else if (d === 0x29 && --depth === 0) return k + 1;
    }
    throw new ContentParseError('uafsluttet streng i indholdsstrøm');
  }
  if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c) {
    let k = skipWs(s, i + 2);
    while (!(s.charCodeAt(k) === 0x3e && s.charCodeAt(k + 1) === 0x3e)) {
      if (k >= s.length) throw new ContentParseError('uafsluttet ordbog i indholdsstrøm');
      k = skipWs(s, operandEnd(s, k));
    }
    return k + 2;
  }
  if (c === 0x3c) {
    const k = s.indexOf('>', i);
    if (k < 0) throw new ContentParseError('uafsluttet hex-streng i indholdsstrøm');
    return k + 1;
  }
  if (c === 0x5b) {
    let k = skipWs(s, i + 1);
    while (s.charCodeAt(k) !== 0x5d) {
      if (k >= s.length) throw new ContentParseError('uafsluttet array i indholdsstrøm');
      k = skipWs(s, operandEnd(s, k));
    }
    return k + 1;
  }
  if (c === 0x2f) return regularEnd(s, i + 1);
  const k = regularEnd(s, i);
  if (k === i) throw new ContentParseError(`uventet tegn ${JSON.stringify(s[i])} i indholdsstrøm`);
  return k;
}

const BI = opCode('BI');
const isNumberStart = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;

/** Whether the regular token s[i, end) is true, false or null (an operand, not an operator). */
function isKeyword(s: string, i: number, end: number): boolean {
  const n = end - i;
  return (n === 4 || n === 5) && (s.startsWith('true', i) || s.startsWith('null', i) || s.startsWith('false', i));
}

/**
 * The stream's operators in order. Inline images (BI … EI) are refused: Chromium does not write them.
 *
 * One loop over the characters: a page of the report has ≈ 5,000 operators
 * and three times as many operands, and this runs once per page on the
 * critical path, cold (before the JIT has seen it), so the common tokens
 * (numbers, names, hex strings, operators) are read inline; strings, arrays
 * and dictionaries go through operandEnd.
 */
export function parseContent(s: string): ContentOps {
  const n = s.length;
  let capacity = (n >> 4) + 16;
  let code = new Int32Array(capacity);
  let start = new Int32Array(capacity);
  let opStart = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let count = 0;
  let first = -1;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const kind = c < 256 ? CLASS[c]! : 0;
    if (kind === 1) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && s.charCodeAt(i) !== 0x0a && s.charCodeAt(i) !== 0x0d) i++;
      continue;
    }
    if (kind === 2 || isNumberStart(c)) {
      // An operand: a number, a name or a hex string inline, anything else by operandEnd.
      if (first < 0) first = i;
      if (c === 0x2f || kind === 0) {
        i++;
        while (i < n && (s.charCodeAt(i) >= 256 || CLASS[s.charCodeAt(i)] === 0)) i++;
      } else if (c === 0x3c && s.charCodeAt(i + 1) !== 0x3c) {
        const close = s.indexOf('>', i);
        if (close < 0) throw new ContentParseError('uafsluttet hex-streng i indholdsstrøm');
        i = close + 1;
      } else i = operandEnd(s, i);
      continue;
    }
    let j = i + 1;
    while (j < n && (s.charCodeAt(j) >= 256 || CLASS[s.charCodeAt(j)] === 0)) j++;
    if (isKeyword(s, i, j)) {
      if (first < 0) first = i;
      i = j;
      continue;
    }
    const op = codeAt(s, i, j);
    if (op === BI) throw new ContentParseError('indlejret billede i indholdsstrøm');
    if (count === capacity) {
      capacity *= 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(capacity);
        b.set(a);
        return b;
      };
      code = grow(code);
      start = grow(start);
      opStart = grow(opStart);
      end = grow(end);
    }
    code[count] = op;
    start[count] = first < 0 ? i : first;
    opStart[count] = i;
    end[count] = j;
    count++;
    first = -1;
    i = j;
  }
  if (first >= 0) throw new ContentParseError('operander uden operator i slutningen af indholdsstrøm');
  return { source: s, count, code, start, opStart, end };
}

/** Operator k's operands, each as its raw text. */
export function operandsOf(ops: ContentOps, k: number): string[] {
  const s = ops.source;
  const out: string[] = [];
  for (let i = skipWs(s, ops.start[k]!); i < ops.opStart[k]!; i = skipWs(s, i)) {
    const end = operandEnd(s, i);
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/** Operator k's name. */
export function opName(ops: ContentOps, k: number): string {
  return ops.source.slice(ops.opStart[k], ops.end[k]);
}
