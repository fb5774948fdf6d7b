import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { parseYear } from '../options.js';
import { withExamples } from '../help-examples.js';
import { printProblems } from '../print-problems.js';
import type { Output } from '../terminal.js';

interface NewRoundFlags {
  round?: number;
  year?: number;
  data: string;
  dato?: string;
}

function parseNewRound(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--round skal være 2, 3 eller 4, ikke "${value}"`);
  return Number(value);
}

function parseDate(value: string): string {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== v) throw new UsageError(`--dato skal være en dato som 2019-08-01, ikke "${value}"`);
  return v;
}

export function registerNewRound(program: Command, output: Output): void {
  const cmd = program.command('new-round');
  withExamples(cmd, [
    ['opfolgning new-round --round 3', 'runde-3.yaml fra runde-2.yaml, med dagens dato'],
    ['opfolgning new-round --round 3 --dato 2019-10-01', 'med rapportens dato'],
  ]);
  cmd
    .description('start en ny runde: runde-N.yaml som en kopi af runde-(N-1).yaml med ny runde og dato')
    .addOption(new Option('-r, --round <N>', 'den nye runde: 2, 3 eller 4').argParser(parseNewRound))
    .addOption(new Option('--year <år>', 'budgetåret (standard: det nyeste år, der har den forrige runde)').argParser(parseYear))
    .option('--data <mappe>', 'mappen med rundefilerne', 'data')
    .addOption(new Option('--dato <dato>', 'datoen i den nye fil (standard: i dag)').argParser(parseDate))
    .action(async (flags: NewRoundFlags) => {
      if (flags.round === undefined) throw new UsageError('angiv den nye runde med --round N');
      // Loaded by the command that needs it (bundle chunks).
      const [{ newRound }, { formatTodo }] = await Promise.all([import('../../new-round/new-round.js'), import('../../new-round/todo-list.js')]);
      const result = await newRound({
        dataDir: flags.data,
        round: flags.round,
        ...(flags.year === undefined ? {} : { year: flags.year }),
        today: flags.dato ?? new Date(),
      });
      if (!result.ok) {
        printProblems(output, result.problems, 1);
        output.err(`Den nye runde er ikke startet, fordi den forrige rundefil har fejl; ret dem først (opfolgning check --round ${flags.round - 1}).`);
        process.exitCode = 1;
        return;
      }
      const c = output.outColour;
      const at = (line: number) => `${result.display}:${line}:`;
      const dateYear = Number(result.dato.slice(0, 4));
      output.out(`${c.green('Skrevet:')} ${result.display} (kopi af ${result.from})`);
      output.out(`${at(result.lines.runde)} runde: ${flags.round}`);
      output.out(
        `${at(result.lines.dato)} dato: ${result.dato} ` +
          (flags.dato === undefined ? '(dagens dato; ret den til rapportens dato, eller giv den med --dato ÅÅÅÅ-MM-DD)' : '(fra --dato)'),
      );
      if (dateYear !== result.year && dateYear !== result.year + 1) {
        output.out(`${at(result.lines.dato)} ${c.yellow('advarsel:')} datoen ligger ikke i budgetåret ${result.year} eller året efter; ret den til rapportens dato`);
      }
      output.out(`${at(result.lines.sagsid)} sagsid: er kopieret uændret; skriv sagsnummeret for denne opfølgning, hvis det er et nyt`);
      output.out(`${at(result.lines.kontakt)} kontakt: er kopieret uændret; ret den, hvis kontaktpersonen er en anden`);
      output.out('');
      for (const line of formatTodo(result.todo, result.display)) output.out(line);
      output.out('');
      output.out(`Kør derefter: opfolgning check --round ${flags.round}`);
    });
}
