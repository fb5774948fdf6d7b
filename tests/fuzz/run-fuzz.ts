/*
 * `npm run fuzz [-- --cases N] [--seed S] [--case I] [--cli N]`: the long fuzz
 * run (10,000 cases by default) of tests/fuzz, in-process, plus N cases (20 by
 * default) through the real, built CLI. Exits 1 on any failure,
 * printing the seed and how to replay each failing case.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/run-cli.js';
import { runCliCases } from './cli-cases.js';
import { describeFailure, fuzz } from './fuzz-run.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function numberArg(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) {
    console.error(`--${name} skal være et tal, ikke "${v}"`);
    process.exit(2);
  }
  return Number(v);
}

const seed = numberArg('seed', Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)));
const cases = numberArg('cases', 10_000);
const only = arg('case') === undefined ? undefined : numberArg('case', 0);
const cliCases = only === undefined ? numberArg('cli', 20) : 0;

console.log(`fuzz: seed ${seed}, ${only === undefined ? `${cases} cases` : `case ${only}`}`);
const report = await fuzz({
  seed,
  cases,
  ...(only === undefined ? {} : { only }),
  onProgress: (r) =>
    console.log(
      `fuzz: ${r.cases} cases, ${r.failures.length} failing, ${(r.ms / 1000).toFixed(0)} s, ` +
        `slowest ${r.slowestMs.toFixed(0)} ms (CPU ${r.slowestCpuMs.toFixed(0)} ms), most memory added ${r.largestMb.toFixed(0)} MB`,
    ),
});
console.log(
  `fuzz: ${report.cases} cases in ${(report.ms / 1000).toFixed(1)} s: ${report.exit0} valid (exit 0), ${report.exit1} invalid (exit 1), ` +
    `${report.rendered} HTML documents rendered, slowest case ${report.slowestMs.toFixed(0)} ms ` +
    `(most CPU time ${report.slowestCpuMs.toFixed(0)} ms), ` +
    `most memory a case added ${report.largestMb.toFixed(0)} MB`,
);
for (const f of report.failures.slice(0, 20)) console.error(describeFailure(seed, f));
if (report.failures.length === 0) rmSync(report.root, { recursive: true, force: true });

let failed = report.failures.length;
if (cliCases > 0) {
  if (!existsSync(join(REPO, 'dist', 'bundle', 'opfolgning.mjs'))) {
    console.log('fuzz: the CLI is not built (npm run build); skipping the CLI cases');
    failed++;
  } else {
    const cli = await runCliCases(seed, cliCases);
    console.log(`fuzz: ${cli.cases} cases through the real CLI, exit codes ${JSON.stringify(cli.exitCodes)}`);
    for (const f of cli.failures) console.error(f);
    failed += cli.failures.length;
    if (cli.failures.length === 0) for (const r of cli.roots) rmSync(r, { recursive: true, force: true });
  }
}
if (failed > 0) {
  console.error(`fuzz: ${failed} failing case(s); seed ${seed}`);
  process.exitCode = 1;
}
