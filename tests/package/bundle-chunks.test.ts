import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The bundle's split (scripts/bundle.mjs): every command imports its own
 * code when it runs, so `check` loads neither the renderer nor the printer
 * nor the diff, and `render` loads the printer only for a PDF (README,
 * bench/README.md). Read from the built files: the modules a command can
 * load are the entry's static imports plus its own dynamic chunk's.
 */

const DIR = fileURLToPath(new URL('../../dist/bundle/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.mjs'));
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const STATIC = /^import\s+(?:[^;'"]*?\s+from\s+)?"\.\/([^"]+\.mjs)"/gm;

/** `start` and every chunk it imports statically, transitively. */
function closure(...start: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of text(f).matchAll(STATIC)) todo.push(m[1]!);
  }
  return seen;
}

const chunk = (prefix: string) => files.find((f) => f.startsWith(`${prefix}-`))!;
const holding = (needle: string) => files.filter((f) => text(f).includes(needle));
const renderer = holding('MarkdownIt');
const printer = holding('print-worker.mjs');
const wordDiff = holding('diffArrays');

describe('the bundled CLI loads per command', () => {
  it('the pieces looked for exist, each in its own chunk', () => {
    for (const group of [renderer, printer, wordDiff]) expect(group.length).toBeGreaterThan(0);
    expect(text('opfolgning.mjs')).toContain(`import("./${chunk('check')}")`);
  });

  it('check: neither the renderer, nor the printer, nor the diff', () => {
    const loaded = closure('opfolgning.mjs', chunk('check'));
    for (const f of [...renderer, ...printer, ...wordDiff]) expect(loaded.has(f), f).toBe(false);
  });

  it('render --format html: the renderer, but not the printer or the diff', () => {
    const loaded = closure('opfolgning.mjs', chunk('render'));
    for (const f of renderer) expect(loaded.has(f), f).toBe(true);
    for (const f of [...printer, ...wordDiff]) expect(loaded.has(f), f).toBe(false);
  });
});
