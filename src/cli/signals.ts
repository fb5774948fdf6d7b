import { removeUnfinishedTemps } from '../output/atomic-write.js';
import { killOnTermination } from '../print-pdf/termination.js';

/**
 * For the length of a command: Ctrl-C, SIGTERM and SIGHUP end the run with
 * 128 + the signal's number, and at exit, however it comes, the temporary
 * files of writes still in progress are removed (a final file is never
 * touched). A command with its own handler (watch, the printer) keeps it.
 * Returns the function that stops listening.
 */
export function cleanUpOnSignals(): () => void {
  return killOnTermination(removeUnfinishedTemps, { unlessHandled: true });
}
