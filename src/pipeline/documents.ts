import { join } from 'node:path';
import type { AppliedRound } from '../apply-rules/apply-round.js';
import { UsageError } from '../errors.js';
import { printable } from '../problems/format.js';
import { committeeKey, committeeSlug, committeesOf } from '../view-model/committees.js';

export interface DocumentPlan {
  round: AppliedRound;
  year: number;
  roundNumber: number;
  committee: string | null;
  /** Output path without extension, inside the out folder. */
  basePath: string;
}

/** The committees named in the agreement's initiatives, in order of first appearance. */
export function committeesIn(round: AppliedRound): string[] {
  const seen = new Map<string, string>();
  for (const theme of round.themes) {
    for (const item of theme.initiatives) {
      for (const name of committeesOf(item.initiative)) {
        const key = committeeKey(name);
        if (!seen.has(key)) seen.set(key, name);
      }
    }
  }
  return [...seen.values()];
}

/**
 * Each committee of the round with the suffix of its report's file name.
 * Two committees whose names give the same slug ("Børne- og Skoleudvalget",
 * "Børne og Skoleudvalget") must not share a file: the later in the file gets
 * -2, -3…, the same with --udvalg as with --all.
 */
export function committeeFiles(round: AppliedRound): Array<{ name: string; suffix: string }> {
  const used = new Map<string, number>();
  return committeesIn(round).map((name) => {
    const slug = committeeSlug(name);
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    return { name, suffix: n > 1 ? `-${n}` : '' };
  });
}

export function documentPath(outDir: string, year: number, round: number, committee: string | null, suffix = ''): string {
  const name = committee === null ? `runde-${round}` : `runde-${round}-${committeeSlug(committee)}${suffix}`;
  return join(outDir, String(year), name);
}

/**
 * The documents of a run: each round's whole report, and with `perCommittee`
 * one per committee; or only the report of `committee`.
 */
export function planDocuments(
  rounds: AppliedRound[],
  outDir: string,
  options: { committee?: string; perCommittee?: boolean },
): DocumentPlan[] {
  const plans: DocumentPlan[] = [];
  for (const round of rounds) {
    const { år: year, runde } = round.data;
    const add = (committee: string | null, suffix = '') =>
      plans.push({ round, year, roundNumber: runde, committee, basePath: documentPath(outDir, year, runde, committee, suffix) });
    const committees = committeeFiles(round);
    if (options.committee !== undefined) {
      const wanted = committeeKey(options.committee);
      const match = committees.find((c) => committeeKey(c.name) === wanted);
      if (!match) {
        throw new UsageError(
          printable(`udvalget "${options.committee}" har ingen indsatser i runde-${runde}.yaml; udvalgene er: ${committees.map((c) => c.name).join(', ')}`),
        );
      }
      add(match.name, match.suffix);
      continue;
    }
    add(null);
    if (options.perCommittee) for (const c of committees) add(c.name, c.suffix);
  }
  return plans;
}
