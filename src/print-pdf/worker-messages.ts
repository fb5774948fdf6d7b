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
 * memory: the worker stores Chromium's pid in it the moment it spawns it, so a
 * signal handled on the main thread right after finds it, where a message
 * could still be queued behind the signal.
 */
export interface WorkerStart {
  profileDir: string;
  pidSlot: SharedArrayBuffer;
}
