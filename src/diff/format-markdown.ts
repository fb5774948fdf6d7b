import { describeChange, describeFileChange, heading, NO_CHANGES, WHOLE_REPORT, type ChangeMarks } from './change-labels.js';
import type { Change, FileChange, InitiativeChanges } from './round-changes.js';
import { withContext, type WordRun } from './word-diff.js';

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

const MARKDOWN: ChangeMarks = {
  added: (label) => label,
  removed: (label) => label,
  history: (label) => `**${label}**`,
  words: markdownWords,
};

function describe(change: Change): string {
  return describeChange(change, MARKDOWN);
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

/** The whole change log as Markdown lines. */
export function formatMarkdown(changes: readonly InitiativeChanges[], from: string, to: string, file: readonly FileChange[] = []): string[] {
  const title = `## ${heading(code(from), code(to))}`;
  if (changes.length === 0 && file.length === 0) return [title, '', NO_CHANGES];
  const lines = [title];
  if (file.length > 0) lines.push('', `### ${WHOLE_REPORT}`, '', ...file.map((f) => `- ${escapeMarkdown(describeFileChange(f))}`));
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
