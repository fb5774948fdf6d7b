import { Option, type Command } from 'commander';
import { parseFormats, parseRound, parseYear } from './options.js';

/** The raw values commander collects for the shared options (README.md, "Commands"). */
export interface SharedFlags {
  round?: number;
  all?: boolean;
  year?: number;
  data: string;
  out: string;
  format: ('html' | 'pdf')[];
  strict?: boolean;
}

export function addRoundOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-r, --round <N>', 'opfølgningsrunden: 1, 2, 3 eller 4').argParser(parseRound))
    .addOption(new Option('--year <år>', 'budgetåret (standard: det nyeste år, der har runden)').argParser(parseYear))
    .option('--data <mappe>', 'mappen med rundefilerne', 'data');
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--out <mappe>', 'mappen, rapporterne skrives til', 'out')
    .addOption(
      new Option('--format <formater>', 'html, pdf eller html,pdf').default(['html', 'pdf'], 'html,pdf').argParser(parseFormats),
    );
}

export function addStrictOption(cmd: Command, description = 'advarsler får kørslen til at fejle'): Command {
  return cmd.option('--strict', description);
}
