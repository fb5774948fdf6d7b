import { describe, expect, it } from 'vitest';
import { parseYaml, positionsOf } from '../../src/load/parse-yaml.js';
import { formatAnnotation, formatProblem } from '../../src/problems/format.js';
import { header, initiative, problemsOf } from '../helpers/round-yaml.js';

/* Regressions found by the fuzzer (tests/fuzz), issue 6. */

const valid = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');

describe('problem lines stay one line of plain text', () => {
  it('a key with a terminal escape or a line break is quoted escaped', () => {
    const text = valid.replace('        type: Drift\n', '        type: Drift\n        "udvalg\\e[2J\\u0007\\nx": 1\n');
    const lines = problemsOf(text, 'data/2019/runde-1.yaml');
    expect(lines.some((l) => l.includes('udvalg\\u001b[2J\\u0007\\nx'))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
  });

  it('also in GitHub annotations, and bidi overrides are shown, not obeyed', () => {
    const p = { file: 'data/2019/runde-1.yaml', line: 3, col: 1, severity: 'fejl' as const, message: 'ukendt nøgle "a\u202eb\u001bc"' };
    expect(formatProblem(p)).toBe('data/2019/runde-1.yaml:3:1: fejl: ukendt nøgle "a\\u202eb\\u001bc"');
    expect(formatAnnotation(p)).toContain('ukendt nøgle "a\\u202eb\\u001bc"');
  });
});

describe('positions after a broken flow collection', () => {
  // A flow sequence followed by indented lines (a block scalar's `|` replaced):
  // yaml's LineCounter misses those line breaks, so later lines were reported too early.
  const text = 'beskrivelse: [klik](javascript:alert(1))\n  Flere steder.\n\n  I budgettet.\n\nb:\n\tc: 1\n';

  it('the tab on line 7 is on line 7 in our line table; only the first mistake is reported (issue 12)', () => {
    expect(positionsOf(text)(text.indexOf('\t'))).toEqual({ line: 7, col: 1 });
    const lines = parseYaml('f.yaml', text).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    expect(lines).toEqual(['1:14: YAML-syntaksfejl: teksten begynder med [ og læses derfor som en liste; sæt hele teksten i anførselstegn']);
  });
});
