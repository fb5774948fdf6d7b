import { validateFile, validateText } from '../pipeline/check-round.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { roundChanges, type InitiativeChanges } from './round-changes.js';

/** One side of a comparison: a file on disk, or a text (a file at a git revision). */
export type Side = { label: string; path: string } | { label: string; text: string };

export interface Comparison {
  /** Problems of both files; only set when at least one of them has errors. */
  problems: Problem[];
  /** null when a file is invalid. */
  changes: InitiativeChanges[] | null;
}

async function validate(side: Side) {
  return 'text' in side ? validateText(side.label, side.text) : validateFile(side.label, side.path);
}

/** Both files validated (each on its own, no history check), then compared. */
export async function compareFiles(older: Side, newer: Side): Promise<Comparison> {
  const [a, b] = await Promise.all([validate(older), validate(newer)]);
  const problems = [...a.problems, ...b.problems];
  if (!a.applied || !b.applied || hasErrors(problems)) return { problems, changes: null };
  return { problems: [], changes: roundChanges(a.applied, b.applied) };
}
