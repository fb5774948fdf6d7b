import { basename } from 'node:path';
import type { LoadedYaml } from '../load/parse-yaml.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { followUpPrevious, followUpWithoutStatus, futureSmiley, missingSmiley, unexplainedOverride } from './rules/cell-rules.js';
import { roundMatchesFileName } from './rules/round-matches-file-name.js';
import { reportSize } from './rules/report-size.js';
import { smileyCodes } from './rules/smiley-codes.js';
import type { Rule } from './rules/rule.js';
import { uniqueIds } from './rules/unique-ids.js';
import { yearMatchesFolder } from './rules/year-matches-folder.js';
import { collectInitiatives, type RuleInitiative } from './collect-initiatives.js';
import { schemaProblems, valueAt } from './schema-problems.js';
import { roundFileSchema, ROUNDS, type RoundFile } from './schema.js';

/** The rules after the schema, in the order their problems are most useful. */
export const RULES: readonly Rule[] = [
  roundMatchesFileName,
  yearMatchesFolder,
  smileyCodes,
  reportSize,
  uniqueIds,
  futureSmiley,
  missingSmiley,
  followUpPrevious,
  followUpWithoutStatus,
  unexplainedOverride,
];

export interface ValidatedRound {
  /** The data, when the file has no errors (warnings allowed). */
  data: RoundFile | null;
  /** The data, when it satisfies the schema, even if the smiley rules still fail (diff compares such files). */
  schemaData: RoundFile | null;
  problems: Problem[];
  /** `runde`, when it is valid and agrees with the file name. */
  round: number | null;
  /** Every initiative with an id and its cells, also when the file has errors (for the history check). */
  initiatives: RuleInitiative[];
}

export function roundFromFileName(path: string): number | null {
  const m = /^runde-(\d+)\.ya?ml$/.exec(basename(path));
  return m ? Number(m[1]) : null;
}

/**
 * Schema first, then every rule; all problems of the file together. `rules`
 * is for the test that holds the JSON Schema to the schema stage alone.
 */
export function validateRound(file: string, loaded: LoadedYaml, rules: readonly Rule[] = RULES): ValidatedRound {
  if (loaded.value === undefined) return { data: null, schemaData: null, problems: loaded.problems, round: null, initiatives: [] };
  const parsed = roundFileSchema.safeParse(loaded.value);
  // Load problems that leave the data whole (a key written twice) come first; the schema and rules still run.
  const problems = [...loaded.problems, ...(parsed.success ? [] : schemaProblems(file, roundFileSchema, loaded, parsed.error.issues))];

  const rawRound = valueAt(loaded.value, ['runde']);
  const round = (ROUNDS as readonly unknown[]).includes(rawRound) ? (rawRound as number) : null;
  const fileNameRound = roundFromFileName(file);
  // A `runde` that contradicts the file name (runde-2.yaml copied by hand) is
  // reported once; judging every smiley by the wrong round would only add
  // dozens of consequences of that one line.
  const judged = round !== null && fileNameRound !== null && round !== fileNameRound ? null : round;
  const initiatives = collectInitiatives(loaded.value, judged);
  const ctx = { file, fileNameRound, locate: loaded.locate, value: loaded.value, round, initiatives };
  for (const rule of rules) problems.push(...rule(ctx));

  const data = parsed.success && !hasErrors(problems) ? parsed.data : null;
  return { data, schemaData: parsed.success ? parsed.data : null, problems, round: judged, initiatives };
}
