import type { Selection } from '../pipeline/check.js';
import { render, type Format, type RenderedDocument, type RenderResult } from '../pipeline/render.js';
import { ChromiumPdfPrinter } from '../print-pdf/printer.js';

export interface RenderReportsOptions extends Selection {
  /** Where the reports are written: `<outDir>/<år>/runde-<N>.html` and `.pdf`. */
  outDir: string;
  /** Default: both. */
  formats?: readonly Format[];
  /** Only this committee's initiatives. */
  committee?: string;
  /** Also one report per committee (what `render --all` does). */
  perCommittee?: boolean;
  /** Warnings count as errors: nothing is rendered. */
  strict?: boolean;
  /**
   * Where the browser settings are read (OPFOLGNING_BROWSER,
   * PUPPETEER_EXECUTABLE_PATH, OPFOLGNING_NO_SANDBOX, the timeouts); default
   * process.env.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Called as each file is written. */
  onDocument?: (done: RenderedDocument) => void;
}

/**
 * Checks the selected round files and, when they are valid, writes their
 * reports as HTML and PDF (atomically). Invalid data renders nothing: see
 * `result.check`. A browser that cannot be found or started rejects with an
 * EnvironmentError after the HTML is written. The browser runs in this
 * process and is closed before this returns; it installs no signal handlers
 * (call killBrowsersNow from your own, if you have any).
 */
export function renderReports(options: RenderReportsOptions): Promise<RenderResult> {
  const { env, ...rest } = options;
  return render({
    ...rest,
    formats: options.formats ?? ['html', 'pdf'],
    startPrinter: () => new ChromiumPdfPrinter(env === undefined ? {} : { env }),
  });
}
