import type { RuleInitiative } from '../collect-initiatives.js';
import type { CellIssue, EffectiveCell } from '../../apply-rules/effective-smileys.js';
import { error, warning, type Problem } from '../../problems/problem.js';
import { valueAt } from '../schema-problems.js';
import type { Rule, RuleContext } from './rule.js';

/*
 * The smiley rules of docs/smiley-regler.md. apply-rules decides each cell; each rule here
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
      `milepælen for ${cell.round}. opfølgning har en smiley, men rapporten er ${ctx.round}. opfølgning: en kommende runde kan ikke vurderes endnu; fjern smiley: her`,
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

/**
 * The follow-up is written in this round's milestone, never in the previous
 * one (that is published history): the message says which key to add where,
 * at `milepæle:` when round r has no key yet, else at the key of round r.
 */
export const followUpPrevious: Rule = (ctx) =>
  cellsWith(ctx, 'follow-up-missing').map(({ item, cell, issue }) => {
    const r = cell.round;
    const written = valueAt(ctx.value, milestonePath(item, r)) !== undefined;
    const what = written ? `skriv smiley: og status: under ${r}:` : `tilføj ${r}: under milepæle: med smiley: og status:`;
    return error(
      ctx.file,
      ctx.locate(milestonePath(item, r), 'key'),
      `der er ingen milepæl i ${r}. opfølgning, så den forrige smiley (${issue.previous} i ${r - 1}. opfølgning) skal følges op her: ` +
        `${what} (milepælen for ${r - 1}. opfølgning er historik og skal ikke ændres)`,
      item.id,
    );
  });

export const followUpWithoutStatus: Rule = (ctx) =>
  cellsWith(ctx, 'follow-up-without-status').map(({ item, cell, issue }) =>
    warning(
      ctx.file,
      ctx.locate([...milestonePath(item, cell.round), 'smiley']),
      `smiley for ${cell.round}. opfølgning følger op på den forrige smiley (${issue.previous}), men der er ingen status; ` +
        `tilføj status: under ${cell.round}: med det, der forklarer smileyen`,
      item.id,
    ),
  );

export const unexplainedOverride: Rule = (ctx) =>
  cellsWith(ctx, 'unexplained-override').map(({ item, cell, issue }) =>
    warning(
      ctx.file,
      ctx.locate([...milestonePath(item, cell.round), 'smiley']),
      `smiley for ${cell.round}. opfølgning er ${cell.smiley} på en milepæl uden tekst, hvor reglen ville give ` +
        `${issue.wouldCarry ?? 'ingen smiley'}; tilføj status: under ${cell.round}:, der forklarer det`,
      item.id,
    ),
  );
