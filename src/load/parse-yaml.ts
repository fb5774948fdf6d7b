import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, Scalar, YAMLParseError, type CST, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { error, type Position, type Problem } from '../problems/problem.js';
import { MAX_DEPTH, MAX_VALUES, TOO_DEEP, TOO_MANY_VALUES, YamlLimits, type LimitHit } from './yaml-limits.js';
import { keyProblem } from './key-problems.js';
import { syntaxProblems } from './syntax-hint.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export { MAX_DEPTH, MAX_VALUES };

/**
 * Keys whose values are text even when they look like numbers: `id: 1.10` is
 * the id "1.10", `telefon: 24981032` a phone number written as digits.
 */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'aftale', 'modtager', 'kommune', 'sagsid', 'navn', 'telefon', 'email', 'læsevejledning', 'titel', 'id',
  'beskrivelse', 'undertema', 'rettet', 'center', 'udvalg', 'bidragsyder', 'bemærkning', 'tekst', 'status', 'seneste_status',
]);

export interface LoadedYaml {
  /** Plain data for the schema; undefined when the YAML could not be read at all. */
  value: unknown;
  problems: Problem[];
  /** Where a path of `value` was written; the nearest existing ancestor for a missing key. */
  locate(path: Path, part?: 'key' | 'value'): Position;
}

class LimitExceeded extends Error {}

/** Aliases expanding to more values than the file may have: a "billion laughs". */
export const ALIAS_EXPANSION =
  `aliaserne (*navn) udfolder til over ${MAX_VALUES} værdier; skriv værdierne ud i stedet for at gentage dem med & og *`;

/**
 * Parses YAML keeping source positions (yaml's Document API and our own line
 * table), and converts it to plain data itself so that ids keep their written
 * form, each key is written once, and aliases and nesting stay within the
 * limits. Time and memory are linear in the text: the limits are checked by
 * one pass of the lexer before a document is built, yaml's own duplicate-key
 * check (quadratic in a mapping's size) is off, and each anchor is converted once.
 */
export function parseYaml(file: string, text: string): LoadedYaml {
  const at = positionsOf(text);
  const parsed = withoutStackTraces(() => parseWithinLimits(text));
  if ('hit' in parsed) {
    const { hit } = parsed;
    return { value: undefined, problems: [error(file, at(hit.offset), hit.message)], locate: () => at(hit.offset) };
  }
  const { doc } = parsed;
  // Positions from our own line table: yaml's LineCounter misses line breaks
  // inside some broken flow collections, giving lines that are off by a few.
  // The first syntax error only: the ones after it are the parser stumbling over good lines.
  const problems: Problem[] = syntaxProblems(file, text, doc.errors, at);
  const walk: Walk = { file, at, values: 0, anchors: new Map(), targets: new Map(), problems, duplicates: 0 };
  const locate = makeLocator(doc, at, walk.targets);
  if (problems.length > 0) return { value: undefined, problems, locate };

  try {
    const value = toPlain(walk, doc.contents, 0, false).value;
    // A key written twice keeps its first value, so the rest of the file is still checked (issue 12).
    return { value: problems.length > walk.duplicates ? undefined : value, problems, locate };
  } catch (e) {
    if (!(e instanceof LimitExceeded)) throw e;
    return { value: undefined, problems: [error(file, { line: 1, col: 1 }, e.message)], locate };
  }
}

/**
 * yaml's parseDocument, with the limits checked on the lexer's tokens as they
 * are fed to the parser, so the text is lexed once (a second lexer pass was
 * ≈ a quarter of a cold parse). The parser's syntax tree is linear in the
 * text; no document is composed until the whole text is within the limits.
 */
function parseWithinLimits(text: string): { hit: LimitHit } | { doc: Document.Parsed } {
  const limits = new YamlLimits();
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    const hit = limits.step(lexeme);
    if (hit) return { hit };
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  // As parseDocument: the first document, and an error at the start of a second.
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return { doc: doc! };
}

/**
 * yaml makes an Error for each problem, and each Error captures a stack trace
 * we never show: 250,000 empty items in `[,,,…]` cost seconds of it. Off
 * while yaml parses.
 */
function withoutStackTraces<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Offset → 1-based line and column (in UTF-16 code units, as editors count), lines split at "\n". */
export function positionsOf(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number): Position => {
    const o = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: o - starts[lo]! + 1 };
  };
}

interface Walk {
  file: string;
  at: (offset: number) => Position;
  /** Values built so far, an alias counting every value it stands for. */
  values: number;
  /** Anchor name → its node converted once, with what it costs to repeat it. */
  anchors: Map<string, Converted>;
  /** Alias → the node it stands for, for the locator (yaml's resolve() searches the whole document). */
  targets: Map<unknown, unknown>;
  /** Duplicate keys and keys we do not read (`<<`): load problems, found in the same pass. */
  problems: Problem[];
  /** How many of those are keys written twice: the first one is kept, and every other check still runs. */
  duplicates: number;
}

interface Converted {
  value: unknown;
  /** Values in it, and how deep it nests below its own level. */
  values: number;
  depth: number;
  node?: unknown;
}

function count(walk: Walk, values: number, viaAlias: boolean): void {
  walk.values += values;
  if (walk.values > MAX_VALUES) throw new LimitExceeded(viaAlias ? ALIAS_EXPANSION : TOO_MANY_VALUES);
}

function toPlain(walk: Walk, node: unknown, depth: number, asText: boolean): Converted {
  if (depth > MAX_DEPTH) throw new LimitExceeded(TOO_DEEP);
  if (isAlias(node)) {
    const anchored = walk.anchors.get(node.source);
    if (anchored === undefined) return { value: null, values: 1, depth: 0 };
    walk.targets.set(node, anchored.node);
    count(walk, anchored.values, true);
    if (depth + anchored.depth > MAX_DEPTH) throw new LimitExceeded(TOO_DEEP);
    return anchored;
  }
  const before = walk.values;
  count(walk, 1, false);
  let converted: Converted;
  if (isScalar(node)) {
    const plainNonString = node.type === Scalar.PLAIN && typeof node.value !== 'string' && node.value !== null;
    const value = asText && plainNonString && node.source !== undefined ? node.source : node.value;
    converted = { value, values: 1, depth: 0 };
  } else if (isMap(node)) converted = mapToPlain(walk, node as YAMLMap, depth);
  else if (isSeq(node)) {
    let deepest = 0;
    const value = node.items.map((item) => {
      const c = toPlain(walk, item, depth + 1, asText);
      deepest = Math.max(deepest, c.depth + 1);
      return c.value;
    });
    converted = { value, values: 0, depth: deepest };
  } else converted = { value: node ?? null, values: 1, depth: 0 };
  converted.values = walk.values - before;
  const anchor = (node as { anchor?: string } | null)?.anchor;
  if (anchor) walk.anchors.set(anchor, { ...converted, node });
  return converted;
}

function mapToPlain(walk: Walk, node: YAMLMap, depth: number): Converted {
  const out: Record<string, unknown> = {};
  // Where each key was first written, as an offset: a line is looked up only for a problem.
  const firstAt = new Map<string, number>();
  let deepest = 0;
  for (const pair of node.items as Pair[]) {
    const key = keyText(walk, pair.key);
    const keyOffset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? 0;
    const bad = keyProblem(key, pair.key);
    if (bad) walk.problems.push(error(walk.file, walk.at(keyOffset), bad));
    const seen = firstAt.get(key);
    if (seen !== undefined) {
      walk.problems.push(error(walk.file, walk.at(keyOffset), duplicateKeyMessage(key, walk.at(seen).line)));
      walk.duplicates++;
      continue;
    }
    firstAt.set(key, keyOffset);
    const c = toPlain(walk, pair.value, depth + 1, TEXT_KEYS.has(key));
    deepest = Math.max(deepest, c.depth + 1);
    Object.defineProperty(out, key, { value: c.value, enumerable: true, writable: true, configurable: true });
  }
  return { value: out, values: 0, depth: deepest };
}

/** A key as the schema sees it: `1` and `"1"` are the same key there, so they are one key here too. */
function keyText(walk: Walk, key: unknown): string {
  if (isAlias(key)) key = walk.anchors.get(key.source)?.node ?? null;
  if (isScalar(key)) return typeof key.value === 'symbol' ? (key.value.description ?? '') : String(key.value);
  if (key === null || key === undefined) return '';
  return isMap(key) || isSeq(key) ? '[afsnit]' : String(key);
}

function duplicateKeyMessage(key: string, firstLine: number): string {
  const shown = key === '' ? 'en tom nøgle' : `nøglen "${key}"`;
  const numeric = /^[1-4]$/.test(key) ? ` (${key} og "${key}" er samme runde)` : '';
  return `${shown} står to gange i samme afsnit${numeric}; første gang på linje ${firstLine}. Slet den ene, eller saml dem til én`;
}

function rangeStart(node: unknown): number | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : null;
}

function makeLocator(doc: Document, at: (offset: number) => Position, targets: Map<unknown, unknown>) {
  // Each mapping's keys indexed once, on first use: a problem per key of a
  // 40,000-key mapping must not search the mapping 40,000 times.
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items as Pair[]) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const k = typeof p.key.value === 'symbol' ? (p.key.value.description ?? '') : String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return (path: Path, part: 'key' | 'value' = 'value'): Position => {
    let node: unknown = doc.contents;
    // For a path that is not there (a missing key), the nearest written
    // ancestor: the key that holds it, which is where the user would add it.
    let nearest: Node | null = (doc.contents as Node | null) ?? null;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isAlias(node)) node = targets.get(node) ?? null;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = pairOf(node as YAMLMap, String(segment));
        if (!pair) break;
        if (last) {
          const target = part === 'key' || pair.value === null ? pair.key : pair.value;
          return start(target as Node, at) ?? start(pair.key as Node, at) ?? { line: 1, col: 1 };
        }
        nearest = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined || item === null) break;
        if (last) return start(item as Node, at) ?? { line: 1, col: 1 };
        nearest = item as Node;
        node = item;
      } else break;
    }
    return (nearest && start(nearest, at)) ?? { line: 1, col: 1 };
  };
}

function start(node: Node, at: (offset: number) => Position): Position | null {
  return node.range ? at(node.range[0]) : null;
}
