import { findRoundFile, requireRoundFiles } from '../data-files/round-files.js';
import type { Problem } from '../problems/problem.js';
import { checkRound, type CheckedRound } from './check-round.js';

export interface Selection {
  dataDir: string;
  year?: number;
  /** One round, or every round file when absent. */
  round?: number;
}

export interface CheckResult {
  rounds: CheckedRound[];
  problems: Problem[];
  /** False when there are errors, or warnings under `strict`. */
  ok: boolean;
}

export async function selectRoundFiles(selection: Selection) {
  return selection.round === undefined
    ? requireRoundFiles(selection.dataDir, selection.year)
    : [await findRoundFile(selection.dataDir, selection.round, selection.year)];
}

/** Validate and apply the rules to the selected round files; render nothing. */
export async function check(selection: Selection & { strict?: boolean }): Promise<CheckResult> {
  const refs = await selectRoundFiles(selection);
  const memo = new Map();
  const rounds = await Promise.all(refs.map((ref) => checkRound(ref, memo)));
  const problems = rounds.flatMap((r) => r.problems);
  const ok = !problems.some((p) => p.severity === 'fejl' || selection.strict === true);
  return { rounds, problems, ok };
}
