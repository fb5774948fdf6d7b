import { decodeEntities } from './headings.js';

/*
 * The text of the report's links, by target: PDF/UA wants every link
 * annotation to carry a description (/Contents), and the words a reader
 * clicks on say best where a link goes. Chromium's annotations keep only the
 * target (a named destination for "#id", the address for a web link).
 */

/** A web address in one spelling for both sides (Chromium writes "http://a.dk/" for "http://a.dk"). */
export function normaliseHref(href: string): string {
  if (href.startsWith('#')) return href;
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}

/** href → the text of the first link to it, tags removed and whitespace collapsed. */
export function linkTexts(html: string): Map<string, string> {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(style|script|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const texts = new Map<string, string>();
  for (const m of body.matchAll(/<a\b[^>]*?\shref\s*=\s*("([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi)) {
    const href = normaliseHref(decodeEntities(m[2] ?? m[3] ?? ''));
    const text = decodeEntities(m[4]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text !== '' && !texts.has(href)) texts.set(href, text);
  }
  return texts;
}
