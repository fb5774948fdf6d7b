/*
 * The plain-text floor's document (bench only): the words of a report as bare
 * <p> paragraphs, no style, no font, no table: what Chromium costs for the
 * text alone. Block elements become paragraphs; style, SVG and the head go.
 */
const BLOCK = /<\/?(?:p|div|li|tr|h[1-6]|td|th|caption|dt|dd|figcaption)\b[^>]*>/i;

export function plainTextHtml(reportHtml) {
  const body = reportHtml
    .replace(/<head[\s\S]*?<\/head>/i, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<svg[\s\S]*?<\/svg>/gi, '');
  const paragraphs = body
    .split(BLOCK)
    .map((s) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `<!DOCTYPE html><html lang="da"><meta charset="utf-8"><title>plain</title><body>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</body></html>\n`;
}
