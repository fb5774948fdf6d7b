/*
 * The report's headings as text, in document order: the titles the PDF's
 * bookmarks should carry. Chromium builds its outline from the laid-out
 * headings; a heading inside a table header that repeats on the next page
 * comes out twice ("1.3. Titel 1.3. Titel"), and a heading that wraps loses
 * the space at the line break. The titles are therefore taken from the HTML.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

/** Text of every h1–h6, tags removed, whitespace collapsed. */
export function headingTexts(html: string): string[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(style|script|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  return [...body.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)].map((m) =>
    decodeEntities(m[2]!.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
