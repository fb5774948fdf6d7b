import { Option, type Command } from 'commander';
import { UsageError, OpfolgningError } from '../../errors.js';
import { watchRound } from '../../watch/watch-round.js';
import { parseRound, parseYear } from '../options.js';
import { printProblems } from '../print-problems.js';
import type { Output } from '../terminal.js';

interface WatchFlags {
  round?: number;
  year?: number;
  data: string;
  out: string;
  strict?: boolean;
}

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
  program
    .command('watch')
    .description('lav HTML-rapporten for en runde igen, hver gang rundefilen gemmes (stop med Ctrl-C)')
    .addOption(new Option('-r, --round <N>', 'opfølgningsrunden: 1, 2, 3 eller 4').argParser(parseRound))
    .addOption(new Option('--year <år>', 'budgetåret (standard: det nyeste år, der har runden)').argParser(parseYear))
    .option('--data <mappe>', 'mappen med rundefilerne', 'data')
    .option('--out <mappe>', 'mappen, rapporten skrives til', 'out')
    .option('--strict', 'advarsler forhindrer, at rapporten bliver lavet')
    .action(async (flags: WatchFlags) => {
      if (flags.round === undefined) throw new UsageError('angiv en runde med --round N');
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
              output.err(`${clock()} Rapporten er ikke opdateret, fordi data er ugyldige; ret filen og gem igen.`);
              return;
            }
            for (const d of result.documents) output.out(`${c.dim(clock())} ${c.green('skrevet:')} ${d.path}`);
          },
          failed(error) {
            const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
            const label = error instanceof OpfolgningError ? 'fejl:' : 'intern fejl:';
            output.err(`${output.errColour.red.bold(label)} ${message}`);
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
