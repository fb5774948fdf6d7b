/*
 * Reads a rendered report through the contract hooks of report.md
 * ("Machine-readable structure"), with a small tag scanner: enough for the
 * well-formed HTML the renderer writes, without a DOM library.
 */

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string; // direct and nested text, tags stripped
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** HTML character references → text (&nbsp; → U+00A0). */
export function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export function parseHtml(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(re)) {
    if (m[5] !== undefined || m[6] !== undefined) {
      const t = decodeEntities(m[5] ?? m[6]!);
      for (const el of stack) el.text += t;
      continue;
    }
    const [, closing, rawTag, attrs, selfClosing] = m;
    const tag = rawTag!.toLowerCase();
    if (closing) {
      const i = stack.map((e) => e.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
      continue;
    }
    const el: El = { tag, attrs: parseAttrs(attrs ?? ''), children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing && !VOID.has(tag)) stack.push(el);
  }
  return root;
}

export function findAll(el: El, pred: (e: El) => boolean, out: El[] = []): El[] {
  for (const c of el.children) {
    if (pred(c)) out.push(c);
    findAll(c, pred, out);
  }
  return out;
}

export interface CellHook {
  smiley: string | null;
  source: string | null;
}

export interface InitiativeHooks {
  id: string;
  agreement: string;
  milestones: Record<number, CellHook>;
  economy: string | null;
  text: string;
}

function smileyIn(row: El): CellHook {
  const s = findAll(row, (e) => 'data-smiley' in e.attrs)[0];
  return { smiley: s?.attrs['data-smiley'] ?? null, source: s?.attrs['data-kilde'] ?? null };
}

/** Every initiative block of a report, in document order, read through the data-* hooks. */
export function initiativeHooks(html: string): InitiativeHooks[] {
  const root = parseHtml(html);
  return findAll(root, (e) => 'data-indsats' in e.attrs).map((block) => {
    const milestones: Record<number, CellHook> = {};
    for (const row of findAll(block, (e) => 'data-milepael' in e.attrs)) milestones[Number(row.attrs['data-milepael'])] = smileyIn(row);
    const economyRow = findAll(block, (e) => 'data-okonomi' in e.attrs)[0];
    return {
      id: block.attrs['data-indsats']!,
      agreement: block.attrs['data-aftale']!,
      milestones,
      economy: economyRow ? smileyIn(economyRow).smiley : null,
      text: block.text.replace(/\s+/g, ' ').trim(),
    };
  });
}
