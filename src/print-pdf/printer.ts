import type { PdfMeta, PdfPrinter } from '../pipeline/render.js';
import { BrowserSession, type BrowserOptions } from './browser.js';
import { headingTexts } from './headings.js';
import { linkTexts } from './link-texts.js';
import { pdfOptions, withPrintCss } from './page-options.js';
import { setPdfMetadata } from './pdf-metadata.js';
import { readyForPrint } from './print-ready-page.js';
import { printTimeoutFor } from './timeouts.js';
import { warmUpPostProcessing } from './warm-up.js';

/*
 * The warm-up starts this long after the print command, so that Puppeteer's
 * last round trips before Page.printToPDF are not kept waiting behind it.
 */
const WARM_UP_DELAY_MS = 30;

/**
 * The PdfPrinter render uses: one browser, launched at once in the
 * background; each print gets its own locked-down page. A failed launch
 * (no browser, timeout) rejects print(), never the constructor.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  readonly session: BrowserSession;
  #warmUp: 'pending' | 'running' | 'over' = 'pending';

  constructor(options: BrowserOptions = {}) {
    this.session = new BrowserSession({ setUpPage: readyForPrint, ...options }).start().prewarm();
  }

  async print(html: string, meta: PdfMeta): Promise<Uint8Array> {
    const ms = printTimeoutFor(this.session.timeouts, html);
    let raw: Uint8Array;
    try {
      raw = await this.session.withPage(async (page) => {
        await page.setContent(withPrintCss(html, meta.headerTitle), { waitUntil: 'load', timeout: ms });
        const pdf = page.pdf(pdfOptions(ms));
        this.#startWarmUp();
        return pdf;
      }, ms);
    } finally {
      this.#warmUp = 'over';
    }
    return setPdfMetadata(raw, meta, { headings: headingTexts(html), linkTexts: linkTexts(html) });
  }

  /** While Chromium prints the first document: the post-processing's code through the JIT (warm-up.ts). */
  #startWarmUp(): void {
    if (this.#warmUp !== 'pending') return;
    this.#warmUp = 'running';
    setTimeout(() => void warmUpPostProcessing(() => this.#warmUp === 'over'), WARM_UP_DELAY_MS).unref();
  }

  close(): Promise<void> {
    this.#warmUp = 'over';
    return this.session.close();
  }
}
