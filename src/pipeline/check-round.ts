import { basename } from 'node:path';
import { applyRules, type AppliedRound } from '../apply-rules/apply-round.js';
import { fileExists, previousRoundRef, type RoundFileRef } from '../data-files/round-files.js';
import { parseYaml, type LoadedYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { warning, type Problem } from '../problems/problem.js';
import { historyProblems } from '../validate/history.js';
import { validateRound } from '../validate/validate-round.js';

export interface CheckedRound {
  ref: RoundFileRef;
  problems: Problem[];
  /** The round with its effective smileys; null when the file has errors. */
  applied: AppliedRound | null;
}

interface Validated {
  loaded: LoadedYaml | null;
  problems: Problem[];
  applied: AppliedRound | null;
}

/** Load → validate → apply rules for one file (no history). */
export async function validateFile(file: string, absolutePath: string): Promise<Validated> {
  const source = await readSource(file, absolutePath);
  if (!source.ok) return { loaded: null, problems: [source.problem], applied: null };
  return validateText(file, source.text);
}

export function validateText(file: string, text: string): Validated {
  const loaded = parseYaml(file, text);
  const { data, problems } = validateRound(file, loaded);
  return { loaded, problems, applied: data ? applyRules(data) : null };
}

/**
 * A round file checked completely: its own problems, then the history check
 * against the previous round's file beside it. `memo` lets a run that checks
 * several files read each file once.
 */
export async function checkRound(
  ref: RoundFileRef,
  memo: Map<string, Promise<Validated>> = new Map(),
  text?: string,
): Promise<CheckedRound> {
  const once = (r: RoundFileRef) => {
    let p = memo.get(r.path);
    if (!p) memo.set(r.path, (p = validateFile(r.display, r.path)));
    return p;
  };
  const own = text === undefined ? await once(ref) : validateText(ref.display, text);
  const problems = [...own.problems];
  const prevRef = previousRoundRef(ref);
  if (own.applied && own.loaded && prevRef && (await fileExists(prevRef.path))) {
    const prev = await once(prevRef);
    const name = basename(prevRef.path);
    if (prev.applied) {
      problems.push(...historyProblems(ref.display, own.loaded.locate, own.applied, prev.applied, name));
    } else {
      problems.push(
        warning(ref.display, { line: 1, col: 1 }, `historikken kan ikke sammenlignes med ${name}, fordi den fil har fejl`),
      );
    }
  }
  return { ref, problems, applied: own.applied };
}
