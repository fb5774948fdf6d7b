/*
 * The handshake over the pid slot the main thread shares with the print
 * worker (worker-printer.ts, print-worker.ts). A signal is handled on the main
 * thread, and it must never miss a Chromium the worker is starting: between
 * the spawn and the store of its pid, a plain slot still read 0, and the
 * browser outlived the run (seen under load as the SIGTERM test's leftover
 * processes). So the worker claims the slot before it spawns, and the main
 * thread either forbids a spawn not yet begun or waits out one in progress.
 *
 *   0          nothing started yet
 *   SPAWNING   the worker is starting Chromium
 *   pid > 0    Chromium is running with this pid
 *   STOPPED    the main thread has stopped the printer: no spawn may begin
 */
export const SPAWNING = -1;
export const STOPPED = -2;

/** How long the main thread waits for a spawn in progress to give its pid. */
const SPAWN_WAIT_MS = 2_000;

/** Worker: may Chromium be started? Claims the slot if so. */
export function claimSpawn(slot: Int32Array): boolean {
  return Atomics.compareExchange(slot, 0, 0, SPAWNING) === 0;
}

/** Worker: the spawn is over, with Chromium's pid, or without one (it failed). */
export function settleSpawn(slot: Int32Array, pid: number | undefined): void {
  Atomics.compareExchange(slot, 0, SPAWNING, pid !== undefined && pid > 0 ? pid : 0);
  Atomics.notify(slot, 0);
}

/**
 * Main thread, synchronous (signals, exit): no spawn may begin from now on;
 * one in progress is waited for. Returns the pid to kill, 0 if there is none.
 */
export function stopSpawns(slot: Int32Array, waitMs: number = SPAWN_WAIT_MS): number {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const seen = Atomics.compareExchange(slot, 0, 0, STOPPED);
    if (seen !== SPAWNING) return seen > 0 ? seen : 0;
    const left = deadline - Date.now();
    if (left <= 0) return 0;
    Atomics.wait(slot, 0, SPAWNING, left);
  }
}
