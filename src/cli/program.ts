import { Command } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { registerRender } from './commands/render.js';
import type { Output } from './terminal.js';

export const VERSION = '0.1.0';

/** The commands, with Danish help; each command file registers itself. */
export function buildProgram(output: Output): Command {
  const program = new Command('opfolgning')
    .description('Opfølgning på budgetaftaler: rapporter med smileys i HTML og PDF fra én YAML-fil pr. runde')
    .version(VERSION, '-V, --version', 'vis versionsnummeret')
    .helpOption('-h, --help', 'vis hjælp')
    .helpCommand('help [kommando]', 'vis hjælp til en kommando')
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => output.out(s.replace(/\n$/, '')),
      writeErr: (s) => output.err(s.replace(/\n$/, '')),
      outputError: () => undefined,
    });
  program.configureHelp({ sortSubcommands: false });
  registerRender(program, output);
  registerCheck(program, output);
  registerDiff(program, output);
  for (const cmd of program.commands) {
    cmd.helpOption('-h, --help', 'vis hjælp').exitOverride().configureOutput({
      writeOut: (s) => output.out(s.replace(/\n$/, '')),
      writeErr: (s) => output.err(s.replace(/\n$/, '')),
      outputError: () => undefined,
    });
  }
  return program;
}
