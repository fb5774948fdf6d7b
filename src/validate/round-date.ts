import type { LoadedYaml } from '../load/parse-yaml.js';
import { warning, type Problem } from '../problems/problem.js';
import { valueAt } from './schema-problems.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A round's `dato` comes after the previous round's: a typo in the year would
 * otherwise go into the report unnoticed. The same date is let pass: test
 * and example files often share one header, and it is at worst a stale date.
 */
export function datePrecedesProblems(file: string, loaded: LoadedYaml, previous: unknown, previousFile: string): Problem[] {
  const now = valueAt(loaded.value, ['dato']);
  const before = valueAt(previous, ['dato']);
  if (typeof now !== 'string' || typeof before !== 'string' || !ISO.test(now) || !ISO.test(before) || now >= before) return [];
  return [
    warning(
      file,
      loaded.locate(['dato']),
      `dato ${now} er før datoen i ${previousFile} (${before}); skriv datoen for denne opfølgning, som skal ligge efter ${before}`,
    ),
  ];
}
