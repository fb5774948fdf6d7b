import type { Command } from 'commander';

/** Adds "Eksempler:" after a command's help: one command line and what it does per entry. */
export function withExamples(cmd: Command, examples: ReadonlyArray<[string, string]>): Command {
  const width = Math.max(...examples.map(([line]) => line.length));
  const lines = examples.map(([line, what]) => `  ${line.padEnd(width)}  # ${what}`);
  return cmd.addHelpText('after', `\nEksempler:\n${lines.join('\n')}`);
}
