import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';
import { loadCorpus, type CorpusFile } from './corpus.js';
import { caseDir, runCase, type CaseDir } from './fuzz-case.js';
import { caseSeed, mutate } from './mutate.js';

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** Run only this case index (replay). */
  only?: number;
  corpus?: CorpusFile[];
  /** A case slower than this is a failure: a hand-edited file must never make the tool hang. */
  caseBudgetMs?: number;
}

export interface FuzzFailureReport {
  index: number;
  caseSeed: number;
  corpus: string;
  steps: string[];
  error: string;
  /** The failing input, written for the developer to open. */
  inputPath: string;
}

export interface FuzzReport {
  /** The temp folder of the run (previous rounds, failing inputs); the caller removes it. */
  root: string;
  seed: number;
  cases: number;
  exit0: number;
  exit1: number;
  rendered: number;
  ms: number;
  slowestMs: number;
  failures: FuzzFailureReport[];
}

/** How to run one failing case again. */
export function replayHint(seed: number, index: number): string {
  return `npm run fuzz -- --seed ${seed} --case ${index}`;
}

export function describeFailure(seed: number, f: FuzzFailureReport): string {
  return [
    `fuzz case ${f.index} failed (seed ${seed}, case seed ${f.caseSeed}, input ${f.corpus})`,
    `  steps: ${f.steps.join('; ')}`,
    `  error: ${f.error}`,
    `  input: ${f.inputPath}`,
    `  replay: ${replayHint(seed, f.index)}`,
  ].join('\n');
}

/** Runs `cases` seeded mutations of the corpus in-process; never throws for a failing case, reports it. */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const corpus = options.corpus ?? loadCorpus();
  // Generous: the 137 KB real round file with every committee's report takes ~1 s on a busy 2-core machine.
  const budget = options.caseBudgetMs ?? 5000;
  const root = tempDir('opfolgning-fuzz-');
  const dirs = new Map<CorpusFile, CaseDir>();
  const dirFor = (file: CorpusFile) => {
    let d = dirs.get(file);
    if (!d) dirs.set(file, (d = caseDir(file, join(root, String(dirs.size)))));
    return d;
  };
  const report: FuzzReport = { root, seed: options.seed, cases: 0, exit0: 0, exit1: 0, rendered: 0, ms: 0, slowestMs: 0, failures: [] };
  const started = performance.now();
  const indexes = options.only === undefined ? Array.from({ length: options.cases }, (_, i) => i) : [options.only];
  for (const index of indexes) {
    const file = corpus[index % corpus.length]!;
    const seed = caseSeed(options.seed, index);
    const { bytes, steps } = mutate(file.text, seed);
    const t0 = performance.now();
    let error: string | null = null;
    try {
      const outcome = await runCase(bytes, dirFor(file));
      if (outcome.exitCode === 0) report.exit0++;
      else report.exit1++;
      report.rendered += outcome.rendered;
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e);
    }
    const ms = performance.now() - t0;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (error === null && ms > budget) error = `took ${ms.toFixed(0)} ms (budget ${budget} ms)`;
    report.cases++;
    if (error !== null) {
      const inputPath = join(root, `failing-case-${index}.yaml`);
      writeFileSync(inputPath, bytes);
      report.failures.push({ index, caseSeed: seed, corpus: file.name, steps, error, inputPath });
    }
  }
  report.ms = performance.now() - started;
  return report;
}
