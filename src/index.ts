/*
 * opfolgning as a library: what `import … from 'opfolgning'` gives. A small
 * surface over the pipeline (src/pipeline), without the CLI's flags, output
 * or exit codes. Documented in README ("Som bibliotek").
 */
export { check, type CheckResult, type Selection } from './pipeline/check.js';
export type { CheckedRound } from './pipeline/check-round.js';
export { renderReports, type RenderReportsOptions } from './api/render-reports.js';
export type { Format, RenderedDocument, RenderResult } from './pipeline/render.js';
export { changeLog, type ChangeLog, type ChangeLogSide } from './api/change-log.js';
export { formatProblem, formatAnnotation } from './problems/format.js';
export type { Position, Problem, Severity } from './problems/problem.js';
export { EnvironmentError, InvalidDataError, OpfolgningError, UsageError } from './errors.js';
export { killBrowsersNow } from './print-pdf/termination.js';
