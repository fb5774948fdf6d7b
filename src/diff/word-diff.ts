import { diffArrays, type ArrayChange } from 'diff';

/*
 * A word-level diff of two texts, as runs of unchanged, removed and added
 * words. Whitespace only separates words; paragraph breaks are not compared
 * here.
 *
 * jsdiff's Myers diff takes about D²/2 steps for D edits (and compares
 * words along the way): D is limited to √(8 × words), so a diff costs a few
 * steps per word, linear in the size of the texts, whatever they hold. Past
 * the limit (two long, mostly different texts) the part between the common
 * beginning and end is shown as one removal and one addition. No time
 * limit: the same texts always give the same diff. A cap on comparisons per
 * word covers the one case the edit limit does not (long runs of a few
 * repeated words).
 */

export type WordRunKind = 'same' | 'removed' | 'added';

export interface WordRun {
  kind: WordRunKind;
  words: string[];
}

export function words(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/).filter((w) => w.length > 0);
}

/** The most edits a diff of `total` words looks for before it shows the whole text as changed. */
export function editBudget(total: number): number {
  return Math.max(32, Math.ceil(Math.sqrt(8 * total)));
}

function push(runs: WordRun[], kind: WordRunKind, word: string): void {
  const last = runs[runs.length - 1];
  if (last && last.kind === kind) last.words.push(word);
  else runs.push({ kind, words: [word] });
}

/** Removed words come before added words where both happen at one place. */
function orderChanges(runs: WordRun[]): WordRun[] {
  const out: WordRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.kind === 'same') {
      out.push(run);
      continue;
    }
    // Collect a stretch of changes and merge it into one removed and one added run.
    const removed: string[] = [];
    const added: string[] = [];
    let j = i;
    while (j < runs.length && runs[j]!.kind !== 'same') {
      // One word at a time: spreading a run of 100,000 words would overflow the stack.
      const into = runs[j]!.kind === 'removed' ? removed : added;
      for (const w of runs[j]!.words) into.push(w);
      j++;
    }
    if (removed.length > 0) out.push({ kind: 'removed', words: removed });
    if (added.length > 0) out.push({ kind: 'added', words: added });
    i = j - 1;
  }
  return out;
}

/** Word comparisons a diff may make per word, on top of its edit limit (a few words repeated over and over). */
export const COMPARISONS_PER_WORD = 64;

class OverBudget extends Error {}

/** jsdiff within both limits; undefined past either. */
function limitedDiff(a: string[], b: string[], equals: (x: string, y: string) => boolean): ArrayChange<string>[] | undefined {
  let left = COMPARISONS_PER_WORD * (a.length + b.length);
  const counted = (x: string, y: string) => {
    if (--left < 0) throw new OverBudget();
    return equals(x, y);
  };
  try {
    return diffArrays(a, b, { maxEditLength: editBudget(a.length + b.length), comparator: counted });
  } catch (e) {
    if (e instanceof OverBudget) return undefined;
    throw e;
  }
}

/** The words of `before` and `after` as runs: unchanged, removed, added. */
export function wordDiff(before: string | null | undefined, after: string | null | undefined): WordRun[] {
  return wordRuns(words(before), words(after));
}

/** wordDiff on words; `equals` is every comparison made (tests count them). */
export function wordRuns(a: readonly string[], b: readonly string[], equals: (x: string, y: string) => boolean = (x, y) => x === y): WordRun[] {
  // The common beginning and end cost one pass; only the middle is diffed.
  let head = 0;
  while (head < a.length && head < b.length && equals(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && equals(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const runs: WordRun[] = [];
  const add = (kind: WordRunKind, ws: readonly string[]) => {
    for (const w of ws) push(runs, kind, w);
  };
  add('same', a.slice(0, head));
  const changes = midA.length > 0 && midB.length > 0 ? limitedDiff(midA, midB, equals) : undefined;
  if (changes) {
    for (const c of changes) add(c.added ? 'added' : c.removed ? 'removed' : 'same', c.value);
  } else {
    // Nothing to compare on one side, or past the budget: the whole middle changed.
    add('removed', midA);
    add('added', midB);
  }
  add('same', a.slice(a.length - tail));
  return orderChanges(runs);
}

/** Words of context kept on each side of a change; longer unchanged stretches are cut with "…". */
export const CONTEXT_WORDS = 6;

/** Shortens long unchanged runs to the words next to a change. */
export function withContext(runs: readonly WordRun[], context = CONTEXT_WORDS): WordRun[] {
  return runs.map((run, k) => {
    if (run.kind !== 'same') return run;
    const first = k === 0;
    const last = k === runs.length - 1;
    const w = run.words;
    if (first && last) return run;
    if (first) return w.length > context ? { kind: 'same', words: ['…', ...w.slice(-context)] } : run;
    if (last) return w.length > context ? { kind: 'same', words: [...w.slice(0, context), '…'] } : run;
    return w.length > 2 * context + 1 ? { kind: 'same', words: [...w.slice(0, context), '…', ...w.slice(-context)] } : run;
  });
}
