import { describe, expect, it } from 'vitest';
import { ContentParseError, operandsOf, opName, parseContent } from '../../src/print-pdf/content-stream.js';
import { markArtifacts } from '../../src/print-pdf/mark-artifacts.js';
import { xmlText } from '../../src/print-pdf/xmp.js';

const PAGE = { pageHeight: 842, marginPt: 56.7 };

describe('markArtifacts', () => {
  it('wraps unmarked drawing as artifacts, header and footer by position, and leaves tagged content alone', () => {
    const content = [
      '1 0 0 1 0 0 cm',
      'q 1 1 1 rg 0 0 595 842 re f Q',
      'BT /F1 8 Tf 1 0 0 1 50 800 Tm (Titel) Tj ET',
      'BT /F1 8 Tf 1 0 0 1 500 30 Tm (Side 1 af 2) Tj ET',
      '/P <</MCID 0>> BDC BT /F1 10 Tf 1 0 0 1 50 700 Tm (Tekst) Tj ET EMC',
    ].join('\n');
    const out = markArtifacts(content, PAGE)!;
    expect(out).toContain('q 1 1 1 rg /Artifact BMC\n0 0 595 842 re f\nEMC Q');
    expect(out).toContain('/Artifact <</Type /Pagination /Subtype /Header>> BDC\nBT /F1 8 Tf 1 0 0 1 50 800 Tm (Titel) Tj ET\nEMC');
    expect(out).toContain('/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT /F1 8 Tf 1 0 0 1 500 30 Tm (Side 1 af 2) Tj ET\nEMC');
    expect(out).toContain('/P <</MCID 0>> BDC BT /F1 10 Tf 1 0 0 1 50 700 Tm (Tekst) Tj ET EMC');
    expect(markArtifacts(out, PAGE)).toBeNull(); // nothing left unmarked
  });

  it('follows the transformation: a flipped page (as Chromium draws) still puts the title in the header', () => {
    const out = markArtifacts('.24 0 0 -.24 0 842 cm q 3.125 0 0 3.125 0 0 cm BT 1 0 0 -1 68 52 Tm (Titel) Tj ET Q', PAGE)!;
    expect(out).toContain('/Subtype /Header');
  });

  it('marks the text inside an /ActualText span, which neither tags nor marks it', () => {
    const out = markArtifacts('BT 1 0 0 1 50 800 Tm (a) Tj /Span <</ActualText <FEFF6587>>> BDC (b) Tj EMC ET', PAGE)!;
    expect(out).toBe(
      'BT 1 0 0 1 50 800 Tm /Artifact <</Type /Pagination /Subtype /Header>> BDC\n(a) Tj\nEMC /Span <</ActualText <FEFF6587>>> BDC /Artifact <</Type /Pagination /Subtype /Header>> BDC\n(b) Tj\nEMC EMC ET',
    );
  });

  it('reads strings with parentheses, operators inside strings and dictionaries as operands', () => {
    const ops = parseContent('BT (a \\) BT (nested) ET) Tj <00 01> Tj [(x) -20 (y)] TJ ET /Span <</Lang (da) /A [1 2]>> BDC EMC');
    expect(Array.from({ length: ops.count }, (_, k) => opName(ops, k))).toEqual(['BT', 'Tj', 'Tj', 'TJ', 'ET', 'BDC', 'EMC']);
    expect(operandsOf(ops, 1)).toEqual(['(a \\) BT (nested) ET)']);
    expect(operandsOf(ops, 5)).toEqual(['/Span', '<</Lang (da) /A [1 2]>>']);
    expect(() => parseContent('BI /W 1 ID x EI')).toThrow(ContentParseError);
    expect(() => parseContent('(unclosed')).toThrow(ContentParseError);
  });

  it('reads comments, keywords, signed numbers and names inline, and grows past its first guess of the operator count', () => {
    const ops = parseContent('% a comment BT\n-1 +.5 true false null /N#20x 0 d0 %x\rdone\n<0a0B>Tj');
    expect(Array.from({ length: ops.count }, (_, k) => opName(ops, k))).toEqual(['d0', 'done', 'Tj']);
    expect(operandsOf(ops, 0)).toEqual(['-1', '+.5', 'true', 'false', 'null', '/N#20x', '0']);
    expect(ops.code[1]).toBe(-1); // four characters: no PDF operator
    expect(operandsOf(ops, 2)).toEqual(['<0a0B>']);
    const many = parseContent('1 0 0 1 0 0 cm q Q '.repeat(1000));
    expect(many.count).toBe(3000);
    expect(opName(many, 2999)).toBe('Q');
    expect(() => parseContent('<00 Tj')).toThrow(ContentParseError);
    expect(() => parseContent('1 2')).toThrow(ContentParseError);
    expect(() => parseContent(') Tj')).toThrow(ContentParseError);
  });

  it('returns null when everything is tagged', () => {
    expect(markArtifacts('/P <</MCID 3>> BDC 0 0 1 1 re f EMC', PAGE)).toBeNull();
  });
});

describe('xmlText', () => {
  it('escapes markup and drops what XML 1.0 cannot hold', () => {
    expect(xmlText('<a> & "b" \u0001\u0008\ud800 æ✓')).toBe('&lt;a&gt; &amp; "b"  æ✓');
  });
});
