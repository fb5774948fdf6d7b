import type { PDFOptions } from 'puppeteer';

/** Text as a CSS string literal: safe for any title (quotes, backslashes, newlines, "</style>"). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/*
 * Page size, margins, the report title at the top of every page and "Side X
 * af Y" at the bottom, as CSS page margin boxes. They are laid out with the
 * page's own (embedded) fonts and cost less than Chromium's separate header
 * and footer templates. Chromium leaves them unmarked in the tagged PDF;
 * mark-artifacts.ts makes them pagination artifacts afterwards.
 */
const BOX = "font-family: 'Source Sans 3', 'Source Sans Pro', Arial, Helvetica, sans-serif; font-size: 8pt; color: #444;";

export function printCss(headerTitle: string): string {
  return `<style data-opfolgning-print>
@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: ${cssString(headerTitle)}; ${BOX} vertical-align: bottom; padding-bottom: 5mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); ${BOX} vertical-align: top; padding-top: 5mm; }
}
</style>`;
}

/** The report's HTML with the print CSS added last in its head (so it wins). */
export function withPrintCss(html: string, headerTitle: string): string {
  const css = printCss(headerTitle);
  const at = html.search(/<\/head\s*>/i);
  if (at >= 0) return `${html.slice(0, at)}${css}${html.slice(at)}`;
  const body = html.search(/<body[\s>]/i);
  return body >= 0 ? `${html.slice(0, body)}${css}${html.slice(body)}` : `${css}${html}`;
}

/** A4 from the CSS, backgrounds, tagged, bookmarks from the headings. */
export function pdfOptions(timeoutMs: number): PDFOptions {
  return {
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
    tagged: true,
    outline: true,
    waitForFonts: true,
    timeout: timeoutMs,
  };
}
