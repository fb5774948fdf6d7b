import { parentPort, workerData } from 'node:worker_threads';
import { EnvironmentError } from '../errors.js';
import { ChromiumPdfPrinter } from './printer.js';
import { claimSpawn, settleSpawn } from './spawn-slot.js';
import type { FromWorker, ToWorker, WorkerStart } from './worker-messages.js';

/*
 * The browser session in a worker thread. On the main thread, Puppeteer could
 * only connect and open the first page once the data was checked and the HTML
 * rendered (≈ 0.2 s after it), because that work is synchronous; here it does
 * so meanwhile. Signals never reach a worker: the main thread kills Chromium
 * by the pid stored here in shared memory (worker-printer.ts).
 */

const port = parentPort;
if (!port) throw new Error('print-worker must run as a worker thread');
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const start = workerData as WorkerStart;
const pidSlot = new Int32Array(start.pidSlot);
const printer = new ChromiumPdfPrinter({
  killAtExit: false,
  userDataDir: start.profileDir,
  mayStart: () => claimSpawn(pidSlot),
  onSpawn: (pid) => settleSpawn(pidSlot, pid),
});

port.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    void printer.close().finally(() => send({ kind: 'closed' }));
    return;
  }
  printer.print(message.html, message.meta).then(
    (pdf) => send({ kind: 'printed', id: message.id, pdf }, [pdf.buffer as ArrayBuffer]),
    (e: unknown) =>
      send({
        kind: 'failed',
        id: message.id,
        message: e instanceof Error ? e.message : String(e),
        environment: e instanceof EnvironmentError,
      }),
  );
});
