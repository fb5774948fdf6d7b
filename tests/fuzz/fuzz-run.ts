import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';
import { loadCorpus, type CorpusFile } from './corpus.js';
import { attackCase, SPECIAL_FILES, specialFileDir, type SpecialFile } from './attack-cases.js';
import { caseDir, runCase, runSpecialCase, type CaseDir } from './fuzz-case.js';
import { caseSeed, mutate } from './mutate.js';

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** Run only this case index (replay). */
  only?: number;
  corpus?: CorpusFile[];
  /**
   * A case that takes more CPU time than this is a failure: a hand-edited file
   * must never make the tool slow. CPU time, not wall time, so that other work
   * sharing the cores does not fail a case; a case that waits (a hang) is
   * caught by the wall-clock limit of 10 times this.
   */
  caseBudgetMs?: number;
  /** Called every 500 cases: a long run on a shared machine says how far it got. */
  onProgress?: (report: FuzzReport) => void;
  /** A case that raises the process's peak memory more than this above where it started is a failure. */
  caseBudgetMb?: number;
  /**
   * The special files this system can make (default all). On Windows there
   * are no FIFOs and no /dev: a case of another kind is a mutation there.
   */
  specialFiles?: readonly SpecialFile[];
}

/** Every 25th case is a shape of the attack (attack-cases.ts) instead of a mutation… */
export const isAttackCase = (index: number) => index % 25 === 24;
/** …and every 100th a special file read from disk. */
export const isSpecialFileCase = (index: number) => index % 100 === 50;

/** Peak resident memory of this process so far, in MB (monotonic: a case can only raise it). */
const peakMb = () => process.resourceUsage().maxRSS / 1024;
const rssMb = () => process.memoryUsage.rss() / 1024 / 1024;

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
  /** The most CPU time a case took. */
  slowestCpuMs: number;
  /** The most a case raised the peak memory above where it started, in MB. */
  largestMb: number;
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
  // The 137 KB real round file with every committee's report takes ~1 s on a busy 2-core machine.
  const budget = options.caseBudgetMs ?? 2000;
  const budgetMb = options.caseBudgetMb ?? 300;
  const root = tempDir('opfolgning-fuzz-');
  const dirs = new Map<CorpusFile, CaseDir>();
  const dirFor = (file: CorpusFile) => {
    let d = dirs.get(file);
    if (!d) dirs.set(file, (d = caseDir(file, join(root, String(dirs.size)))));
    return d;
  };
  const report: FuzzReport = { root, seed: options.seed, cases: 0, exit0: 0, exit1: 0, rendered: 0, ms: 0, slowestMs: 0, slowestCpuMs: 0, largestMb: 0, failures: [] };
  const started = performance.now();
  const indexes = options.only === undefined ? Array.from({ length: options.cases }, (_, i) => i) : [options.only];
  for (const index of indexes) {
    const file = corpus[index % corpus.length]!;
    const seed = caseSeed(options.seed, index);
    const kind = isSpecialFileCase(index) ? SPECIAL_FILES[Math.floor(index / 100) % SPECIAL_FILES.length]! : null;
    const special = kind !== null && (options.specialFiles ?? SPECIAL_FILES).includes(kind) ? kind : null;
    const { bytes, steps } = special
      ? { bytes: new Uint8Array(), steps: [`${special} read from disk`] }
      : isAttackCase(index)
        ? attackCase(file, seed)
        : mutate(file.text, seed);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const rss0 = rssMb();
    const peak0 = peakMb();
    let error: string | null = null;
    try {
      const outcome = special
        ? await runSpecialCase(specialFileDir(join(root, `special-${index}`), special, file), special.endsWith('previous round'), 10 * budget)
        : await runCase(bytes, dirFor(file));
      if (outcome.exitCode === 0) report.exit0++;
      else report.exit1++;
      report.rendered += outcome.rendered;
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e);
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    report.slowestMs = Math.max(report.slowestMs, ms);
    report.slowestCpuMs = Math.max(report.slowestCpuMs, cpuMs);
    const peak = peakMb();
    const mb = peak > peak0 ? peak - rss0 : 0;
    report.largestMb = Math.max(report.largestMb, mb);
    if (error === null && cpuMs > budget) error = `took ${cpuMs.toFixed(0)} ms of CPU time (budget ${budget} ms)`;
    if (error === null && ms > 10 * budget) error = `took ${ms.toFixed(0)} ms (wall-clock limit ${10 * budget} ms)`;
    if (error === null && mb > budgetMb) error = `raised the peak memory to ${mb.toFixed(0)} MB above its start (budget ${budgetMb} MB)`;
    report.cases++;
    if (report.cases % 500 === 0) options.onProgress?.({ ...report, ms: performance.now() - started });
    if (error !== null) {
      const inputPath = join(root, `failing-case-${index}.yaml`);
      writeFileSync(inputPath, bytes);
      report.failures.push({ index, caseSeed: seed, corpus: file.name, steps, error, inputPath });
    }
  }
  report.ms = performance.now() - started;
  return report;
}
