import type { PdfMeta } from '../pipeline/render.js';

/** What the main thread asks of the print worker. */
export type ToWorker = { kind: 'print'; id: number; html: string; meta: PdfMeta } | { kind: 'close' };

/** What the print worker tells the main thread. */
export type FromWorker =
  | { kind: 'printed'; id: number; pdf: Uint8Array }
  | { kind: 'failed'; id: number; message: string; environment: boolean }
  | { kind: 'closed' };

/**
 * What the main thread gives the worker at its start. The pid slot is shared
 * memory (spawn-slot.ts): the worker claims it before it spawns Chromium and
 * stores the pid the moment it has it, so a signal handled on the main thread
 * finds it, or waits for it, where a message could still be queued behind
 * the signal.
 */
export interface WorkerStart {
  profileDir: string;
  pidSlot: SharedArrayBuffer;
}
