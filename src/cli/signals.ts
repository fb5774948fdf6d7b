import { removeUnfinishedTemps } from '../output/atomic-write.js';
import { EXIT_FOR } from '../print-pdf/termination.js';

/**
 * For the length of a command: Ctrl-C, SIGTERM and SIGHUP end the run with
 * 128 + the signal's number, and at exit, however it comes, the temporary
 * files of writes still in progress are removed (a final file is never
 * touched). A command with its own handler (watch stops gracefully; the
 * printer kills its browser first) keeps it: this one then only exits when
 * no other listener is there. Returns the function that stops listening.
 */
export function cleanUpOnSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    process.exit(EXIT_FOR[signal] ?? 1);
  };
  for (const s of Object.keys(EXIT_FOR)) process.on(s, onSignal);
  process.on('exit', removeUnfinishedTemps);
  return () => {
    for (const s of Object.keys(EXIT_FOR)) process.off(s, onSignal);
    process.off('exit', removeUnfinishedTemps);
  };
}
