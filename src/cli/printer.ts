import type { PdfPrinter } from '../pipeline/render.js';
import { ChromiumPdfPrinter } from '../print-pdf/printer.js';
import { printWorkerFile, WorkerPdfPrinter } from '../print-pdf/worker-printer.js';
import { exitOnSignals } from './signals.js';

/**
 * The browser for this run, configured from the environment
 * (OPFOLGNING_BROWSER, PUPPETEER_EXECUTABLE_PATH, OPFOLGNING_NO_SANDBOX,
 * OPFOLGNING_TIMEOUT_MS, OPFOLGNING_LAUNCH_TIMEOUT_MS). Returns at once and
 * launches in the background; if no browser can be started, print() rejects
 * with an EnvironmentError (exit 3), after render has written the HTML.
 * Until it is closed, SIGINT/SIGTERM/SIGHUP kill it and end the run.
 *
 * Run from the bundle (bin/), the browser lives in a worker thread beside it;
 * run from the sources (tests, tsx), where there is no worker file, on this
 * thread.
 */
export function startPrinterFromEnv(): PdfPrinter {
  const workerFile = printWorkerFile();
  const printer = workerFile ? new WorkerPdfPrinter(workerFile) : new ChromiumPdfPrinter();
  const stopListening = exitOnSignals();
  return {
    print: (html, meta) => printer.print(html, meta),
    close: () => printer.close().finally(stopListening),
  };
}
