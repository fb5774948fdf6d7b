import { describe, expect, it } from 'vitest';
import { dictEnd, parseDictAt } from '../../src/print-pdf/pdf-structure.js';

describe('dictEnd (the fast span finder used for in-place edits)', () => {
  const cases: Array<[string, string]> = [
    ['flat', '<</Type /Page /Parent 3 0 R>>'],
    ['nested', '<</A <</B <</C 1>> >> /D [<</E 2>>]>>'],
    ['">>" and "<<" inside literal strings', '<</T (a >> b << c) /U (x)>>'],
    ['escaped and nested parentheses', '<</T (a \\) >> (b) c) /U 1>>'],
    ['hex strings', '<</ID <3E3E> /K <00>>>'],
    ['a comment holding ">>"', '<</A 1 % >> not the end\n/B 2>>'],
    ['no space before the end', '<</S /P/K [1 2 3]/Pg 4 0 R>>'],
  ];
  for (const [name, dict] of cases) {
    it(`finds the end of a dictionary with ${name}, as the full parser does`, () => {
      const text = `12 0 obj\n${dict}\nendobj\n`;
      const start = text.indexOf('<<');
      expect(dictEnd(text, start)).toBe(start + dict.length);
      expect(dictEnd(text, start)).toBe(parseDictAt(text, start).end);
    });
  }

  it('throws on an unterminated dictionary', () => {
    expect(() => dictEnd('<</A <</B 1>>', 0)).toThrow();
  });
});
