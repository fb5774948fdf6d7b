/**
 * Runs a task one at a time: a request while it runs queues exactly one more
 * run after it (the newest state is what matters), never two at once.
 */
export interface SerialRunner {
  request(): void;
  /** Resolves when nothing is running or queued. */
  idle(): Promise<void>;
}

export function serialRunner(task: () => Promise<void>): SerialRunner {
  let running: Promise<void> | null = null;
  let again = false;

  const start = (): void => {
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
  };

  return {
    request() {
      if (running) again = true;
      else start();
    },
    async idle() {
      while (running) await running;
    },
  };
}
