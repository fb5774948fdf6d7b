import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/errors.js';
import { WorkerPdfPrinter } from '../../src/print-pdf/worker-printer.js';
import { REPO } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { META, poppler, processesWith, sampleHtml } from './fixture.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';

/*
 * The CLI's printer: the browser session in a worker thread (the bundled
 * dist/bundle/print-worker.mjs, as bin/ runs it), this thread holding the
 * pid to kill. Each printer gets its own TMPDIR so its Chromium can be found.
 */

const WORKER = pathToFileURL(join(REPO, 'dist', 'bundle', 'print-worker.mjs'));
const saved = process.env.TMPDIR;
let tmp: string;

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error('the CLI is not built: run npm run build first');
  tmp = tempDir('opfolgning-worker-');
  // The worker's ChromiumPdfPrinter puts its profile under the TMPDIR it inherits.
  process.env.TMPDIR = tmp;
});

afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

describe.skipIf(skippedHere(import.meta.url))('the worker-thread printer', () => {
  it('prints in the worker, hands the PDF back, and leaves no browser and no profile after close', async () => {
    const printer = new WorkerPdfPrinter(WORKER);
    try {
      const pdf = await printer.print(sampleHtml(), META);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const file = join(tmp, 'worker.pdf');
      writeFileSync(file, pdf);
      qpdfCheck(file);
      expect(poppler('pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
      expect(processesWith(tmp).length).toBeGreaterThan(0);
    } finally {
      await printer.close();
    }
    expect(processesWith(tmp)).toEqual([]);
    expect(readdirSync(tmp).filter((n) => n.startsWith('opfolgning-chromium-'))).toEqual([]);
  });

  it('passes a browser failure on as an EnvironmentError (exit 3) with its Danish message', async () => {
    process.env.OPFOLGNING_TIMEOUT_MS = '1';
    process.env.OPFOLGNING_TIMEOUT_PER_MIB_MS = '0'; // a fixed limit, not one that grows with the HTML
    const printer = new WorkerPdfPrinter(WORKER);
    delete process.env.OPFOLGNING_TIMEOUT_MS;
    delete process.env.OPFOLGNING_TIMEOUT_PER_MIB_MS;
    try {
      const failed = await printer.print(sampleHtml(), META).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failed).toBeInstanceOf(EnvironmentError);
      expect((failed as EnvironmentError).message).toBe('browseren svarede ikke inden for 0,001 s');
      expect((failed as EnvironmentError).exitCode).toBe(3);
    } finally {
      await printer.close();
    }
    expect(processesWith(tmp)).toEqual([]);
  });

  it('refuses to print after close', async () => {
    const printer = new WorkerPdfPrinter(WORKER);
    await printer.close();
    await expect(printer.print(sampleHtml(), META)).rejects.toThrow('browseren er allerede lukket');
  });
});
