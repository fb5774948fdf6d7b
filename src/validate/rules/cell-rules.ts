import type { RuleInitiative } from '../collect-initiatives.js';
import type { CellIssue, EffectiveCell } from '../../apply-rules/effective-smileys.js';
import { error, warning, type Problem } from '../../problems/problem.js';
import type { Rule, RuleContext } from './rule.js';

/*
 * The smiley rules of rules.md. apply-rules decides each cell; each rule here
 * turns one kind of cell issue into a Danish problem at the right place.
 */

type Kind = CellIssue['kind'];

function cellsWith<K extends Kind>(ctx: RuleContext, kind: K) {
  const found: { item: RuleInitiative; cell: EffectiveCell; issue: Extract<CellIssue, { kind: K }> }[] = [];
  for (const item of ctx.initiatives) {
    for (const cell of item.cells) {
      if (cell.issue?.kind === kind) found.push({ item, cell, issue: cell.issue as Extract<CellIssue, { kind: K }> });
    }
  }
  return found;
}

/** The milestone of round r, or where it would have been written. */
function milestonePath(item: RuleInitiative, round: number) {
  return [...item.path, 'milepæle', String(round)];
}

export const futureSmiley: Rule = (ctx) =>
  cellsWith(ctx, 'future-smiley').map(({ item, cell }): Problem =>
    error(
      ctx.file,
      ctx.locate([...milestonePath(item, cell.round), 'smiley']),
      `milepælen for ${cell.round}. opfølgning har en smiley, men rapporten er ${ctx.round}. opfølgning: en kommende runde kan ikke vurderes endnu`,
      item.id,
    ),
  );

export const missingSmiley: Rule = (ctx) =>
  cellsWith(ctx, 'missing-smiley').map(({ item, cell }) =>
    error(
      ctx.file,
      ctx.locate(milestonePath(item, cell.round), 'key'),
      `milepælen for ${cell.round}. opfølgning mangler en smiley`,
      item.id,
    ),
  );

export const followUpPrevious: Rule = (ctx) =>
  cellsWith(ctx, 'follow-up-missing').map(({ item, cell, issue }) =>
    error(
      ctx.file,
      ctx.locate(milestonePath(item, cell.round), 'key'),
      `der er ingen milepæl i ${cell.round}. opfølgning, så den forrige smiley (${issue.previous}) skal følges op: ` +
        `angiv en smiley og en status for milepælen fra ${cell.round - 1}. opfølgning i ${cell.round}. opfølgning`,
      item.id,
    ),
  );

export const unexplainedOverride: Rule = (ctx) =>
  cellsWith(ctx, 'unexplained-override').map(({ item, cell, issue }) =>
    warning(
      ctx.file,
      ctx.locate([...milestonePath(item, cell.round), 'smiley']),
      `smiley for ${cell.round}. opfølgning er ${cell.smiley} på en milepæl uden tekst, hvor reglen ville give ` +
        `${issue.wouldCarry ?? 'ingen smiley'}; tilføj en status, der forklarer det`,
      item.id,
    ),
  );
