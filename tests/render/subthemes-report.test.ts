import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreement2023, COMMITTEES, IDS, SUBTHEMES, THEMES, TITLES } from '../helpers/agreement-2023.js';
import { launchTestBrowser } from '../helpers/chromium.js';
import { findAll, parseHtml, type El } from '../helpers/report-hooks.js';
import { runCli } from '../helpers/run-cli.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { tempTree } from '../helpers/temp-dir.js';
import { poppler } from '../print-pdf/fixture.js';

/*
 * Issue 9: a 2023-shaped agreement (tests/helpers/agreement-2023.ts) through
 * the real CLI: check --strict, the HTML body and Samlet overblik, the PDF
 * with its bookmarks read back, the committee reports, and axe in Chromium.
 */

const NOTE = 'Smileyen er ændret fra glad, fordi tidsplanen er skredet.';
const cwd = tempTree({
  'data/2023/runde-1.yaml': agreement2023({ round: 1 }),
  'data/2023/runde-2.yaml': agreement2023({ round: 2, rettet: NOTE }),
});
const htmlPath = join(cwd, 'out/2023/runde-2.html');
const pdfPath = join(cwd, 'out/2023/runde-2.pdf');
let html: string;
let root: El;

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

beforeAll(async () => {
  const r = await runCli(['render', '--round', '2'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  html = readFileSync(htmlPath, 'utf8');
  root = parseHtml(html);
});

const text = (el: El) => el.text.replace(/\s+/g, ' ').trim();
const headings = (el: El) => findAll(el, (e) => /^h[1-6]$/.test(e.tag));

describe('check', () => {
  it('both rounds pass --strict: the changed round-1 smiley of 2.1 is acknowledged with rettet', async () => {
    const r = await runCli(['check', '--all', '--strict'], { cwd });
    expect(r.stderr).toBe('Ingen fejl eller advarsler (2 filer kontrolleret).\n');
    expect(r.code).toBe(0);
  });
});

describe('the body', () => {
  it('each sub-theme is a section with data-undertema holding its heading and its initiatives', () => {
    const sections = findAll(root, (e) => 'data-undertema' in e.attrs);
    expect(sections.map((s) => s.attrs['data-undertema'])).toEqual([SUBTHEMES.fritid, SUBTHEMES.rammer, SUBTHEMES.dagtilbud, SUBTHEMES.pladser]);
    const holds = (s: El) => findAll(s, (e) => 'data-indsats' in e.attrs).map((e) => e.attrs['data-indsats']);
    expect(sections.map(holds)).toEqual([['1.1.1', '1.1.2'], ['1.2.1'], ['3.2.1', '3.2.2.1'], ['3.2.2.1']]);
    expect(sections.map((s) => text(headings(s)[0]!))).toEqual([SUBTHEMES.fritid, SUBTHEMES.rammer, SUBTHEMES.dagtilbud, SUBTHEMES.pladser]);
    expect(text(sections[0]!)).toContain('Fritidslivet skal være for alle.');
  });

  it('a sub-theme heading is one level below its theme, its initiatives one lower still; no level is skipped', () => {
    const levels = headings(root).map((h) => `${h.tag} ${text(h)}`);
    const from = levels.findIndex((l) => l.includes(THEMES.fremtid));
    expect(levels.slice(from)).toEqual([
      `h2 ${THEMES.fremtid}`,
      `h3 ${SUBTHEMES.fritid}`,
      `h4 1.1.1. ${TITLES['1.1.1']}`,
      `h4 1.1.2. ${TITLES['1.1.2']}`,
      `h3 ${SUBTHEMES.rammer}`,
      `h4 1.2.1. ${TITLES['1.2.1']}`,
      `h2 ${THEMES.groen}`,
      `h3 2.1. ${TITLES['2.1']}`,
      `h2 ${THEMES.unge}`,
      `h3 3.1. ${TITLES['3.1']}`,
      `h3 ${SUBTHEMES.dagtilbud}`,
      `h4 3.2.1. ${TITLES['3.2.1']}`,
      `h4 ${SUBTHEMES.pladser}`,
      `h5 3.2.2.1. ${TITLES['3.2.2.1']}`,
    ]);
    let previous = 1;
    for (const h of headings(root)) {
      const level = Number(h.tag[1]);
      expect(level, text(h)).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('prints rettet with its milestone, labelled', () => {
    const block = findAll(root, (e) => e.attrs['data-indsats'] === '2.1')[0]!;
    const row = findAll(block, (e) => e.attrs['data-milepael'] === '1')[0]!;
    const notes = findAll(root, (e) => e.attrs.class === 'rettet');
    expect(notes.map((n) => findAll(n, (e) => e.tag === 'p').map(text))).toEqual([['Rettet:', NOTE]]);
    expect(findAll(row, (e) => e.attrs.class === 'rettet')).toEqual(notes);
  });
});

describe('Samlet overblik', () => {
  it('counts each sub-theme under its theme, and the themes include their sub-themes', () => {
    const rows = findAll(root, (e) => 'data-overblik-tema' in e.attrs || 'data-overblik-undertema' in e.attrs);
    const cells = (row: El) => findAll(row, (e) => e.tag === 'td').map((td) => Number(text(td)));
    // glad, neutral, sur, none, total for round 2
    expect(rows.map((r) => [text(findAll(r, (e) => e.tag === 'th')[0]!), ...cells(r)])).toEqual([
      [THEMES.fremtid, 2, 0, 1, 0, 3],
      [SUBTHEMES.fritid, 2, 0, 0, 0, 2],
      [SUBTHEMES.rammer, 0, 0, 1, 0, 1],
      [THEMES.groen, 0, 1, 0, 0, 1],
      [THEMES.unge, 2, 1, 0, 0, 3],
      [SUBTHEMES.dagtilbud, 1, 1, 0, 0, 2],
      [SUBTHEMES.pladser, 1, 0, 0, 0, 1],
    ]);
  });

  it('lists the initiatives grouped by theme and sub-theme, in report order, each linked', () => {
    const list = findAll(root, (e) => e.tag === 'table' && e.attrs.class === 'overblik-linjer')[0]!;
    const rows = findAll(list, (e) => e.tag === 'tr' && /overblik-(gruppe|undergruppe|linje)/.test(e.attrs.class ?? ''));
    expect(rows.map((r) => `${r.attrs.class}: ${text(r).split(' ')[0]}`)).toEqual([
      'overblik-gruppe: 1.',
      'overblik-undergruppe niveau-1: 1.1.',
      'overblik-linje: 1.1.1',
      'overblik-linje: 1.1.2',
      'overblik-undergruppe niveau-1: 1.2.',
      'overblik-linje: 1.2.1',
      'overblik-gruppe: 2.',
      'overblik-linje: 2.1',
      'overblik-gruppe: 3.',
      'overblik-linje: 3.1',
      'overblik-undergruppe niveau-1: 3.2.',
      'overblik-linje: 3.2.1',
      'overblik-undergruppe niveau-2: 3.2.2.',
      'overblik-linje: 3.2.2.1',
    ]);
    const ids = new Set(findAll(root, (e) => 'id' in e.attrs).map((e) => e.attrs.id));
    for (const a of findAll(list, (e) => e.tag === 'a')) expect(ids.has(a.attrs.href!.slice(1)), a.attrs.href).toBe(true);
  });
});

describe('the PDF', () => {
  it.skipIf(skippedHere(import.meta.url, 'pdftotext'))('has bookmarks theme > sub-theme > initiative, and all the text', async () => {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), useSystemFonts: false, isEvalSupported: false }).promise;
    let outline: OutlineNode[];
    try {
      outline = (await pdf.getOutline()) as OutlineNode[];
    } finally {
      await pdf.destroy();
    }
    const tree = (nodes: OutlineNode[]): unknown[] => nodes.map((n) => (n.items.length > 0 ? { [n.title]: tree(n.items) } : n.title));
    const top = outline[0]!.items; // under the report title (h1)
    expect(tree(top.filter((n) => n.title.startsWith('1. ') || n.title.startsWith('2. ') || n.title.startsWith('3. ')))).toEqual([
      {
        [THEMES.fremtid]: [
          { [SUBTHEMES.fritid]: [`1.1.1. ${TITLES['1.1.1']}`, `1.1.2. ${TITLES['1.1.2']}`] },
          { [SUBTHEMES.rammer]: [`1.2.1. ${TITLES['1.2.1']}`] },
        ],
      },
      { [THEMES.groen]: [`2.1. ${TITLES['2.1']}`] },
      {
        [THEMES.unge]: [
          `3.1. ${TITLES['3.1']}`,
          { [SUBTHEMES.dagtilbud]: [`3.2.1. ${TITLES['3.2.1']}`, { [SUBTHEMES.pladser]: [`3.2.2.1. ${TITLES['3.2.2.1']}`] }] },
        ],
      },
    ]);
    const all = poppler('pdftotext', [pdfPath, '-']).replace(/\s+/g, ' ');
    for (const s of Object.values(SUBTHEMES)) expect(all).toContain(s);
    for (const id of IDS) expect(all).toContain(TITLES[id]);
    expect(all).toContain(`Rettet: ${NOTE}`);
  });
});

describe('--udvalg', () => {
  const idsIn = (h: string) => findAll(parseHtml(h), (e) => 'data-indsats' in e.attrs).map((e) => e.attrs['data-indsats']);
  const subthemesIn = (h: string) => findAll(parseHtml(h), (e) => 'data-undertema' in e.attrs).map((e) => e.attrs['data-undertema']);
  const themesIn = (h: string) => findAll(parseHtml(h), (e) => e.attrs.class === 'tema').map((e) => text(headings(e)[0]!));

  it.each([
    [COMMITTEES.kfu, 'kultur-og-fritidsudvalget', ['1.1.1'], [SUBTHEMES.fritid], [THEMES.fremtid]],
    [COMMITTEES.ssu, 'social-og-sundhedsudvalget', ['1.1.2', '1.2.1'], [SUBTHEMES.fritid, SUBTHEMES.rammer], [THEMES.fremtid]],
    [COMMITTEES.oeu, 'oekonomiudvalget', ['3.2.2.1'], [SUBTHEMES.dagtilbud, SUBTHEMES.pladser], [THEMES.unge]],
    [COMMITTEES.bsu, 'boerne-og-skoleudvalget', ['3.1', '3.2.1', '3.2.2.1'], [SUBTHEMES.dagtilbud, SUBTHEMES.pladser], [THEMES.unge]],
  ])('%s: only the themes and sub-themes that hold its initiatives', async (committee, slug, ids, subthemes, themes) => {
    const r = await runCli(['render', '--round', '2', '--format', 'html', '--udvalg', committee], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const h = readFileSync(join(cwd, `out/2023/runde-2-${slug}.html`), 'utf8');
    expect(idsIn(h)).toEqual(ids);
    expect(subthemesIn(h)).toEqual(subthemes);
    expect(themesIn(h)).toEqual(themes);
    const overview = findAll(parseHtml(h), (e) => 'data-overblik-undertema' in e.attrs).map((e) => text(e).split(' ')[0]);
    expect(overview).toEqual(subthemes.map((s) => s.split(' ')[0]));
  });
});

describe('titel', () => {
  const TITLE = 'Fjerde og sidste opfølgning på Aftale om budget 2023 på Børne- og Skoleudvalgets område';

  it.skipIf(skippedHere(import.meta.url, 'pdfinfo'))('replaces the generated title in the HTML, the PDF header and metadata, and the committee reports', async () => {
    const dir = tempTree({ 'data/2023/runde-1.yaml': agreement2023({ round: 1, top: `titel: ${TITLE}\n` }) });
    const r = await runCli(['render', '--round', '1'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const u = await runCli(['render', '--round', '1', '--format', 'html', '--udvalg', COMMITTEES.oeu], { cwd: dir });
    expect(u.code, u.stderr).toBe(0);
    for (const name of ['runde-1', 'runde-1-oekonomiudvalget']) {
      const page = parseHtml(readFileSync(join(dir, `out/2023/${name}.html`), 'utf8'));
      expect(text(findAll(page, (e) => e.tag === 'title')[0]!)).toBe(TITLE);
      expect(findAll(page, (e) => e.tag === 'h1').map(text)).toEqual([TITLE]);
    }
    const pdf = join(dir, 'out/2023/runde-1.pdf');
    expect(poppler('pdfinfo', [pdf])).toMatch(new RegExp(`Title:\\s+${TITLE}`));
    const first = poppler('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
    const second = poppler('pdftotext', ['-f', '2', '-l', '2', pdf, '-']);
    expect(second.replace(/\s+/g, ' ')).toContain(TITLE);
    expect(first).not.toContain('Første opfølgning på');
  });
});

describe('accessibility of the 2023 shape (axe-core, WCAG 2.1 A and AA, real Chromium)', () => {
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await close?.();
  });

  it('has zero violations', async () => {
    const started = await launchTestBrowser();
    close = started.close;
    const page = await started.browser.newPage();
    await page.setBypassCSP(true);
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const results = (await page.evaluate(() =>
      // @ts-expect-error axe is defined by the injected script
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
    )) as { violations: { id: string; nodes: unknown[] }[] };
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}×)`)).toEqual([]);
  });
});
