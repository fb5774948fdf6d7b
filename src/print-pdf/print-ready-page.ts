import type { Page } from 'puppeteer';
import { FONT_FAMILY, fontFaceCss } from '../render-html/fonts.js';

/*
 * Readies a fresh page for printing before the report's HTML exists (the
 * page is prepared while Node checks the data). A Chromium trace of the
 * print showed six full layouts of the report where a plain document gets
 * three; two of them are avoidable here:
 *
 * - Print media from the start: otherwise the report is laid out and styled
 *   for the screen first, restyled for print, and laid out for the screen
 *   again after the PDF is made.
 * - The web font decoded ahead: the report's fonts are data: URLs, decoded
 *   asynchronously, so the report was laid out once with a fallback font and
 *   again when Source Sans 3 arrived. A tiny page using the same @font-face
 *   rules leaves the decoded fonts in the renderer's memory cache, where the
 *   report finds them at its first layout.
 *
 * Neither changes what is printed (print media is what a PDF is made with;
 * the same font files are used): tests/print-pdf compares page images.
 */

const SAMPLE = 'Aa Æø Āā'; // a character from the latin and the latin-ext subset

export function fontWarmUpHtml(): string {
  const face = (css: string) => `<p style="${css}">${SAMPLE}</p>`;
  return (
    `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>-</title><style>${fontFaceCss()}\n` +
    `body{font-family:'${FONT_FAMILY}'}</style></head><body>` +
    face('') +
    face('font-style:italic') +
    face('font-weight:700') +
    face('font-weight:700;font-style:italic') +
    '</body></html>'
  );
}

export async function readyForPrint(page: Page): Promise<void> {
  await page.emulateMediaType('print');
  try {
    await page.setContent(fontWarmUpHtml(), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } catch {
    // Only a head start: the print waits for its fonts in any case.
  }
}
