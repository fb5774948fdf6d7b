import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { withExamples } from '../help-examples.js';
import { printProblems } from '../print-problems.js';
import { addRoundOptions, addStrictOption, type SharedFlags } from '../common-options.js';
import type { Output } from '../terminal.js';

export function registerCheck(program: Command, output: Output): void {
  const cmd = program
    .command('check')
    .description('kontrollér rundefilerne og anvend smiley-reglerne uden at lave rapporter')
    .option('-a, --all', 'alle rundefiler (standard, når --round ikke er givet)');
  withExamples(cmd, [
    ['opfolgning check', 'alle rundefiler'],
    ['opfolgning check --round 3', 'kun runde-3.yaml (og historikken mod runde-2.yaml)'],
    ['opfolgning check --round 2 --year 2019 --strict', 'advarsler tæller som fejl'],
  ]);
  addStrictOption(addRoundOptions(cmd)).action(async (flags: SharedFlags) => {
    if (flags.all && flags.round !== undefined) throw new UsageError('brug enten --round eller --all, ikke begge');
    // Loaded by the command that needs it: the bundle's chunks keep the renderer out of check's start-up.
    const { check } = await import('../../pipeline/check.js');
    const result = await check({
      dataDir: flags.data,
      ...(flags.year === undefined ? {} : { year: flags.year }),
      ...(flags.round === undefined ? {} : { round: flags.round }),
      strict: flags.strict === true,
    });
    printProblems(output, result.problems, result.rounds.length);
    if (!result.ok && !result.problems.some((p) => p.severity === 'fejl')) {
      output.err('Kørslen fejler, fordi --strict gør advarsler til fejl.');
    }
    if (!result.ok) process.exitCode = 1;
  });
}
