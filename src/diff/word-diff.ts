/*
 * A word-level diff of two texts: the longest common subsequence of their
 * words, as runs of unchanged, removed and added words. Whitespace only
 * separates words; paragraph breaks are not compared here.
 */

export type WordRunKind = 'same' | 'removed' | 'added';

export interface WordRun {
  kind: WordRunKind;
  words: string[];
}

export function words(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/).filter((w) => w.length > 0);
}

/** Longest-common-subsequence table of suffixes: lcs[i][j] for a[i..], b[j..]. */
function suffixTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  return table;
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
      (runs[j]!.kind === 'removed' ? removed : added).push(...runs[j]!.words);
      j++;
    }
    if (removed.length > 0) out.push({ kind: 'removed', words: removed });
    if (added.length > 0) out.push({ kind: 'added', words: added });
    i = j - 1;
  }
  return out;
}

/** The words of `before` and `after` as runs: unchanged, removed, added. */
export function wordDiff(before: string | null | undefined, after: string | null | undefined): WordRun[] {
  const a = words(before);
  const b = words(after);
  const table = suffixTable(a, b);
  const width = b.length + 1;
  const runs: WordRun[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(runs, 'same', a[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      push(runs, 'removed', a[i++]!);
    } else {
      push(runs, 'added', b[j++]!);
    }
  }
  while (i < a.length) push(runs, 'removed', a[i++]!);
  while (j < b.length) push(runs, 'added', b[j++]!);
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
