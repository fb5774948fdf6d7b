import type { PdfMeta } from '../pipeline/render.js';

/** What the main thread asks of the print worker. */
export type ToWorker = { kind: 'print'; id: number; html: string; meta: PdfMeta } | { kind: 'close' };

/** What the print worker tells the main thread. */
export type FromWorker =
  | { kind: 'profile'; dir: string }
  | { kind: 'spawned'; pid: number }
  | { kind: 'printed'; id: number; pdf: Uint8Array }
  | { kind: 'failed'; id: number; message: string; environment: boolean }
  | { kind: 'closed' };
