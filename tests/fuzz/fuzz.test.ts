import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { skippedHere } from '../helpers/platform-skips.js';
import { SPECIAL_FILES } from './attack-cases.js';
import { runCliCases } from './cli-cases.js';
import { loadCorpus } from './corpus.js';
import { describeFailure, fuzz } from './fuzz-run.js';

/*
 * The short fuzz run of the normal test suite: a few hundred seeded mutations
 * of the round files, in-process, and a handful through the real CLI. The long
 * run is `npm run fuzz` (10,000 cases). FUZZ_SEED replays another seed.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20190801);
// The 137 KB real runde-2.yaml takes ~0.2 s a case; the normal run keeps to the
// smaller inputs (it is mutated in `npm run fuzz`).
const corpus = loadCorpus().filter((f) => f.text.length < 60_000);

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('fuzz: mutated round files', () => {
  it('300 cases end in exit 0 or 1 with file:line:col problems, never an exception', async () => {
    const specialFiles = skippedHere(import.meta.url, 'FIFO and /dev cases') ? (['folder'] as const) : SPECIAL_FILES;
    // 5 s of CPU time: in the suite a case shares the cores with browser tests,
    // and its CPU time counts the garbage collector's threads too. `npm run fuzz` keeps to 2 s.
    const report = await fuzz({ seed: SEED, cases: 300, corpus, specialFiles, caseBudgetMs: 5000 });
    if (report.failures.length === 0) roots.push(report.root);
    expect(report.cases).toBe(300);
    expect(report.exit0 + report.exit1).toBe(300);
    expect(report.failures.map((f) => describeFailure(SEED, f))).toEqual([]);
    expect(report.exit0).toBeGreaterThan(0);
    expect(report.rendered).toBeGreaterThan(0);
  }, 120_000);

  it(
    'the real CLI gives the same exit code and problem lines, and no stack trace',
    async () => {
      const report = await runCliCases(SEED, 8, 2);
      roots.push(...report.roots);
      expect(report.failures).toEqual([]);
      expect(report.cases).toBe(8);
    },
    120_000,
  );
});
