import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { error, type Position, type Problem } from '../problems/problem.js';
import { yamlMessage } from './yaml-messages.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Resource limits: a hand-written round file is nowhere near these. */
export const MAX_DEPTH = 32;
export const MAX_NODES = 50_000;

/**
 * Keys whose values are text even when they look like numbers: `id: 1.10` is
 * the id "1.10", `telefon: 24981032` a phone number written as digits.
 */
const TEXT_KEYS = new Set([
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

/**
 * Parses YAML keeping source positions (yaml's Document API and a LineCounter),
 * and converts it to plain data itself so that ids keep their written form and
 * aliases and nesting stay within the limits.
 */
export function parseYaml(file: string, text: string): LoadedYaml {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  // Positions from our own line table: yaml's LineCounter misses line breaks
  // inside some broken flow collections, giving lines that are off by a few.
  const at = positionsOf(text);
  const problems: Problem[] = doc.errors.map((e) => error(file, at(e.pos[0]), yamlMessage(e.code)));
  const locate = makeLocator(doc, at);
  if (problems.length > 0) return { value: undefined, problems, locate };

  try {
    return { value: toPlain(doc, doc.contents, 0, { nodes: 0, aliases: new Map() }, false), problems, locate };
  } catch (e) {
    if (!(e instanceof LimitExceeded)) throw e;
    return { value: undefined, problems: [error(file, { line: 1, col: 1 }, e.message)], locate };
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
  nodes: number;
  /** Alias → its anchored node: yaml's resolve() searches the whole document on every call. */
  aliases: Map<unknown, unknown>;
}

function toPlain(doc: Document, node: unknown, depth: number, count: Walk, asText: boolean): unknown {
  if (++count.nodes > MAX_NODES) {
    throw new LimitExceeded(`filen er for stor eller udfolder for mange aliaser (over ${MAX_NODES} værdier)`);
  }
  if (depth > MAX_DEPTH) throw new LimitExceeded(`filen er indlejret for dybt (over ${MAX_DEPTH} niveauer)`);
  if (isAlias(node)) {
    let target = count.aliases.get(node);
    if (target === undefined) count.aliases.set(node, (target = node.resolve(doc) ?? null));
    return toPlain(doc, target, depth + 1, count, asText);
  }
  if (isScalar(node)) {
    const plainNonString = node.type === Scalar.PLAIN && typeof node.value !== 'string' && node.value !== null;
    if (asText && plainNonString && node.source !== undefined) return node.source;
    return node.value;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      Object.defineProperty(out, key, {
        value: toPlain(doc, pair.value, depth + 1, count, TEXT_KEYS.has(key)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(doc, item, depth + 1, count, asText));
  return node ?? null;
}

function makeLocator(doc: Document, at: (offset: number) => Position) {
  return (path: Path, part: 'key' | 'value' = 'value'): Position => {
    let node: unknown = doc.contents;
    // For a path that is not there (a missing key), the nearest written
    // ancestor: the key that holds it, which is where the user would add it.
    let nearest: Node | null = (doc.contents as Node | null) ?? null;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isAlias(node)) node = node.resolve(doc);
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
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
