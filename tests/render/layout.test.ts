import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser } from '../helpers/chromium.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/*
 * Issue 11, the layout a reader sees, measured in real Chromium on the real
 * round 2 report: the reading guide's smileys are all one size (in the HTML
 * by their boxes, in the PDF by the faces drawn on the rendered page), the
 * page reflows at 320 CSS px, and overview titles that wrap stay in their
 * column.
 */

const out = tempDir('opfolgning-layout-');
const pdfFile = join(out, '2019', 'runde-2.pdf');
let html: string;
let page: Page;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const r = await runCli(['render', '--round', '2', '--data', join(REPO, 'data'), '--out', out], { timeoutMs: 120_000 });
  expect(r.code, r.stderr).toBe(0);
  qpdfCheck(pdfFile);
  html = readFileSync(join(out, '2019', 'runde-2.html'), 'utf8');
  const started = await launchTestBrowser();
  close = started.close;
  page = await started.browser.newPage();
}, 150_000);

afterAll(async () => {
  await close?.();
});

async function at(width: number): Promise<void> {
  await page.setViewport({ width, height: 900 });
  await page.setContent(html, { waitUntil: 'load' });
}

/** Width × height of every smiley in the reading guide, rounded to 0.1 px. */
function guideSmileys(): Promise<Array<{ label: string; size: string }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.laesevejledning svg.smiley')].map((s) => {
      const b = s.getBoundingClientRect();
      return { label: s.getAttribute('aria-label') ?? '', size: `${b.width.toFixed(1)}x${b.height.toFixed(1)}` };
    }),
  );
}

describe('the reading guide’s smileys in the HTML', () => {
  for (const width of [320, 1024]) {
    it(`are all the same size at ${width} px, the carried one and the sad one beside two lines included`, async () => {
      await at(width);
      const smileys = await guideSmileys();
      expect(smileys.map((s) => s.label)).toEqual(
        expect.arrayContaining(['Glad smiley: milepælen er nået', 'Sur smiley: milepælen er ikke nået', 'Glad smiley: milepælen er nået (videreført fra forrige opfølgning)']),
      );
      expect(new Set(smileys.map((s) => s.size))).toEqual(new Set([smileys[0]!.size]));
      expect(Number(smileys[0]!.size.split('x')[0])).toBeGreaterThan(15);
    });
  }
});

describe('at 320 CSS px (WCAG 2.1 1.4.10)', () => {
  beforeAll(async () => {
    await at(320);
  });

  it('the page does not scroll sideways', async () => {
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
    expect(widths.view).toBe(320);
    expect(widths.doc).toBeLessThanOrEqual(320);
    expect(widths.body).toBeLessThanOrEqual(320);
  });

  it('the initiative tables stack: each "Milepæl" and "Økonomi" label stands above its text, never over it', async () => {
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('[data-milepael], [data-okonomi]')].map((row) => {
        const th = row.querySelector('th')!;
        const range = document.createRange();
        range.selectNodeContents(th);
        const label = range.getBoundingClientRect();
        const text = row.querySelector('td.tekst')!.getBoundingClientRect();
        return { label: th.textContent, labelBottom: label.bottom, labelRight: label.right, textTop: text.top, textLeft: text.left };
      }),
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.labelBottom, `${r.label} above its text`).toBeLessThanOrEqual(r.textTop + 0.5);
  });

  it('overview titles that wrap stay in their column, right of the id', async () => {
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('.overblik-linje th a')].map((a) => {
        const id = a.querySelector('.id')!.getBoundingClientRect();
        const range = document.createRange();
        range.setStartAfter(a.querySelector('.id')!);
        range.setEnd(a, a.childNodes.length);
        const lefts = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.left);
        return { text: a.textContent, idLeft: id.left, lefts };
      }),
    );
    const wrapped = lines.filter((l) => new Set(l.lefts.map(Math.round)).size > 0 && l.lefts.length > 1);
    expect(wrapped.length).toBeGreaterThan(5);
    for (const l of wrapped) {
      expect(Math.min(...l.lefts), l.text ?? '').toBeGreaterThan(l.idLeft + 20);
      expect(Math.max(...l.lefts) - Math.min(...l.lefts), l.text ?? '').toBeLessThan(1);
    }
  });
});

/** A page of the PDF rendered by poppler at `dpi`, as RGB pixels. */
function renderPage(file: string, pageNo: number, dpi: number): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo), '-singlefile', file], { maxBuffer: 1 << 28 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

const FACE_FILLS = { glad: [0x1f, 0x7a, 0x3d], neutral: [0xf0, 0xb3, 0x23], sur: [0xb3, 0x26, 0x1e] } as const;

/** Bounding boxes of the connected areas in a face's fill colour: the faces drawn on the page. */
function faces(img: { width: number; height: number; rgb: Buffer }): Array<{ fill: string; w: number; h: number }> {
  const { width, height, rgb } = img;
  const kind = new Int8Array(width * height).fill(-1);
  const fills = Object.values(FACE_FILLS);
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!];
    const k = fills.findIndex((c) => Math.abs(c[0] - r) + Math.abs(c[1] - g) + Math.abs(c[2] - b) < 40);
    kind[i] = k;
  }
  const seen = new Uint8Array(width * height);
  const found: Array<{ fill: string; w: number; h: number }> = [];
  for (let start = 0; start < width * height; start++) {
    if (kind[start]! < 0 || seen[start]) continue;
    const k = kind[start]!;
    let [x0, y0, x1, y1, area] = [width, height, 0, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const p = stack.pop()!;
      const x = p % width;
      const y = (p - x) / width;
      area++;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      for (const q of [p - 1, p + 1, p - width, p + width]) {
        if (q >= 0 && q < width * height && !seen[q] && kind[q] === k && Math.abs((q % width) - x) <= 1) {
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
    if (area > 50) found.push({ fill: Object.keys(FACE_FILLS)[k]!, w: x1 - x0 + 1, h: y1 - y0 + 1 });
  }
  return found;
}

describe('the reading guide’s smileys in the PDF', () => {
  it.skipIf(skippedHere(import.meta.url, 'pdftoppm'))('are drawn the same size, all three faces and the carried one', () => {
    const guidePages = [1, 2].filter((p) => /Læsevejledning|Definition af smileys|lille pil/.test(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdfFile, '-'], { encoding: 'utf8' })));
    const drawn = guidePages.flatMap((p) => faces(renderPage(pdfFile, p, 144)));
    // 3 milestone faces, 2 economy faces, 1 carried: 6 (more if a custom guide adds some).
    expect(drawn.length).toBeGreaterThanOrEqual(6);
    expect(new Set(drawn.map((f) => f.fill))).toEqual(new Set(['glad', 'neutral', 'sur']));
    const sizes = drawn.map((f) => Math.max(f.w, f.h));
    // 14 pt at 144 dpi is 28 px; the face's outline is 21/24 of its box.
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(22);
    expect(Math.max(...sizes) - Math.min(...sizes), JSON.stringify(drawn)).toBeLessThanOrEqual(2);
  });
});
