import { CommanderError } from 'commander';
import { OpfolgningError, UsageError } from '../errors.js';
import { commanderMessage } from './commander-messages.js';
import { errorLine } from './error-line.js';
import { buildProgram } from './program.js';
import { cleanUpOnSignals } from './signals.js';
import { processOutput, type Output } from './terminal.js';

/**
 * The one top-level catch: typed errors print their Danish message and set
 * their exit status; anything else is an internal error, said in one line
 * (exit 3). Never a stack trace, never process.exit.
 */
export async function main(argv: readonly string[], output: Output = processOutput()): Promise<void> {
  const stopListening = cleanUpOnSignals();
  try {
    assertWorkingDirectory();
    await buildProgram(output).parseAsync([...argv]);
  } catch (e) {
    process.exitCode = exitCodeFor(e, output);
  } finally {
    stopListening();
  }
}

/** Every relative path needs the working directory; a deleted one is the user's to fix (exit 2). */
function assertWorkingDirectory(): void {
  try {
    process.cwd();
  } catch {
    throw new UsageError('den mappe, du står i, findes ikke længere (slettet eller flyttet); skift til en mappe, der findes (cd), og kør igen');
  }
}

function exitCodeFor(e: unknown, output: Output): number {
  const c = output.errColour;
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) return 0; // --help, --version
    if (e.code === 'commander.help') return 2; // no command given: the help was printed to stderr
    output.err(`${c.red.bold('fejl:')} ${commanderMessage(e)}`);
    output.err('Se opfolgning --help.');
    return 2;
  }
  output.err(errorLine(e, c));
  return e instanceof OpfolgningError ? e.exitCode : 3;
}
