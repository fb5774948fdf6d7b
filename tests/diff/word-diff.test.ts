import { describe, expect, it } from 'vitest';
import { markdownWords } from '../../src/diff/format-markdown.js';
import { textWords } from '../../src/diff/format-text.js';
import { withContext, wordDiff } from '../../src/diff/word-diff.js';

describe('word diff (own LCS)', () => {
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
