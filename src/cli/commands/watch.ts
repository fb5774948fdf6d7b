import type { Command } from 'commander';
import { displayPath } from '../../text/display-path.js';
import { UsageError } from '../../errors.js';
import { errorLine } from '../error-line.js';
import { withExamples } from '../help-examples.js';
import { printProblems, refusalReason } from '../print-problems.js';
import { addRoundOptions, addStrictOption, type SharedFlags } from '../common-options.js';
import type { Output } from '../terminal.js';

type WatchFlags = Pick<SharedFlags, 'round' | 'year' | 'data' | 'out' | 'strict'>;

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** Resolves at the first Ctrl-C (or SIGTERM); dispose() removes the listeners. */
function interruption(): { signalled: Promise<void>; dispose(): void } {
  let dispose = () => undefined as void;
  const signalled = new Promise<void>((resolve) => {
    const on = () => {
      dispose();
      resolve();
    };
    dispose = () => {
      process.removeListener('SIGINT', on);
      process.removeListener('SIGTERM', on);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
  return { signalled, dispose };
}

export function registerWatch(program: Command, output: Output): void {
  const cmd = program
    .command('watch')
    .description('lav HTML-rapporten for en runde igen, hver gang rundefilen gemmes (stop med Ctrl-C)');
  withExamples(cmd, [['opfolgning watch --round 3', 'out/<år>/runde-3.html igen ved hver gemning']]);
  addStrictOption(addRoundOptions(cmd), 'advarsler forhindrer, at rapporten bliver lavet')
    .option('--out <mappe>', 'mappen, rapporten skrives til', 'out')
    .action(async (flags: WatchFlags) => {
      if (flags.round === undefined) throw new UsageError('angiv en runde med --round N');
      // Loaded by the command that needs it (bundle chunks).
      const { watchRound } = await import('../../watch/watch-round.js');
      const c = output.outColour;
      const stop = interruption();
      const session = await watchRound(
        {
          dataDir: flags.data,
          outDir: flags.out,
          round: flags.round,
          ...(flags.year === undefined ? {} : { year: flags.year }),
          strict: flags.strict === true,
        },
        {
          rendered(result) {
            if (result.check.problems.length > 0 || !result.check.ok) {
              printProblems(output, result.check.problems, result.check.rounds.length);
            }
            if (!result.check.ok) {
              output.err(`${clock()} Rapporten er ikke opdateret, ${refusalReason(result.check.problems)}; ret filen og gem igen.`);
              return;
            }
            for (const d of result.documents) output.out(`${c.dim(clock())} ${c.green('skrevet:')} ${displayPath(d.path)}`);
          },
          failed(error) {
            output.err(errorLine(error, output.errColour));
          },
        },
      ).catch((e: unknown) => {
        stop.dispose();
        throw e;
      });
      output.out(`Holder øje med ${session.ref.display}; tryk Ctrl-C for at stoppe.`);
      await stop.signalled;
      await session.stop();
      output.out('Stoppet.');
    });
}
