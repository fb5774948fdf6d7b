import { formatAnnotation, formatCount, formatProblem } from '../problems/format.js';
import { sortProblems, type Problem } from '../problems/problem.js';
import type { Output } from './terminal.js';

/** Every problem, one line each (and a GitHub annotation under Actions), then the count. */
export function printProblems(output: Output, problems: readonly Problem[], files: number): void {
  const c = output.errColour;
  const annotate = output.env.GITHUB_ACTIONS === 'true';
  for (const p of sortProblems(problems)) {
    const line = formatProblem(p);
    const severity = `${p.severity}:`;
    output.err(line.replace(severity, p.severity === 'fejl' ? c.red.bold(severity) : c.yellow.bold(severity)));
    if (annotate) output.err(formatAnnotation(p));
  }
  output.err(formatCount(problems, files));
}

/** Why a run refused its data: errors, or only warnings that --strict makes fail. */
export function refusalReason(problems: readonly Problem[]): string {
  return problems.some((p) => p.severity === 'fejl')
    ? 'fordi data har fejl'
    : 'fordi der er advarsler, og --strict gør advarsler til fejl';
}
