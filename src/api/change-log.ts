import { compareFiles, type Side } from '../diff/compare-files.js';
import { formatMarkdown } from '../diff/format-markdown.js';
import { formatText } from '../diff/format-text.js';
import type { Problem } from '../problems/problem.js';

export type ChangeLogSide = Side;

export interface ChangeLog {
  /** The problems that make the comparison impossible (either file invalid); empty otherwise. */
  problems: Problem[];
  /** The change log, one line per element; null when a file is invalid. */
  lines: string[] | null;
}

/**
 * What changed from one round file to another (or to itself at another
 * time): `opfolgning diff` as a function. A side is a file (`{ label, path }`)
 * or its text (`{ label, text }`, e.g. from git); the labels name the files in
 * the heading. `md` gives Markdown for a pull-request comment, `text` plain
 * text without colour.
 */
export async function changeLog(older: ChangeLogSide, newer: ChangeLogSide, format: 'md' | 'text' = 'text'): Promise<ChangeLog> {
  const result = await compareFiles(older, newer);
  if (!result.changes) return { problems: result.problems, lines: null };
  const lines = format === 'md' ? formatMarkdown(result.changes, older.label, newer.label) : formatText(result.changes, older.label, newer.label);
  return { problems: [], lines };
}
