import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { header, initiative } from '../helpers/round-yaml.js';
import { findAll, initiativeHooks, parseHtml, type El } from '../helpers/report-hooks.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';

/*
 * Samlet overblik (issue 5): its counts equal the blocks' data-smiley values,
 * every line links to its initiative, and the links resolve in the PDF.
 */

const m = (r: number, body: string) => `          ${r}:\n${body.replace(/^/gm, '            ').replace(/ +$/, '')}`;
const other = (s: string) => s.replace('udvalg: Social- og Sundhedsudvalget', 'udvalg: [Børne- og Skoleudvalget, "Erhvervs- og Beskæftigelsesudvalget"]');

const round2 =
  header(2) +
  initiative('1.1', m(1, 'tekst: a\nsmiley: glad\n')) + // carried glad
  initiative('1.2', m(1, 'tekst: a\nsmiley: neutral\n') + m(2, 'status: Nået nu.\nsmiley: glad\n')) +
  initiative('1.3', m(2, 'tekst: b\nsmiley: sur\n')) +
  other(initiative('1.4', m(3, 'tekst: c\n'))) + // no smiley this round
  '  - titel: "2. Andet tema"\n    indsatser:\n' +
  other(initiative('2.1', m(2, 'tekst: b\nsmiley: neutral\n'))) +
  initiative('2.2', m(2, 'tekst: b\nsmiley: glad\n'), '        økonomi:\n          tekst: Ingen.\n          smiley: sur\n');

let cwd: string;
let html: string;
let root: El;

beforeAll(async () => {
  cwd = tempTree({ 'data/2019/runde-2.yaml': round2 });
  const r = await runCli(['render', '--round', '2'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  html = readFileSync(join(cwd, 'out/2019/runde-2.html'), 'utf8');
  root = parseHtml(html);
});

const cellsOf = (row: El) => findAll(row, (e) => e.tag === 'td').map((td) => Number(td.text.trim()));

describe('Samlet overblik', () => {
  it('counts per theme and in total equal the blocks’ smileys for the round', () => {
    const blocks = initiativeHooks(html);
    const expected = (ids: string[]) => {
      const c = { glad: 0, neutral: 0, sur: 0, none: 0 };
      for (const b of blocks.filter((b) => ids.includes(b.id))) c[(b.milestones[2]?.smiley ?? 'none') as keyof typeof c]++;
      return [c.glad, c.neutral, c.sur, c.none, ids.length];
    };
    const rows = findAll(root, (e) => 'data-overblik-tema' in e.attrs);
    expect(rows.map(cellsOf)).toEqual([expected(['1.1', '1.2', '1.3', '1.4']), expected(['2.1', '2.2'])]);
    const total = findAll(root, (e) => 'data-overblik-i-alt' in e.attrs)[0]!;
    expect(cellsOf(total)).toEqual(expected(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2']));
    // and the blocks say what the rules say
    expect(cellsOf(total)).toEqual([3, 1, 1, 1, 6]);
  });

  it('one line per initiative with rounds 1-4 and economy, linked to its block', () => {
    const lines = findAll(root, (e) => e.attrs.class === 'overblik-linje');
    expect(lines.map((l) => l.text.replace(/\s+/g, ' ').trim().split(' ')[0])).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2']);
    const ids = new Set(findAll(root, (e) => 'id' in e.attrs).map((e) => e.attrs.id));
    for (const line of lines) {
      const href = findAll(line, (e) => e.tag === 'a')[0]!.attrs.href!;
      expect(href).toMatch(/^#/);
      const target = findAll(root, (e) => e.attrs.id === href.slice(1))[0]!;
      expect(target.attrs['data-indsats']).toBe(line.text.trim().split(/\s+/)[0]);
      expect(ids.has(href.slice(1))).toBe(true);
    }
    // carried smileys are marked in the overview too
    const first = lines[0]!;
    expect(findAll(first, (e) => e.tag === 'svg').map((s) => s.attrs['aria-label'])).toEqual([
      'Glad smiley: milepælen er nået',
      'Glad smiley: milepælen er nået (videreført fra forrige opfølgning)',
    ]);
  });

  it('has a chart with text labels, not colour alone', () => {
    const chart = findAll(root, (e) => e.tag === 'svg' && e.attrs.class === 'overblik-diagram')[0]!;
    expect(chart.attrs['aria-label']).toContain('I alt: 3 glade, 1 neutrale, 1 sure, 1 uden smiley');
    expect(chart.text).toContain('Glad');
    expect(chart.text).toContain('Ingen');
  });

  it('draws the dotted and hatched fills as vector shapes: the PDF holds no raster image', () => {
    const chart = findAll(root, (e) => e.tag === 'svg' && e.attrs.class === 'overblik-diagram')[0]!;
    expect(findAll(chart, (e) => e.tag === 'pattern')).toEqual([]);
    // One clipping viewport per dotted or hatched rectangle: the bars' neutral and sur segments and two legend swatches.
    const clips = findAll(chart, (e) => e.tag === 'svg');
    expect(clips.length).toBeGreaterThanOrEqual(4);
    for (const c of clips) expect(c.attrs.viewBox).toBe(`${c.attrs.x} ${c.attrs.y} ${c.attrs.width} ${c.attrs.height}`);
    // Chromium printed each SVG <pattern> fill as a raster image the size of the chart.
    const objects = JSON.stringify(JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', join(cwd, 'out/2019/runde-2.pdf')], { encoding: 'utf8', maxBuffer: 1 << 28 })));
    expect(objects).toContain('/Type');
    expect(objects).not.toMatch(/"\/Subtype":\s*"\/Image"/);
  });

  it('its links resolve to the initiatives’ pages in the PDF', async () => {
    qpdfCheck(join(cwd, 'out/2019/runde-2.pdf'));
    const data = new Uint8Array(readFileSync(join(cwd, 'out/2019/runde-2.pdf')));
    const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
    try {
      const targets: number[] = [];
      for (let p = 1; p <= pdf.numPages; p++) {
        const page = await pdf.getPage(p);
        for (const a of await page.getAnnotations()) {
          if (a.subtype !== 'Link' || !a.dest) continue;
          const dest = typeof a.dest === 'string' ? await pdf.getDestination(a.dest) : a.dest;
          expect(dest, `link on page ${p} resolves`).toBeTruthy();
          targets.push((await pdf.getPageIndex(dest![0])) + 1);
        }
      }
      // 2 theme rows + 2 theme groups + 6 lines, each a link inside the document
      expect(targets.length).toBeGreaterThanOrEqual(10);
      for (const t of targets) expect(t).toBeGreaterThanOrEqual(1);
    } finally {
      await pdf.destroy();
    }
  });
});

describe('--udvalg', () => {
  it('only that committee’s initiatives, titled for it, in its own file; the overview follows', async () => {
    const r = await runCli(['render', '--round', '2', '--format', 'html', '--udvalg', 'Erhvervs- og Beskæftigelsesudvalget'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const own = readFileSync(join(cwd, 'out/2019/runde-2-erhvervs-og-beskaeftigelsesudvalget.html'), 'utf8');
    expect(initiativeHooks(own).map((b) => b.id)).toEqual(['1.4', '2.1']);
    expect(own).toContain('<h1>Anden opfølgning på Aftale om budget 2019 for Erhvervs- og Beskæftigelsesudvalget</h1>');
    expect(findAll(parseHtml(own), (e) => e.attrs.class === 'overblik-linje')).toHaveLength(2);
  });

  it('an unknown committee is a command-line error naming the known ones', async () => {
    const r = await runCli(['render', '--round', '2', '--format', 'html', '--udvalg', 'Teknik- og Miljøudvalget'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Teknik- og Miljøudvalget/);
  });
});
