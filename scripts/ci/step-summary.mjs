// The "Samlet overblik" counts of every round file as Markdown on stdout, for
// the job summary: node scripts/ci/step-summary.mjs [data-folder] >> "$GITHUB_STEP_SUMMARY".
// Needs the build (npm run build).
import { check } from '../../dist/index.js';
import { overviewSummary } from '../../dist/ci/overview-summary.js';

const result = await check({ dataDir: process.argv[2] ?? 'data' });
process.stdout.write(overviewSummary(result.rounds));
