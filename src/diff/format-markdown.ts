import {
  ADDED,
  ECONOMY_SMILEY,
  fieldLabel,
  heading,
  HISTORY_MARK,
  NO_CHANGES,
  REMOVED,
  roundLabel,
  smileyLabel,
  WHITESPACE_ONLY,
} from './change-labels.js';
import type { Change, InitiativeChanges } from './round-changes.js';
import { withContext, wordDiff, type WordRun } from './word-diff.js';

/*
 * The change log as Markdown for a pull-request comment: a heading per
 * initiative, one bullet per change; removed words ~~struck~~, added **bold**.
 */

/** Text from the YAML is shown as text: Markdown and HTML characters escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_~[\]<>#|!]/g, (ch) => `\\${ch}`).replace(/&/g, '&amp;');
}

export function markdownWords(runs: readonly WordRun[]): string {
  return withContext(runs)
    .map((run) => {
      const w = run.words.map(escapeMarkdown).join(' ');
      if (run.kind === 'same') return w;
      return run.kind === 'removed' ? `~~${w}~~` : `**${w}**`;
    })
    .join(' ');
}

function describe(change: Change): string {
  switch (change.kind) {
    case 'added':
      return ADDED;
    case 'removed':
      return REMOVED;
    case 'smiley': {
      const line = `${roundLabel(change.round)}: ${smileyLabel(change.from)} → ${smileyLabel(change.to)}`;
      return change.history ? `${line} (**${HISTORY_MARK}**)` : line;
    }
    case 'economy-smiley':
      return `${ECONOMY_SMILEY}: ${smileyLabel(change.from)} → ${smileyLabel(change.to)}`;
    case 'text': {
      const runs = wordDiff(change.from, change.to);
      const changed = runs.some((r) => r.kind !== 'same');
      return `${fieldLabel(change)}: ${changed ? markdownWords(runs) : WHITESPACE_ONLY}`;
    }
  }
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

/** The whole change log as Markdown lines. */
export function formatMarkdown(changes: readonly InitiativeChanges[], from: string, to: string): string[] {
  const title = `## ${heading(code(from), code(to))}`;
  if (changes.length === 0) return [title, '', NO_CHANGES];
  const lines = [title];
  let agreement: string | null | undefined;
  for (const item of changes) {
    if (item.earlierAgreement !== agreement && item.earlierAgreement !== null) {
      lines.push('', `## Tidligere aftale: ${escapeMarkdown(item.earlierAgreement)}`);
    }
    agreement = item.earlierAgreement;
    lines.push('', `### ${escapeMarkdown(item.id)} ${escapeMarkdown(item.title)}`, '');
    lines.push(...item.changes.map((change) => `- ${describe(change)}`));
  }
  return lines;
}
