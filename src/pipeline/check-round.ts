import { basename } from 'node:path';
import { applyRules, type AppliedRound } from '../apply-rules/apply-round.js';
import { fileExists, previousRoundRef, type RoundFileRef } from '../data-files/round-files.js';
import { parseYaml, type LoadedYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { hasErrors, warning, type Problem } from '../problems/problem.js';
import type { RuleInitiative } from '../validate/collect-initiatives.js';
import { committeeNameProblems, committeeUses } from '../validate/committee-names.js';
import { datePrecedesProblems } from '../validate/round-date.js';
import { historyProblems } from '../validate/history.js';
import type { RoundFile } from '../validate/schema.js';
import { validateRound } from '../validate/validate-round.js';

export interface CheckedRound {
  ref: RoundFileRef;
  problems: Problem[];
  /** The round with its effective smileys; null when the file has errors. */
  applied: AppliedRound | null;
}

export interface Validated {
  loaded: LoadedYaml | null;
  problems: Problem[];
  applied: AppliedRound | null;
  /** The data when it satisfies the schema, even with rule errors. */
  schemaData: RoundFile | null;
  /** `runde`, when valid and agreeing with the file name. */
  round: number | null;
  initiatives: RuleInitiative[];
}

/** Load → validate → apply rules for one file (no history). */
export async function validateFile(file: string, absolutePath: string): Promise<Validated> {
  const source = await readSource(file, absolutePath);
  if (!source.ok) return { loaded: null, problems: [source.problem], applied: null, schemaData: null, round: null, initiatives: [] };
  return validateText(file, source.text);
}

export function validateText(file: string, text: string): Validated {
  const loaded = parseYaml(file, text);
  const { data, schemaData, problems, round, initiatives } = validateRound(file, loaded);
  return { loaded, problems, applied: data ? applyRules(data) : null, schemaData, round, initiatives };
}

/**
 * A round file checked completely: its own problems, then what needs the
 * previous round's file beside it (history, committee names, the date).
 * These run also when the file has errors of its own, so a round being
 * filled in shows every warning at once. `memo` lets a run that checks
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
  const loaded = own.loaded;
  if (!loaded || loaded.value === undefined) return { ref, problems, applied: own.applied };
  const prevRef = previousRoundRef(ref);
  const prev = prevRef && (await fileExists(prevRef.path)) ? await once(prevRef) : null;
  const prevLoaded = prev?.loaded && prev.loaded.value !== undefined ? prev.loaded : null;
  const name = prevRef ? basename(prevRef.path) : '';

  if (prev && own.round !== null) {
    if (prev.round !== null && !hasErrors(prev.problems)) {
      problems.push(...historyProblems(ref.display, loaded.locate, { round: own.round, initiatives: own.initiatives }, prev.initiatives, name));
    } else {
      problems.push(
        warning(ref.display, { line: 1, col: 1 }, `historikken kan ikke sammenlignes med ${name}, fordi den fil har fejl; ret den først`),
      );
    }
  }
  const side = (file: string, l: LoadedYaml) => ({ file, locate: l.locate, uses: committeeUses(l.value) });
  problems.push(...committeeNameProblems(side(ref.display, loaded), prevRef && prevLoaded ? side(prevRef.display, prevLoaded) : null));
  if (prevRef && prevLoaded) problems.push(...datePrecedesProblems(ref.display, loaded, prevLoaded.value, name));
  return { ref, problems, applied: own.applied };
}
