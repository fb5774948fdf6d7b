/*
 * Just enough of a content-stream reader to find what a page draws outside
 * any marked content: operators with the span of their operands, so text can
 * be inserted between them without touching a byte of what Chromium drew.
 */

export interface ContentOp {
  /** The operator, e.g. "Tj", "re", "BDC". */
  op: string;
  /** Where its first operand (or the operator itself) starts. */
  start: number;
  /** Just after the operator. */
  end: number;
  /** The operands' raw text. */
  operands: string[];
}

export class ContentParseError extends Error {}

const isWs = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
const isDelim = (c: string | undefined) => c !== undefined && '()<>[]{}/%'.includes(c);

function skipWs(s: string, i: number): number {
  while (i < s.length) {
    if (isWs(s[i])) i++;
    else if (s[i] === '%') while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    else break;
  }
  return i;
}

function regularEnd(s: string, i: number): number {
  while (i < s.length && !isWs(s[i]) && !isDelim(s[i])) i++;
  return i;
}

/** End (exclusive) of the operand starting at `i`. */
function operandEnd(s: string, i: number): number {
  const c = s[i];
  if (c === '(') {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      if (s[k] === '\\') k++;
      else if (s[k] === '(') depth++;
      else if (s[k] === ')' && --depth === 0) return k + 1;
    }
    throw new ContentParseError('uafsluttet streng i indholdsstrøm');
  }
  if (c === '<' && s[i + 1] === '<') {
    let k = skipWs(s, i + 2);
    while (!s.startsWith('>>', k)) {
      if (k >= s.length) throw new ContentParseError('uafsluttet ordbog i indholdsstrøm');
      k = skipWs(s, operandEnd(s, k));
    }
    return k + 2;
  }
  if (c === '<') {
    const k = s.indexOf('>', i);
    if (k < 0) throw new ContentParseError('uafsluttet hex-streng i indholdsstrøm');
    return k + 1;
  }
  if (c === '[') {
    let k = skipWs(s, i + 1);
    while (s[k] !== ']') {
      if (k >= s.length) throw new ContentParseError('uafsluttet array i indholdsstrøm');
      k = skipWs(s, operandEnd(s, k));
    }
    return k + 1;
  }
  if (c === '/') return regularEnd(s, i + 1);
  const k = regularEnd(s, i);
  if (k === i) throw new ContentParseError(`uventet tegn ${JSON.stringify(c)} i indholdsstrøm`);
  return k;
}

const isOperand = (token: string) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) || token === 'true' || token === 'false' || token === 'null';

/** The stream's operators in order. Inline images (BI … EI) are refused: Chromium does not write them. */
export function parseContent(s: string): ContentOp[] {
  const ops: ContentOp[] = [];
  let operands: string[] = [];
  let start = -1;
  for (let i = skipWs(s, 0); i < s.length; i = skipWs(s, i)) {
    const c = s[i]!;
    const end = operandEnd(s, i);
    const token = s.slice(i, end);
    if (c === '(' || c === '<' || c === '[' || c === '/' || isOperand(token)) {
      if (start < 0) start = i;
      operands.push(token);
    } else {
      if (token === 'BI') throw new ContentParseError('indlejret billede i indholdsstrøm');
      ops.push({ op: token, start: start < 0 ? i : start, end, operands });
      operands = [];
      start = -1;
    }
    i = end;
  }
  if (operands.length > 0) throw new ContentParseError('operander uden operator i slutningen af indholdsstrøm');
  return ops;
}
