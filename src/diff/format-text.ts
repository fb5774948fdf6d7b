import type { ChalkInstance } from 'chalk';
import { printable } from '../problems/format.js';
import { describeChange, describeFileChange, heading, NO_CHANGES, WHOLE_REPORT } from './change-labels.js';
import type { Change, FileChange, InitiativeChanges } from './round-changes.js';
import { withContext, type WordRun } from './word-diff.js';

/*
 * The change log as plain lines, one change per line under the initiative's
 * id and title: `1.1 Ny sundhedspolitik`, then `  2. opfølgning: neutral → glad`. Word changes are
 * `[-old-]{+new+}`; with colour (a terminal) they are red and green instead.
 */

export interface TextStyle {
  /** Colour for a terminal; a level-0 chalk (or none) gives plain markers. */
  colour?: ChalkInstance;
}

function coloured(style: TextStyle): ChalkInstance | null {
  return style.colour && style.colour.level > 0 ? style.colour : null;
}

export function textWords(runs: readonly WordRun[], style: TextStyle = {}): string {
  const c = coloured(style);
  let out = '';
  let previous: WordRun['kind'] | null = null;
  for (const run of withContext(runs)) {
    const w = printable(run.words.join(' '));
    const part = run.kind === 'same' ? w : run.kind === 'removed' ? (c ? c.red.strikethrough(w) : `[-${w}-]`) : c ? c.green(w) : `{+${w}+}`;
    // Plain markers sit side by side where words were replaced, as git's word diff: [-old-]{+new+}.
    const glued = previous === 'removed' && run.kind === 'added' && !c;
    out += previous === null || glued ? part : ` ${part}`;
    previous = run.kind;
  }
  return out;
}

function describe(change: Change, style: TextStyle): string {
  const c = coloured(style);
  return describeChange(change, {
    added: (label) => (c ? c.green(label) : label),
    removed: (label) => (c ? c.red(label) : label),
    history: (label) => (c ? c.yellow.bold(label) : label),
    words: (runs) => textWords(runs, style),
  });
}

function initiativeLines(item: InitiativeChanges, style: TextStyle): string[] {
  const c = coloured(style);
  const title = printable(`${item.id} ${item.title}`);
  return [c ? c.bold(title) : title, ...item.changes.map((change) => `  ${describe(change, style)}`)];
}

/**
 * The whole change log as lines of text: the report's own changes (its date
 * and the like), then each changed initiative under its id and title, its
 * changes indented below it.
 */
export function formatText(
  changes: readonly InitiativeChanges[],
  from: string,
  to: string,
  style: TextStyle = {},
  file: readonly FileChange[] = [],
): string[] {
  if (changes.length === 0 && file.length === 0) return [NO_CHANGES];
  const c = coloured(style);
  const lines = [c ? c.bold(heading(from, to)) : heading(from, to)];
  if (file.length > 0) lines.push('', WHOLE_REPORT, ...file.map((f) => `  ${printable(describeFileChange(f))}`));
  let agreement: string | null | undefined;
  for (const item of changes) {
    if (item.earlierAgreement !== agreement) {
      lines.push('');
      if (item.earlierAgreement !== null) lines.push(`Tidligere aftale: ${printable(item.earlierAgreement)}`, '');
      agreement = item.earlierAgreement;
    }
    lines.push(...initiativeLines(item, style));
  }
  return lines;
}
