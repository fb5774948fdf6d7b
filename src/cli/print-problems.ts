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
