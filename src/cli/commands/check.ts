import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { check } from '../../pipeline/check.js';
import { printProblems } from '../print-problems.js';
import { addRoundOptions, addStrictOption, type SharedFlags } from '../shared-options.js';
import type { Output } from '../terminal.js';

export function registerCheck(program: Command, output: Output): void {
  const cmd = program
    .command('check')
    .description('kontrollér rundefilerne og anvend smiley-reglerne uden at lave rapporter')
    .option('-a, --all', 'alle rundefiler (standard, når --round ikke er givet)');
  addStrictOption(addRoundOptions(cmd)).action(async (flags: SharedFlags) => {
    if (flags.all && flags.round !== undefined) throw new UsageError('brug enten --round eller --all, ikke begge');
    const result = await check({
      dataDir: flags.data,
      ...(flags.year === undefined ? {} : { year: flags.year }),
      ...(flags.round === undefined ? {} : { round: flags.round }),
      strict: flags.strict === true,
    });
    printProblems(output, result.problems, result.rounds.length);
    if (!result.ok) process.exitCode = 1;
  });
}
