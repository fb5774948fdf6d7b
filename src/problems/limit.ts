import { sortProblems, type Problem } from './problem.js';

import { MAX_PROBLEMS_PER_FILE } from '../limits.js';

/*
 * Problems printed per file: a file broken everywhere (a pasted binary, a
 * thousand unknown keys) would otherwise print thousands of lines. The first
 * ones are the ones to fix first; the count line still counts them all.
 */
export { MAX_PROBLEMS_PER_FILE };

export interface LimitedProblems {
  /** Sorted, at most `max` per file. */
  shown: Problem[];
  /** File → how many of its problems were left out. */
  omitted: Map<string, number>;
}

export function limitPerFile(problems: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): LimitedProblems {
  const shown: Problem[] = [];
  const perFile = new Map<string, number>();
  const omitted = new Map<string, number>();
  for (const p of sortProblems(problems)) {
    const n = (perFile.get(p.file) ?? 0) + 1;
    perFile.set(p.file, n);
    if (n <= max) shown.push(p);
    else omitted.set(p.file, (omitted.get(p.file) ?? 0) + 1);
  }
  return { shown, omitted };
}

/** The line after a file's first problems: "… og 999 flere i data/2019/runde-2.yaml". */
export function omittedLine(file: string, count: number): string {
  return `… og ${count} ${count === 1 ? 'problem' : 'problemer'} mere i ${file}; ret de første, og kør igen`;
}
