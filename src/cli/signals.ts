import { removeUnfinishedTemps } from '../output/atomic-write.js';
import { killBrowsersNow } from '../print-pdf/termination.js';

/** The exit status of a run stopped by a signal (128 + its number), as shells report it. */
export const EXIT_FOR: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * For the length of a command: Ctrl-C, SIGTERM and SIGHUP end the run with
 * 128 + the signal's number, and at exit, however it comes, the temporary
 * files of writes still in progress are removed (a final file is never
 * touched). A command with its own handler (watch stops gracefully; the
 * printer's exitOnSignals kills its browser first) keeps it: this one then
 * only exits when no other listener is there. Returns the function that
 * stops listening.
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

/**
 * While a browser runs: SIGINT, SIGTERM or SIGHUP kill it (and its profile
 * folder) and end the run with 128 + the signal's number. Chromium runs in its
 * own process group, so without this it would outlive an interrupted run.
 * Only the CLI decides this; the library never exits the program it is used
 * in. Returns the function that stops listening.
 */
export function exitOnSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    killBrowsersNow();
    process.exit(EXIT_FOR[signal] ?? 1);
  };
  for (const s of Object.keys(EXIT_FOR)) process.on(s, onSignal);
  return () => {
    for (const s of Object.keys(EXIT_FOR)) process.off(s, onSignal);
  };
}
