import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../helpers/report-hooks.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { keyOf, parseSeed, type Seed } from '../helpers/seed-parser.js';
import { tempDir } from '../helpers/temp-dir.js';

/*
 * Issues 3 and 9: every title, text and status of the published reports (the
 * seeds) is in the rendered HTML, in the block of its initiative, and the
 * reading guide in the guide. Compared as word sequences with whitespace
 * normalised; the seed's labels ("Ansvarligt center:", "Status:" …) split a
 * cell into the pieces the round file keeps in separate fields. List markers
 * count: each list item of the HTML is read with the marker the browser draws
 * for it ("a.", "a)", "*" for a bullet, nothing in a list without markers), and
 * must match the marker the seed has; a committee list must read as published
 * ("A samt B").
 */

const SEEDS = join(REPO, 'tests/fixtures/seeds');

const cases = [
  { round: 1, seedFile: '001_9e04ada7dd2c0d83.txt' },
  { round: 2, seedFile: '002_38016076980248e1.txt' },
] as const;

/** Entities decoded, non-breaking spaces as spaces, as the seed's text has them. */
function decode(s: string): string {
  return decodeEntities(s).replace(/\u00a0/g, ' ');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Inline elements (a link made of "ballerup.dk", emphasis) do not break a word. */
const INLINE_TAG = /<\/?(?:a|em|strong|span|abbr|code)\b[^>]*>/g;

type OpenList = { ordered: boolean; letters: 'a' | 'A' | null; suffix: string; unmarked: boolean; next: number };

/**
 * Each <li> as the marker report.css has the browser draw for it: "*" for a
 * bullet (as the seed's text writes bullets), "a." / "a)" / "1." / "1)" for
 * ordered lists, nothing for a list without markers (class "uden-tegn").
 */
function withListMarkers(html: string): string {
  const open: OpenList[] = [];
  return html.replace(/<(\/?)(ol|ul|li)\b([^>]*)>/g, (_, close: string, tag: string, attrs: string) => {
    if (tag !== 'li') {
      if (close) open.pop();
      else {
        const type = /\btype="([aA])"/.exec(attrs)?.[1] as 'a' | 'A' | undefined;
        const paren = /\bclass="[^"]*\bparentes-/.test(attrs);
        const unmarked = /\bclass="[^"]*\buden-tegn\b/.test(attrs);
        open.push({ ordered: tag === 'ol', letters: type ?? null, suffix: paren ? ')' : '.', unmarked, next: 1 });
      }
      return ' ';
    }
    const list = open[open.length - 1];
    if (close || !list) return ' ';
    const n = list.next++;
    if (!list.ordered) return list.unmarked ? ' ' : ' * ';
    const label = list.letters ? String.fromCharCode((list.letters === 'a' ? 96 : 64) + n) : String(n);
    return ` ${label}${list.suffix} `;
  });
}

/** An element's text: list markers as drawn, smileys as "SMILEY", tags as word breaks. */
function textOf(html: string): string {
  const text = withListMarkers(html)
    .replace(/<svg\b[\s\S]*?<\/svg>/g, 'SMILEY')
    .replace(INLINE_TAG, '')
    .replace(/<[^>]+>/g, ' ');
  return ` ${norm(decode(text))} `;
}

/** The text of each initiative block, by "år:id". */
function blockTexts(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const m of body.matchAll(/<section\b([^>]*\bdata-indsats="[^"]*"[^>]*)>([\s\S]*?)<\/section>/g)) {
    const id = decode(/data-indsats="([^"]*)"/.exec(m[1]!)![1]!);
    const year = /data-aftale="([^"]*)"/.exec(m[1]!)![1]!;
    out.set(`${year}:${id}`, textOf(m[2]!));
  }
  return out;
}

/** The rendered reading guide's text. */
function guideText(html: string): string {
  const m = /<section class="laesevejledning"[^>]*>([\s\S]*?)<\/section>/.exec(html);
  return m ? textOf(m[1]!) : '';
}

const SEED_SMILEY = /(?:☺|☹|😊|😐|😞)\uFE0F?/g;

/**
 * The seed's reading guide: its paragraphs from "Læsevejledning" to the first
 * theme, smiley glyphs as "SMILEY" (the seed mangles them), its "- " bullets as
 * the "*" the other bullets of the seed are written with.
 */
function seedGuide(seedText: string): string[] {
  const lines = seedText.split('\n').map((l) => l.trim());
  const start = lines.indexOf('Læsevejledning');
  const end = lines.findIndex((l, i) => i > start && /^\d+\. \S/.test(l));
  return lines
    .slice(start + 1, end)
    .filter((l) => l !== '')
    .map((l) => norm(l.replace(/^- /, '* ').replace(SEED_SMILEY, 'SMILEY')));
}

const LABELS = /(Ansvarligt center:|Ansvarligt udvalg:|Væsentlig bidragsyder:|Status:)/;

/** A seed text as the word sequences that must each appear in the block, list markers included. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const p of text.split(/\n\n/)) {
    for (const part of p.split(LABELS)) {
      const piece = norm(part);
      if (piece !== '' && !LABELS.test(piece)) out.push(piece);
    }
  }
  return out;
}

for (const c of cases) {
  describe(`text of runde ${c.round} against ${c.seedFile}`, () => {
    let seed: Seed;
    let seedText: string;
    let blocks: Map<string, string>;
    let guide: string;

    beforeAll(async () => {
      seedText = readFileSync(join(SEEDS, c.seedFile), 'utf8');
      seed = parseSeed(seedText);
      const out = tempDir();
      const r = await runCli(['render', '--round', String(c.round), '--format', 'html', '--data', join(REPO, 'data'), '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(join(out, `2019/runde-${c.round}.html`), 'utf8');
      blocks = blockTexts(html);
      guide = guideText(html);
    });

    it('one block per seed initiative', () => {
      expect([...blocks.keys()]).toEqual(seed.initiatives.map(keyOf));
    });

    it('every title, text and status of the seed is in its initiative’s block', () => {
      const missing: string[] = [];
      let checked = 0;
      for (const s of seed.initiatives) {
        const block = blocks.get(keyOf(s)) ?? '';
        for (const t of s.texts) {
          for (const piece of pieces(t)) {
            checked++;
            if (!block.includes(` ${piece} `)) missing.push(`${keyOf(s)}: ${piece.slice(0, 120)}`);
          }
        }
      }
      expect(missing).toEqual([]);
      expect(checked).toBeGreaterThan(seed.initiatives.length * 5);
    });

    it('the reading guide is the seed’s, word for word', () => {
      const paragraphs = seedGuide(seedText);
      expect(paragraphs.length).toBeGreaterThan(8);
      expect(paragraphs.filter((p) => !guide.includes(` ${p} `))).toEqual([]);
    });

    it('the title of each block is the seed’s "<id>. <title>"', () => {
      for (const s of seed.initiatives) expect(blocks.get(keyOf(s))).toContain(` ${s.id}. ${norm(s.title)} `);
    });
  });
}
