import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { smileySvg } from '../render-html/smiley-svg.js';
import { milestoneLabel } from './smiley-labels.js';
import { BIDI_CONTROLS } from '../text/invisible.js';

/*
 * The small Markdown subset of the round file (docs/rundefilen.md): paragraphs,
 * emphasis, bullet and numbered lists, a./b. and a)/b) lists, lists without
 * markers, links. Everything else — raw HTML, headings,
 * code, tables, images, rules — is shown as the text it is, because these
 * texts are written by hand and pasted from Word, and a line of "---" under a
 * sentence must not turn it into a heading.
 */

const md = new MarkdownIt('zero', { html: false, linkify: true, breaks: false, typographer: false })
  .enable(['paragraph', 'list', 'newline', 'emphasis', 'escape', 'entity', 'link', 'autolink', 'linkify', 'text']);

const SAFE_LINK = /^(https?:|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

// Links open nothing by themselves; rel keeps a clicked link from handing over the report.
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

const SHORTCODE = /^:(glad|neutral|sur):/;
md.inline.ruler.before('emphasis', 'smiley_shortcode', (state: StateInline, silent: boolean) => {
  if (!state.env?.smileyShortcodes || state.src.charCodeAt(state.pos) !== 0x3a /* : */) return false;
  const m = SHORTCODE.exec(state.src.slice(state.pos));
  if (!m) return false;
  if (!silent) {
    const token = state.push('smiley_shortcode', '', 0);
    token.meta = { smiley: m[1] };
  }
  state.pos += m[0].length;
  return true;
});
md.renderer.rules.smiley_shortcode = (tokens, idx) => {
  const smiley = tokens[idx]!.meta.smiley as 'glad' | 'neutral' | 'sur';
  return smileySvg({ value: smiley, label: milestoneLabel(smiley), carried: false }, 'inline');
};

// Bidi controls can make a text read differently from what it says; show them.
const BIDI = new RegExp(`[${BIDI_CONTROLS}]`, 'g');
const visibleBidi = (s: string) => s.replace(BIDI, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);

// Other control characters (but tab and newline) have no place in a report.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
const DATE_AT_LINE_START = new RegExp(`^(\\s{0,3}\\d{1,2})\\.(\\s+(?:${MONTHS})\\b)`, 'gim');

const LETTER_ITEM = /^(\s{0,3})([a-zA-Z])([.)])(\s+)/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;
const INDENTED = /^(?: {2,}|\t)\S/;

interface ListLines {
  text: string;
  /** First line of each lettered list → its letter type. */
  letteredLines: Map<number, 'a' | 'A'>;
  /** First line of each list without markers. */
  unmarkedLines: Set<number>;
}

/**
 * Lists CommonMark does not have, written as the published reports write them.
 * a./b. and a)/b) lists: a run of lines "a. …", "b. …" becomes a numbered list
 * (keeping its "." or ")") marked as lettered. A list without markers: lines
 * indented under a line of a paragraph ("Punktet omsættes ved:" and the items
 * below it, indented), each item a line. Line numbers stay the same, so the
 * list tokens can be matched back to the lines they came from.
 */
function extraLists(text: string): ListLines {
  const lines = text.split('\n');
  const lettered = new Map<number, 'a' | 'A'>();
  const unmarked = new Set<number>();
  let expected = -1; // index of the next letter in a run, or -1
  let upper = false;
  let paragraphLine = false; // the previous line is a line of a paragraph, or an unmarked item
  let inUnmarked = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = LETTER_ITEM.exec(line);
    if (m) {
      const letter = m[2]!;
      const index = letter.toLowerCase().charCodeAt(0) - 97;
      const isUpper = letter !== letter.toLowerCase();
      if (index === 0 || (expected === index && isUpper === upper)) {
        upper = isUpper;
        expected = index + 1;
        lines[i] = `${m[1]}${index + 1}${m[3]}${m[4]}${line.slice(m[0].length)}`;
        lettered.set(i, upper ? 'A' : 'a');
        paragraphLine = inUnmarked = false;
        continue;
      }
    }
    // A blank line or an indented continuation keeps a run going.
    if (expected >= 0 && line.trim() !== '' && !/^\s/.test(line)) expected = -1;

    if (paragraphLine && INDENTED.test(line) && !LIST_ITEM.test(line.trimStart())) {
      if (!inUnmarked) unmarked.add(i);
      lines[i] = `+ ${line.trimStart()}`;
      inUnmarked = true;
      continue;
    }
    paragraphLine = line.trim() !== '' && !/^\s/.test(line) && !LIST_ITEM.test(line) && expected < 0;
    inUnmarked = false;
  }
  return { text: lines.join('\n'), letteredLines: lettered, unmarkedLines: unmarked };
}

const PARENTHESIS_CLASS = { '1': 'parentes-tal', a: 'parentes-bogstav', A: 'parentes-stort-bogstav' } as const;

/** A plain (non-Markdown) text: bidi controls shown, control characters dropped. */
export function plainText(text: string): string {
  return visibleBidi(text.replace(CONTROL, ''));
}

export interface TextOptions {
  /** `:glad:`, `:neutral:`, `:sur:` as smiley faces (the reading guide only). */
  smileyShortcodes?: boolean;
}

/** A text field as safe HTML: paragraphs and the Markdown subset; raw HTML shown as text. */
export function renderText(text: string, options: TextOptions = {}): string {
  const cleaned = visibleBidi(text.replace(/\r\n?/g, '\n').replace(CONTROL, '')).replace(DATE_AT_LINE_START, '$1\\.$2');
  const { text: source, letteredLines, unmarkedLines } = extraLists(cleaned);
  const env = { smileyShortcodes: options.smileyShortcodes === true };
  const tokens = md.parse(source, env);
  for (const token of tokens) {
    if (!token.map) continue;
    if (token.type === 'ordered_list_open') {
      const type = letteredLines.get(token.map[0]);
      if (type) token.attrSet('type', type);
      // "a)" and "1)" keep their parenthesis (report.css draws it).
      if (token.markup === ')') token.attrJoin('class', PARENTHESIS_CLASS[type ?? '1']);
    } else if (token.type === 'bullet_list_open' && unmarkedLines.has(token.map[0])) {
      token.attrJoin('class', 'uden-tegn');
    }
  }
  return md.renderer.render(tokens, md.options, env).trimEnd();
}
