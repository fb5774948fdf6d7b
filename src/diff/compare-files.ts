import { applyRules } from '../apply-rules/apply-round.js';
import { validateFile, validateText, type Validated } from '../pipeline/check-round.js';
import type { Problem } from '../problems/problem.js';
import { fileChanges, roundChanges, type FileChange, type InitiativeChanges } from './round-changes.js';

/** One side of a comparison: a file on disk, or a text (a file at a git revision). */
export type Side = { label: string; path: string } | { label: string; text: string };

export interface Comparison {
  /** Problems of both files; only set when a file cannot be compared (unreadable, or not the shape of a round file). */
  problems: Problem[];
  /** null when a file cannot be compared. */
  changes: InitiativeChanges[] | null;
  /** Changes to the report as a whole (its date and the like). */
  file: FileChange[];
  /** One line for each file that is compared although its smiley rules still fail. */
  notes: string[];
}

async function validate(side: Side) {
  return 'text' in side ? validateText(side.label, side.text) : validateFile(side.label, side.path);
}

function ruleErrors(v: Validated): number {
  return v.problems.filter((p) => p.severity === 'fejl').length;
}

/**
 * Both files validated (each on its own, no history check), then compared.
 * A round being filled in breaks the smiley rules until it is done, which is
 * exactly when its changes are worth seeing: a file is compared as soon as it
 * has the shape of a round file (the schema), and its rule errors are named
 * in one line.
 */
export async function compareFiles(older: Side, newer: Side): Promise<Comparison> {
  const [a, b] = await Promise.all([validate(older), validate(newer)]);
  if (!a.schemaData || !b.schemaData) return { problems: [...a.problems, ...b.problems], changes: null, file: [], notes: [] };
  const notes = [
    [older, a],
    [newer, b],
  ].flatMap(([side, v]) => {
    const n = ruleErrors(v as Validated);
    const label = (side as Side).label;
    return n === 0 ? [] : [`Bemærk: ${label} har ${n} fejl (opfolgning check viser dem); ændringerne er vist alligevel.`];
  });
  const [olderRound, newerRound] = [a.applied ?? applyRules(a.schemaData), b.applied ?? applyRules(b.schemaData)];
  return { problems: [], changes: roundChanges(olderRound, newerRound), file: fileChanges(olderRound, newerRound), notes };
}
