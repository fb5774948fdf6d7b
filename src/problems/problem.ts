/*
 * A problem is data, never an exception: every stage returns a list of them,
 * and the CLI prints them together (docs/developers.md, "Contracts").
 */
export type Severity = 'fejl' | 'advarsel';

export interface Position {
  line: number;
  col: number;
}

export interface Problem extends Position {
  /** The file as the user named it (relative to the working directory). */
  file: string;
  severity: Severity;
  /** The initiative the problem is about, printed before the message. */
  id?: string;
  message: string;
}

export function error(file: string, at: Position, message: string, id?: string): Problem {
  return { file, line: at.line, col: at.col, severity: 'fejl', message, ...(id === undefined ? {} : { id }) };
}

export function warning(file: string, at: Position, message: string, id?: string): Problem {
  return { file, line: at.line, col: at.col, severity: 'advarsel', message, ...(id === undefined ? {} : { id }) };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'fejl');
}

/** Stable order: by file, then position, errors before warnings at the same place. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.severity === b.severity ? 0 : a.severity === 'fejl' ? -1 : 1),
  );
}
