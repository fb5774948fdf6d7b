/** The exit status of a run stopped by a signal (128 + its number), as shells report it. */
export const EXIT_FOR: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Calls `kill` (synchronous) when the run is stopped by SIGINT, SIGTERM or
 * SIGHUP, then exits with their status, and when the process exits anyway.
 * With `unlessHandled`, a signal that another listener also handles (watch
 * stops gracefully, the printer kills its browser first) is left to it; the
 * exit that follows still calls `kill`. Returns the function that stops
 * listening. Only on the main thread: signals never reach a worker.
 */
export function killOnTermination(kill: () => void, options: { unlessHandled?: boolean } = {}): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (options.unlessHandled && process.listenerCount(signal) > 1) return;
    kill();
    process.exit(EXIT_FOR[signal] ?? 1);
  };
  for (const s of Object.keys(EXIT_FOR)) process.on(s, onSignal);
  process.on('exit', kill);
  return () => {
    for (const s of Object.keys(EXIT_FOR)) process.off(s, onSignal);
    process.off('exit', kill);
  };
}
