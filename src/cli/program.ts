import { Command } from 'commander';
import { danishHelp } from './commander-messages.js';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { registerNewRound } from './commands/new-round.js';
import { registerRender } from './commands/render.js';
import { registerWatch } from './commands/watch.js';
import { withExamples } from './help-examples.js';
import type { Output } from './terminal.js';

export const VERSION = '0.1.0';

/** The commands, with Danish help; each command file registers itself. */
export function buildProgram(output: Output): Command {
  // Help and commander's own errors in Danish, for the program and every command alike.
  const danishOutput = {
    writeOut: (s: string) => output.out(danishHelp(s).replace(/\n$/, '')),
    writeErr: (s: string) => output.err(danishHelp(s).replace(/\n$/, '')),
    outputError: () => undefined,
  };
  const program = new Command('opfolgning')
    .description('Opfølgning på budgetaftaler: rapporter med smileys i HTML og PDF fra én YAML-fil pr. runde')
    .version(VERSION, '-V, --version', 'vis versionsnummeret')
    .helpOption('-h, --help', 'vis hjælp')
    .helpCommand('help [kommando]', 'vis hjælp til en kommando')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(danishOutput);
  program.configureHelp({ sortSubcommands: false });
  withExamples(program, [
    ['opfolgning new-round --round 3', 'start runde 3 som en kopi af runde 2'],
    ['opfolgning check --round 3', 'kontrollér runde-3.yaml'],
    ['opfolgning render --round 3 --all', 'hele rapporten og én pr. udvalg'],
    ['opfolgning diff 2 3', 'hvad der er ændret fra runde 2 til 3'],
    ['opfolgning help render', 'hjælp til en kommando'],
  ]);
  registerRender(program, output);
  registerCheck(program, output);
  registerDiff(program, output);
  registerNewRound(program, output);
  registerWatch(program, output);
  for (const cmd of program.commands) {
    cmd.helpOption('-h, --help', 'vis hjælp').exitOverride().configureOutput(danishOutput);
  }
  return program;
}
