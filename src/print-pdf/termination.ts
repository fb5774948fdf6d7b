/*
 * The browsers this process started, killed synchronously when it exits. A
 * library must not decide what a signal does to the program that uses it, so
 * nothing here listens for signals or calls process.exit: the CLI does that
 * (src/cli/signals.ts) and calls killBrowsersNow; another program can too.
 */

const cleanups = new Set<() => void>();

/** Kills every browser still registered, now (synchronous). */
export function killBrowsersNow(): void {
  for (const kill of [...cleanups]) kill();
}

/**
 * Calls `kill` (synchronous) when the process exits, or from killBrowsersNow.
 * Returns the function that unregisters it.
 */
export function killAtExit(kill: () => void): () => void {
  if (cleanups.size === 0) process.on('exit', killBrowsersNow);
  cleanups.add(kill);
  return () => {
    cleanups.delete(kill);
    if (cleanups.size === 0) process.off('exit', killBrowsersNow);
  };
}
