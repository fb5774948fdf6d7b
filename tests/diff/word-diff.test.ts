import { describe, expect, it } from 'vitest';
import { markdownWords } from '../../src/diff/format-markdown.js';
import { textWords } from '../../src/diff/format-text.js';
import { COMPARISONS_PER_WORD, editBudget, withContext, wordDiff, wordRuns, type WordRun } from '../../src/diff/word-diff.js';

describe('word diff', () => {
  it('equal texts are one unchanged run; whitespace only separates words', () => {
    expect(wordDiff('a  b\nc', 'a b c')).toEqual([{ kind: 'same', words: ['a', 'b', 'c'] }]);
  });

  it('a replaced word: removed before added', () => {
    expect(wordDiff('en ny politik er vedtaget', 'en ny politik er godkendt')).toEqual([
      { kind: 'same', words: ['en', 'ny', 'politik', 'er'] },
      { kind: 'removed', words: ['vedtaget'] },
      { kind: 'added', words: ['godkendt'] },
    ]);
  });

  it('from nothing and to nothing', () => {
    expect(wordDiff(null, 'ny tekst')).toEqual([{ kind: 'added', words: ['ny', 'tekst'] }]);
    expect(wordDiff('gammel tekst', undefined)).toEqual([{ kind: 'removed', words: ['gammel', 'tekst'] }]);
  });

  it('plain markers as git word diff; Markdown strikes and bolds', () => {
    const runs = wordDiff('Der er ikke afsat økonomi.', 'Der er afsat 2 mio. kr.');
    expect(textWords(runs)).toBe('Der er [-ikke-] afsat [-økonomi.-]{+2 mio. kr.+}');
    expect(markdownWords(runs)).toBe('Der er ~~ikke~~ afsat ~~økonomi.~~ **2 mio. kr.**');
  });

  it('Markdown and HTML in the text are escaped', () => {
    expect(markdownWords(wordDiff('a', 'a *b* <i>'))).toBe('a **\\*b\\* \\<i\\>**');
  });

  it('long unchanged stretches are cut to six words of context', () => {
    const before = 'a b c d e f g h i j k l m n o p q r s t';
    const after = 'a b c d e f g h i j X l m n o p q r s t';
    expect(textWords(wordDiff(before, after))).toBe('… e f g h i j [-k-]{+X+} l m n o p q …');
    const middle = withContext([
      { kind: 'added', words: ['x'] },
      { kind: 'same', words: 'a b c d e f g h i j k l m n'.split(' ') },
      { kind: 'removed', words: ['y'] },
    ]);
    expect(middle[1]!.words.join(' ')).toBe('a b c d e f … i j k l m n');
  });
});

/* Deterministic pseudo-random words: the same texts on every run. */
function randomWords(n: number, vocabulary: readonly string[], seed: number): string[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return vocabulary[x % vocabulary.length]!;
  });
}
const DANISH = 'og at i det er en til på som de med for af ikke der var har'.split(' ');
const UNIQUE = Array.from({ length: 200_000 }, (_, i) => `ord${i}`);

function counted(a: string[], b: string[]): { runs: WordRun[]; perWord: number } {
  let comparisons = 0;
  const runs = wordRuns(a, b, (x, y) => (comparisons++, x === y));
  return { runs, perWord: comparisons / (a.length + b.length) };
}

const all = (runs: readonly WordRun[], kind: WordRun['kind']) => runs.filter((r) => r.kind === kind).flatMap((r) => r.words);

describe('word diff on long texts (jsdiff with limits)', () => {
  it('a few edits in 30,000 words are found exactly, with a handful of comparisons per word', () => {
    const before = randomWords(30_000, UNIQUE, 7);
    const after = [...before];
    after[100] = 'NY1';
    after.splice(15_000, 2);
    after.splice(29_000, 0, 'NY2', 'NY3');
    const { runs, perWord } = counted(before, after);
    expect(all(runs, 'removed')).toEqual([before[100], before[15_000], before[15_001]]);
    expect(all(runs, 'added')).toEqual(['NY1', 'NY2', 'NY3']);
    expect(all(runs, 'same')).toHaveLength(30_000 - 3);
    expect(perWord).toBeLessThan(3);
  });

  it('the comparisons per word stay flat as two different texts grow tenfold (linear work), and capped with few distinct words', () => {
    for (const vocabulary of [UNIQUE, DANISH]) {
      const [small, large] = [2_000, 20_000].map((n) => counted(randomWords(n, vocabulary, 1), randomWords(n, vocabulary, 2)).perWord);
      // Quadratic work would mean ten times the comparisons per word.
      expect(large!).toBeLessThan(small! * 1.5);
      expect(large!).toBeLessThan(10);
    }
    for (const n of [2_000, 20_000]) expect(counted(randomWords(n, ['a', 'b'], 1), randomWords(n, ['a', 'b'], 2)).perWord).toBeLessThanOrEqual(COMPARISONS_PER_WORD + 2);
  });

  it('past the edit limit the differing middle is one removal and one addition; the common start and end stay', () => {
    const a = ['Status:', ...randomWords(100_000, UNIQUE, 1), 'slut.'];
    const b = ['Status:', ...randomWords(100_000, UNIQUE, 2), 'slut.'];
    const { runs } = counted(a, b);
    expect(runs.map((r) => [r.kind, r.words.length])).toEqual([
      ['same', 1],
      ['removed', 100_000],
      ['added', 100_000],
      ['same', 1],
    ]);
  });

  it('70,000 words against 70,000 others give a result, not a RangeError', () => {
    const text = (seed: number) => randomWords(70_000, DANISH, seed).join(' ');
    const runs = wordDiff(text(3), text(4));
    expect(all(runs, 'removed').length + all(runs, 'same').length).toBe(70_000);
    expect(all(runs, 'added').length + all(runs, 'same').length).toBe(70_000);
  });

  it('the edit limit grows with the square root of the words, never below 32', () => {
    expect(editBudget(0)).toBe(32);
    expect(editBudget(200)).toBe(40);
    expect(editBudget(20_000)).toBe(400);
    expect(editBudget(2_000_000)).toBe(4_000);
  });
});
