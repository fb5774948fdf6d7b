// The pull-request comment of the reports workflow, made without GitHub: the
// change log (`opfolgning diff --format md`) of every round file changed since
// --base, then what `check` finds in them.
//
//   node scripts/ci/pr-changelog.mjs --base HEAD^1 [--base-label main] [--data data] --out comment.md
//
// Writes the comment (marker first, cut to what GitHub accepts) to --out and
// the whole of it to $GITHUB_STEP_SUMMARY when set; prints every problem, and
// under GitHub Actions also as an annotation on its line. Exit 1 when check
// finds errors (after writing the comment), 2 for a wrong command line.
// Run from the repository; needs the build (npm run build).
import { appendFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fitComment, prChangeLog } from '../../dist/ci/pr-change-log.js';
import { formatAnnotation, formatProblem } from '../../dist/index.js';

let values;
try {
  ({ values } = parseArgs({
    options: { base: { type: 'string' }, 'base-label': { type: 'string' }, data: { type: 'string', default: 'data' }, out: { type: 'string' } },
  }));
} catch (e) {
  values = {};
}
if (!values.base || !values.out) {
  console.error('brug: node scripts/ci/pr-changelog.mjs --base <revision> [--base-label <navn>] [--data <mappe>] --out <fil>');
  process.exit(2);
}
const repoDir = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const result = await prChangeLog({
  repoDir,
  base: values.base,
  baseLabel: values['base-label'] ?? values.base,
  dataDir: values.data,
});
writeFileSync(values.out, fitComment(result.markdown));
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, result.markdown);
for (const p of result.problems) {
  console.error(formatProblem(p));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotation(p));
}
console.error(`${result.files.length} rundefil(er) ændret; kommentaren er skrevet til ${values.out}.`);
if (result.problems.some((p) => p.severity === 'fejl')) process.exitCode = 1;
