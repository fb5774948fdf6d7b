import { writeFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { loadCorpus } from './corpus.js';
import { caseDir, runCase } from './fuzz-case.js';
import { caseSeed, mutate } from './mutate.js';
import { replayHint } from './fuzz-run.js';

export interface CliCasesReport {
  cases: number;
  exitCodes: Record<string, number>;
  failures: string[];
  /** The temp folders of the cases; the caller removes them. */
  roots: string[];
}

/** A line of a Node stack trace. */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/**
 * The first `count` cases of a seed through the real CLI (`opfolgning check`
 * on the mutated file, with the valid previous round beside it): exit 0 or 1,
 * no stack trace, and exactly the problem lines the in-process run gives.
 */
export async function runCliCases(seed: number, count: number, parallel = 4): Promise<CliCasesReport> {
  const corpus = loadCorpus();
  const report: CliCasesReport = { cases: 0, exitCodes: {}, failures: [], roots: [] };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const file = corpus[index % corpus.length]!;
      const { bytes, steps } = mutate(file.text, caseSeed(seed, index));
      const dir = caseDir(file);
      report.roots.push(dir.root);
      writeFileSync(dir.ref.path, bytes);
      const fail = (why: string) =>
        report.failures.push(
          `CLI fuzz case ${index} failed (seed ${seed}, input ${file.name}): ${why}\n  steps: ${steps.join('; ')}\n` +
            `  input: ${dir.ref.path}\n  replay: ${replayHint(seed, index)}`,
        );
      let expected: Awaited<ReturnType<typeof runCase>>;
      try {
        expected = await runCase(bytes, dir);
      } catch (e) {
        fail(`in-process: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const r = await runCli(['check', '--round', String(file.round)], { cwd: dir.root, timeoutMs: 20_000 });
      report.cases++;
      report.exitCodes[String(r.code)] = (report.exitCodes[String(r.code)] ?? 0) + 1;
      const problemLines = r.stderr.split('\n').filter((l) => l.startsWith(dir.ref.display));
      if (r.code !== 0 && r.code !== 1) fail(`exit ${String(r.code)} (signal ${String(r.signal)}); stderr: ${r.stderr.slice(0, 500)}`);
      else if (STACK_LINE.test(r.stderr) || STACK_LINE.test(r.stdout)) fail(`stack trace: ${r.stderr.slice(0, 500)}`);
      else if (r.code !== expected.exitCode) fail(`exit ${r.code}, in-process ${expected.exitCode}`);
      else if (JSON.stringify(problemLines) !== JSON.stringify(expected.lines)) {
        fail(`problem lines differ from in-process:\n${problemLines.join('\n')}\n--- in-process:\n${expected.lines.join('\n')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return report;
}
