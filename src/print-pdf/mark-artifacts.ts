import { opCode, operandsOf, parseContent, type ContentOps } from './content-stream.js';

/*
 * PDF/UA-1 wants every piece of page content either tagged or marked as an
 * artifact. Chromium tags what the DOM draws but leaves the page background
 * and the @page margin boxes (the running title, "Side X af Y") unmarked.
 * This wraps each run of unmarked drawing in /Artifact marked content: text
 * in the top or bottom margin as a pagination header or footer, anything
 * else (the white page, clipping paths) as a plain artifact. A run never
 * crosses q/Q, BT/ET or other marked content, so the nesting stays valid.
 */

/*
 * What each operator is, as bit flags in one Map by operator code: this is
 * looked up for every operator of every page, once.
 */
/** Paints (or sets a clip with n): needs marked content around it. */
const PAINT = 1;
const SHOW_TEXT = 2;
const PATH = 4;
/** A run of artifact content stops before these. */
const BOUNDARY = 8;
const KIND = new Map<number, number>();
const flag = (names: string[], bit: number) => {
  for (const name of names) KIND.set(opCode(name), (KIND.get(opCode(name)) ?? 0) | bit);
};
flag(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'sh', 'Do'], PAINT);
flag(['Tj', 'TJ', "'", '"'], SHOW_TEXT);
flag(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*'], PATH);
flag(['q', 'Q', 'BT', 'ET', 'BDC', 'BMC', 'EMC', 'BX', 'EX'], BOUNDARY);
const kindOf = (code: number) => KIND.get(code) ?? 0;
const [Q_SAVE, Q_RESTORE, CM, BDC, BMC, EMC, BT, ET, TM, TD, TD_UPPER, SH, DO] = ['q', 'Q', 'cm', 'BDC', 'BMC', 'EMC', 'BT', 'ET', 'Tm', 'Td', 'TD', 'sh', 'Do'].map(opCode) as [
  number, number, number, number, number, number, number, number, number, number, number, number, number,
];

/*
 * Marked content that tags (an MCID) or marks an artifact; other marked
 * content, such as the /Span with /ActualText Chromium puts around a glyph
 * it has no character for, neither tags nor marks what it holds.
 */
function isMarking(ops: ContentOps, k: number): boolean {
  const operands = operandsOf(ops, k);
  return operands[0] === '/Artifact' || (ops.code[k] === BDC && /\/MCID\b/.test(operands[1] ?? ''));
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

const matrixOf = (ops: ContentOps, k: number): Matrix => operandsOf(ops, k).slice(0, 6).map(Number) as Matrix;

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

/** Text to insert at an offset of the content stream. */
export interface Insertion {
  at: number;
  text: string;
}

/**
 * Where to insert /Artifact … EMC so that every unmarked drawing is inside
 * one, in order; empty when nothing is unmarked.
 */
export function artifactInsertions(content: string, options: ArtifactOptions): Insertion[] {
  const ops = parseContent(content);
  // Consecutive units with nothing but state changes between them share one artifact.
  const runs: Array<{ first: number; last: number; tag: string }> = [];
  for (const u of unmarkedUnits(ops)) {
    const prev = runs[runs.length - 1];
    const tag = artifactTag(u, options);
    if (prev && prev.tag === tag && !boundaryBetween(ops, prev.last, u.first)) prev.last = u.last;
    else runs.push({ first: u.first, last: u.last, tag });
  }
  return runs.flatMap((run) => [
    { at: ops.start[run.first]!, text: `${run.tag}\n` },
    { at: ops.end[run.last]!, text: '\nEMC' },
  ]);
}

/** The content with every unmarked drawing inside /Artifact marked content, or null when nothing was unmarked. */
export function markArtifacts(content: string, options: ArtifactOptions): string | null {
  const insertions = artifactInsertions(content, options);
  if (insertions.length === 0) return null;
  let out = '';
  let at = 0;
  for (const ins of insertions) {
    out += content.slice(at, ins.at) + ins.text;
    at = ins.at;
  }
  return out + content.slice(at);
}

function boundaryBetween(ops: ContentOps, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if ((kindOf(ops.code[k]!) & BOUNDARY) !== 0) return true;
  return false;
}

function artifactTag(run: Unit, { pageHeight, marginPt }: ArtifactOptions): string {
  if (run.textY === undefined) return '/Artifact BMC';
  if (run.textY >= pageHeight - marginPt) return '/Artifact <</Type /Pagination /Subtype /Header>> BDC';
  if (run.textY <= marginPt) return '/Artifact <</Type /Pagination /Subtype /Footer>> BDC';
  return '/Artifact <</Type /Pagination>> BDC';
}

/** The drawing units outside marked content, in order, with the text's position. */
function unmarkedUnits(ops: ContentOps): Unit[] {
  const units: Unit[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const marks: boolean[] = [];
  let depth = 0;
  let pathStart = -1;
  for (let k = 0; k < ops.count; k++) {
    const code = ops.code[k]!;
    const kind = kindOf(code);
    if (code === Q_SAVE) stack.push(ctm);
    else if (code === Q_RESTORE) ctm = stack.pop() ?? IDENTITY;
    else if (code === CM) ctm = multiply(matrixOf(ops, k), ctm);
    else if (code === BDC || code === BMC) {
      const marking = isMarking(ops, k);
      marks.push(marking);
      if (marking) depth++;
    } else if (code === EMC && marks.pop()) depth--;
    if ((kind & PATH) !== 0) {
      if (pathStart < 0) pathStart = k;
      continue;
    }
    if (code === BT) {
      const text = textObject(ops, k, ctm, depth);
      if (depth === 0 && text.atomic) units.push({ first: k, last: text.end, textY: text.y });
      // Marked content inside the text object: its unmarked text operators one by one.
      else for (const show of text.unmarkedShows) units.push({ first: show, last: show, textY: text.y });
      k = text.end;
      continue;
    }
    if ((kind & PAINT) !== 0 && depth === 0) units.push({ first: pathStart >= 0 && code !== SH && code !== DO ? pathStart : k, last: k });
    pathStart = -1;
  }
  return units;
}

/**
 * The text object starting at `bt`: where it ends, whether it holds no
 * marked content (so it can be wrapped whole), its unmarked text operators
 * otherwise, and the page y of its first text position.
 */
function textObject(ops: ContentOps, bt: number, ctm: Matrix, depth: number): { end: number; atomic: boolean; unmarkedShows: number[]; y: number } {
  let tm: Matrix = IDENTITY;
  let y: number | undefined;
  let atomic = true;
  let inner = 0;
  const marks: boolean[] = [];
  const unmarkedShows: number[] = [];
  let k = bt + 1;
  for (; k < ops.count && ops.code[k] !== ET; k++) {
    const code = ops.code[k]!;
    // Only the first text position matters: Chromium moves with Td before every glyph.
    if (code === TM && y === undefined) tm = matrixOf(ops, k);
    else if ((code === TD || code === TD_UPPER) && y === undefined) {
      const [tx, ty] = operandsOf(ops, k).map(Number);
      tm = multiply([1, 0, 0, 1, tx ?? 0, ty ?? 0], tm);
    } else if (code === BDC || code === BMC) {
      atomic = false;
      const marking = isMarking(ops, k);
      marks.push(marking);
      if (marking) inner++;
    } else if (code === EMC) {
      atomic = false;
      if (marks.pop()) inner--;
    } else if ((kindOf(code) & SHOW_TEXT) !== 0) {
      y ??= multiply(tm, ctm)[5];
      if (depth + inner === 0) unmarkedShows.push(k);
    }
  }
  return { end: Math.min(k, ops.count - 1), atomic, unmarkedShows, y: y ?? multiply(tm, ctm)[5] };
}
