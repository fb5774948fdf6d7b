import { BIDI_CONTROLS, ZERO_WIDTH } from '../text/invisible.js';
import type { Problem } from './problem.js';

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = new RegExp(`[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}${ZERO_WIDTH}]`, 'g');

/**
 * Text from the round file (keys, ids, values) is quoted in messages; its
 * control characters (a terminal escape, a line break), bidi overrides and
 * zero-width characters are shown escaped, so a message stays one line of plain text in any terminal.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `file:line:col: fejl: 1.4: message` — compiler style, so editors link to it. */
export function formatProblem(p: Problem): string {
  return printable(`${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.id === undefined ? '' : `${p.id}: `}${p.message}`);
}

/** GitHub Actions workflow command; its data must escape %, CR and LF, and properties also : and ,. */
export function formatAnnotation(p: Problem): string {
  const kind = p.severity === 'fejl' ? 'error' : 'warning';
  const prop = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const text = printable(`${p.id === undefined ? '' : `${p.id}: `}${p.message}`);
  return `::${kind} file=${prop(printable(p.file))},line=${p.line},col=${p.col}::${escapeData(text)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one-line count after the problems of a run. */
export function formatCount(problems: readonly Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'fejl').length;
  const warnings = problems.length - errors;
  const checked = plural(files, 'fil', 'filer');
  if (errors === 0 && warnings === 0) return `Ingen fejl eller advarsler (${checked} kontrolleret).`;
  return `${plural(errors, 'fejl', 'fejl')} og ${plural(warnings, 'advarsel', 'advarsler')} (${checked} kontrolleret).`;
}
