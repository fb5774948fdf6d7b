import { InvalidDataError } from '../errors.js';
import { HTML_BASE_BYTES, HTML_PER_INPUT_BYTE, maxHtmlBytes } from '../limits.js';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;
}

/**
 * Refuses a report whose HTML is out of all proportion to its round file
 * (text that expands, such as smiley codes): no browser would print it, and
 * nothing is written. Exit 1: the data makes it so.
 */
export function assertHtmlSize(file: string, inputBytes: number, html: string): void {
  const limit = maxHtmlBytes(inputBytes);
  // UTF-16 length: at most the byte count for the Latin text of a report, a lower bound otherwise.
  if (html.length <= limit) return;
  throw new InvalidDataError(
    `${file}: rapporten ville fylde ${mib(html.length)} HTML, men højst ${mib(limit)} er tilladt ` +
      `(${mib(HTML_BASE_BYTES)} + ${HTML_PER_INPUT_BYTE} gange filens ${mib(inputBytes)}); skriv kortere tekster eller færre smiley-koder`,
  );
}
