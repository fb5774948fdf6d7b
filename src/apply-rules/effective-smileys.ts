import type { Milestone, MilestoneSmiley } from '../validate/schema.js';

/*
 * The smiley rules of docs/smiley-regler.md as pure functions: one cell at a time, folded
 * over rounds 1-4. Validation turns the `issue` of a cell into a problem; the
 * view model shows `smiley` and `source`.
 */

export type Source = 'angivet' | 'videreført';

export type CellIssue =
  | { kind: 'future-smiley' }
  | { kind: 'missing-smiley' }
  | { kind: 'follow-up-missing'; previous: 'neutral' | 'sur' }
  | { kind: 'follow-up-without-status'; previous: 'neutral' | 'sur' }
  | { kind: 'unexplained-override'; wouldCarry: MilestoneSmiley | null };

export interface EffectiveCell {
  round: number;
  smiley: MilestoneSmiley | null;
  source: Source | null;
  issue: CellIssue | null;
}

export type MilestoneMap = Partial<Record<'1' | '2' | '3' | '4', Milestone | null>> | null | undefined;

export const ROUND_NUMBERS = [1, 2, 3, 4] as const;

function isEmpty(m: Milestone | null | undefined): boolean {
  return !m?.tekst;
}

/** What the rule would put in an empty cell, given the previous round's effective smiley. */
export function carriedSmiley(previous: MilestoneSmiley | null): MilestoneSmiley | null {
  return previous === 'glad' ? 'glad' : null;
}

/** One row of the rule table (docs/smiley-regler.md): round r of a report for round `reportRound`. */
export function assessCell(
  round: number,
  reportRound: number,
  milestone: Milestone | null | undefined,
  previous: MilestoneSmiley | null,
): EffectiveCell {
  const given = milestone?.smiley ?? null;
  const cell = (smiley: MilestoneSmiley | null, source: Source | null, issue: CellIssue | null = null): EffectiveCell => ({
    round,
    smiley,
    source,
    issue,
  });

  if (round > reportRound) return given ? cell(null, null, { kind: 'future-smiley' }) : cell(null, null);
  if (given) {
    const wouldCarry = carriedSmiley(previous);
    const unexplained = isEmpty(milestone) && !milestone?.status;
    if (previous === 'neutral' || previous === 'sur') {
      // A follow-up, as the rule asks. Without a status it is worth a word only in the
      // round being written (an earlier round's is history, not to be edited now) and only
      // when the follow-up is still not glad: a reader needs to know why. A glad follow-up
      // says the milestone was reached, and the published reports print those bare (2.2,
      // 2.4 and 3.22 in the second follow-up 2019).
      const bare = unexplained && round === reportRound && given !== 'glad';
      return cell(given, 'angivet', bare ? { kind: 'follow-up-without-status', previous } : null);
    }
    return cell(given, 'angivet', unexplained && given !== wouldCarry ? { kind: 'unexplained-override', wouldCarry } : null);
  }
  if (!isEmpty(milestone)) return cell(null, null, { kind: 'missing-smiley' });
  if (previous === 'glad') return cell('glad', 'videreført');
  if (previous === 'neutral' || previous === 'sur') return cell(null, null, { kind: 'follow-up-missing', previous });
  return cell(null, null);
}

/** The effective smileys of rounds 1-4 of an initiative of the agreement being followed up. */
export function effectiveMilestones(milestones: MilestoneMap, reportRound: number): EffectiveCell[] {
  const cells: EffectiveCell[] = [];
  let previous: MilestoneSmiley | null = null;
  for (const round of ROUND_NUMBERS) {
    const c = assessCell(round, reportRound, milestones?.[String(round) as '1'], previous);
    cells.push(c);
    previous = c.smiley;
  }
  return cells;
}

/** Earlier agreements are history: shown exactly as recorded, no rule applied. */
export function recordedMilestones(milestones: MilestoneMap): EffectiveCell[] {
  return ROUND_NUMBERS.map((round) => {
    const given = milestones?.[String(round) as '1']?.smiley ?? null;
    return { round, smiley: given, source: given ? 'angivet' : null, issue: null };
  });
}
