import type { AppliedItem, AppliedRound } from '../apply-rules/apply-round.js';
import { InvalidDataError } from '../errors.js';
import { maxHtmlBytes } from '../limits.js';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;
}

/** Initiatives, and themes plus sub-themes, in a round's report (earlier agreements included). */
export function reportParts(round: AppliedRound): { initiatives: number; sections: number } {
  let initiatives = 0;
  let sections = 0;
  const visit = (items: readonly AppliedItem[]) => {
    for (const item of items) {
      if (item.subtheme) {
        sections++;
        visit(item.subtheme.items);
      } else initiatives++;
    }
  };
  for (const theme of [...round.themes, ...round.earlier.flatMap((a) => a.themes)]) {
    sections++;
    visit(theme.items);
  }
  return { initiatives, sections };
}

/**
 * Refuses a report whose HTML is out of all proportion to its round file
 * (src/limits.ts): no browser would print it, and nothing is written. Exit 1:
 * the data makes it so. A file within the other limits never gets here;
 * this is the last guard.
 */
export function assertHtmlSize(file: string, inputBytes: number, round: AppliedRound, html: string): void {
  const { initiatives, sections } = reportParts(round);
  const limit = maxHtmlBytes(inputBytes, initiatives, sections);
  // UTF-16 length: the byte count for the Latin text of a report, a lower bound otherwise.
  if (html.length <= limit) return;
  throw new InvalidDataError(
    `${file}: rapporten ville fylde ${mib(html.length)} HTML, men højst ${mib(limit)} er tilladt for en fil på ${mib(inputBytes)} ` +
      `med ${initiatives} indsatser; skriv kortere tekster`,
  );
}
