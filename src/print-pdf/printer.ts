import type { PdfMeta, PdfPrinter } from '../pipeline/render.js';
import { BrowserSession, type BrowserOptions } from './browser.js';
import { headingTexts } from './headings.js';
import { linkTexts } from './link-texts.js';
import { pdfOptions, withPrintCss } from './page-options.js';
import { setPdfMetadata } from './pdf-metadata.js';
import { readyForPrint } from './print-ready-page.js';
import { printTimeoutFor } from './timeouts.js';

/**
 * The PdfPrinter render uses: one browser, launched at once in the
 * background; each print gets its own locked-down page. A failed launch
 * (no browser, timeout) rejects print(), never the constructor.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  readonly session: BrowserSession;

  constructor(options: BrowserOptions = {}) {
    this.session = new BrowserSession({ setUpPage: readyForPrint, ...options }).start().prewarm();
  }

  async print(html: string, meta: PdfMeta): Promise<Uint8Array> {
    const ms = printTimeoutFor(this.session.timeouts, html);
    const raw = await this.session.withPage(async (page) => {
      await page.setContent(withPrintCss(html, meta.headerTitle), { waitUntil: 'load', timeout: ms });
      return page.pdf(pdfOptions(ms));
    }, ms);
    return await setPdfMetadata(raw, meta, { headings: headingTexts(html), linkTexts: linkTexts(html) });
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
