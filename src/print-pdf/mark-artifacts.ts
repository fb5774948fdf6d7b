import { parseContent, type ContentOp } from './content-stream.js';

/*
 * PDF/UA-1 wants every piece of page content either tagged or marked as an
 * artifact. Chromium tags what the DOM draws but leaves the page background
 * and the @page margin boxes (the running title, "Side X af Y") unmarked.
 * This wraps each run of unmarked drawing in /Artifact marked content: text
 * in the top or bottom margin as a pagination header or footer, anything
 * else (the white page, clipping paths) as a plain artifact. A run never
 * crosses q/Q, BT/ET or other marked content, so the nesting stays valid.
 */

/** Operators that paint (or set a clip with n): each needs marked content around it. */
const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'sh', 'Do']);
const SHOW_TEXT = new Set(['Tj', 'TJ', "'", '"']);
const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
/** A run of artifact content stops before these. */
const BOUNDARY = new Set(['q', 'Q', 'BT', 'ET', 'BDC', 'BMC', 'EMC', 'BX', 'EX']);

/*
 * Marked content that tags (an MCID) or marks an artifact; other marked
 * content, such as the /Span with /ActualText Chromium puts around a glyph
 * it has no character for, neither tags nor marks what it holds.
 */
function isMarking(o: ContentOp): boolean {
  return o.operands[0] === '/Artifact' || (o.op === 'BDC' && /\/MCID\b/.test(o.operands[1] ?? ''));
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const matrixOf = (op: ContentOp): Matrix => op.operands.slice(0, 6).map(Number) as Matrix;

export interface ArtifactOptions {
  /** The page's height in points (its MediaBox), to tell the header from the footer. */
  pageHeight: number;
  /** Text starting this close to the top or bottom edge is a running header or footer. */
  marginPt: number;
}

interface Unit {
  first: number;
  last: number;
  /** Where the text starts on the page (y, in points from the bottom), for text. */
  textY?: number;
}

/**
 * The content with every unmarked drawing inside /Artifact marked content,
 * or null when nothing was unmarked.
 */
export function markArtifacts(content: string, options: ArtifactOptions): string | null {
  const ops = parseContent(content);
  const units = unmarkedUnits(ops);
  if (units.length === 0) return null;
  // Consecutive units with nothing but state changes between them share one artifact.
  const runs: Array<{ first: number; last: number; tag: string }> = [];
  for (const u of units) {
    const prev = runs[runs.length - 1];
    const tag = artifactTag(u, options);
    if (prev && prev.tag === tag && !ops.slice(prev.last + 1, u.first).some((o) => BOUNDARY.has(o.op))) prev.last = u.last;
    else runs.push({ first: u.first, last: u.last, tag });
  }
  let out = '';
  let at = 0;
  for (const run of runs) {
    const from = ops[run.first]!.start;
    const to = ops[run.last]!.end;
    out += `${content.slice(at, from)}${run.tag}\n${content.slice(from, to)}\nEMC`;
    at = to;
  }
  return out + content.slice(at);
}

function artifactTag(run: Unit, { pageHeight, marginPt }: ArtifactOptions): string {
  if (run.textY === undefined) return '/Artifact BMC';
  if (run.textY >= pageHeight - marginPt) return '/Artifact <</Type /Pagination /Subtype /Header>> BDC';
  if (run.textY <= marginPt) return '/Artifact <</Type /Pagination /Subtype /Footer>> BDC';
  return '/Artifact <</Type /Pagination>> BDC';
}

/** The drawing units outside marked content, in order, with the text's position. */
function unmarkedUnits(ops: ContentOp[]): Unit[] {
  const units: Unit[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const marks: boolean[] = [];
  let depth = 0;
  let pathStart = -1;
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k]!;
    if (o.op === 'q') stack.push(ctm);
    else if (o.op === 'Q') ctm = stack.pop() ?? IDENTITY;
    else if (o.op === 'cm') ctm = multiply(matrixOf(o), ctm);
    else if (o.op === 'BDC' || o.op === 'BMC') {
      marks.push(isMarking(o));
      if (isMarking(o)) depth++;
    } else if (o.op === 'EMC' && marks.pop()) depth--;
    if (PATH.has(o.op)) {
      if (pathStart < 0) pathStart = k;
      continue;
    }
    if (o.op === 'BT') {
      const text = textObject(ops, k, ctm, depth);
      if (depth === 0 && text.atomic) {
        units.push({ first: k, last: text.end, textY: text.y });
        k = text.end;
        continue;
      }
      // Marked content inside the text object: its unmarked text operators one by one.
      for (const show of text.unmarkedShows) units.push({ first: show, last: show, textY: text.y });
      k = text.end;
      continue;
    }
    if (PAINT.has(o.op)) {
      if (depth === 0) units.push({ first: pathStart >= 0 && o.op !== 'sh' && o.op !== 'Do' ? pathStart : k, last: k });
    }
    pathStart = -1;
  }
  return units;
}

/**
 * The text object starting at `bt`: where it ends, whether it holds no
 * marked content (so it can be wrapped whole), its unmarked text operators
 * otherwise, and the page y of its first text position.
 */
function textObject(ops: ContentOp[], bt: number, ctm: Matrix, depth: number): { end: number; atomic: boolean; unmarkedShows: number[]; y: number } {
  let tm: Matrix = IDENTITY;
  let y: number | undefined;
  let atomic = true;
  let inner = 0;
  const marks: boolean[] = [];
  const unmarkedShows: number[] = [];
  let k = bt + 1;
  for (; k < ops.length && ops[k]!.op !== 'ET'; k++) {
    const o = ops[k]!;
    if (o.op === 'Tm') tm = matrixOf(o);
    else if (o.op === 'Td' || o.op === 'TD') tm = multiply([1, 0, 0, 1, Number(o.operands[0]), Number(o.operands[1])], tm);
    else if (o.op === 'BDC' || o.op === 'BMC') {
      atomic = false;
      marks.push(isMarking(o));
      if (isMarking(o)) inner++;
    } else if (o.op === 'EMC') {
      atomic = false;
      if (marks.pop()) inner--;
    } else if (SHOW_TEXT.has(o.op)) {
      y ??= multiply(tm, ctm)[5];
      if (depth + inner === 0) unmarkedShows.push(k);
    }
  }
  return { end: Math.min(k, ops.length - 1), atomic, unmarkedShows, y: y ?? multiply(tm, ctm)[5] };
}
