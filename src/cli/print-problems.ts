import { formatAnnotation, formatCount, formatProblem, printable } from '../problems/format.js';
import { limitPerFile, omittedLine } from '../problems/limit.js';
import type { Problem } from '../problems/problem.js';
import type { Output } from './terminal.js';

/**
 * The problems, one line each (and a GitHub annotation under Actions), at
 * most MAX_PROBLEMS_PER_FILE per file and a line saying how many more, then
 * the count of all of them.
 */
export function printProblems(output: Output, problems: readonly Problem[], files: number): void {
  const c = output.errColour;
  const annotate = output.env.GITHUB_ACTIONS === 'true';
  const { shown, omitted } = limitPerFile(problems);
  for (const p of shown) {
    const line = formatProblem(p);
    const severity = `${p.severity}:`;
    output.err(line.replace(severity, p.severity === 'fejl' ? c.red.bold(severity) : c.yellow.bold(severity)));
    if (annotate) output.err(formatAnnotation(p));
  }
  for (const [file, count] of omitted) output.err(printable(omittedLine(file, count)));
  output.err(formatCount(problems, files));
}

/** Why a run refused its data: errors, or only warnings that --strict makes fail. */
export function refusalReason(problems: readonly Problem[]): string {
  return problems.some((p) => p.severity === 'fejl')
    ? 'fordi data har fejl'
    : 'fordi der er advarsler, og --strict gør advarsler til fejl';
}
