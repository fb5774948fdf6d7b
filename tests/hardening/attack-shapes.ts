/*
 * The shapes of YAML from the attack on the CLI (issue 13), each filled to a
 * given size: used by the regression tests, the fuzzer and
 * bench/attack-shapes.ts. Each is one line or a few short lines repeated, so
 * the shape, not the content, is what costs.
 */

/** Just under the 5 MiB file limit. */
export const NEAR_LIMIT_BYTES = Math.floor(4.9 * 1024 * 1024);

function fill(prefix: string, unit: string, suffix: string, bytes: number): string {
  return prefix + unit.repeat(Math.max(1, Math.floor((bytes - prefix.length - suffix.length) / unit.length))) + suffix;
}

function lines(bytes: number, line: (i: number) => string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n') + '\n';
}

export const ATTACK_SHAPES = {
  /** `x: [[[[…`: nesting without end. */
  'deep flow nesting': (bytes: number) => fill('x: ', '[', '', bytes),
  /** `- - - - …`: block nesting on one line. */
  'deep block nesting': (bytes: number) => fill('x:\n', '- ', 'a\n', bytes),
  /** `x: [,,,,…]`: a huge flow sequence of empty items. */
  'flow sequence of commas': (bytes: number) => fill('x: [', ',', ']\n', bytes),
  /** `x: [1, 1, …]`: a huge flow sequence of values. */
  'long flow sequence': (bytes: number) => fill('x: [', '1, ', '1]\n', bytes),
  /** `k0: v`, `k1: v`, …: one long flat mapping. */
  'long flat mapping': (bytes: number) => lines(bytes, (i) => `k${i}: v`),
  /** `a0: &a0 v0`, `b0: *a0`, …: many distinct anchors, each used once. */
  'many anchors': (bytes: number) => lines(bytes, (i) => (i % 2 === 0 ? `a${i}: &a${i} v${i}` : `b${i}: *a${i - 1}`)),
  /** `a: 1` again and again: the same key in one mapping. */
  'repeated key': (bytes: number) => lines(bytes, () => 'a: 1'),
  /** `- x`: one long block sequence. */
  'long block sequence': (bytes: number) => fill('x:\n', '- x\n', '', bytes),
  /** Lines of text: one plain scalar of millions of lines. */
  'one long plain text': (bytes: number) => fill('', 'x\n', '', bytes),
  /** `---`: documents without end. */
  'many documents': (bytes: number) => fill('', '---\n', '', bytes),
} as const satisfies Record<string, (bytes: number) => string>;

export type AttackShape = keyof typeof ATTACK_SHAPES;
