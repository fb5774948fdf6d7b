/*
 * The PDF post-processing alone (issue 11): Chromium prints the round's
 * report once; then setPdfMetadata (the whole incremental update) and, inside
 * it, the PDF/UA page changes (artifact marking of every content stream, link
 * descriptions) are timed on those same bytes, alternating, --reps times.
 *
 *   npm run build && node bench/post-process.mjs [--reps 9] [--data data] [--year 2019] [--round 2]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const REPS = Number(arg('reps', '9'));
const DATA = resolve(arg('data', join(REPO, 'data')));
const YEAR = arg('year', '2019');
const ROUND = arg('round', '2');

const { BrowserSession } = await import(join(REPO, 'dist/print-pdf/browser.js'));
const { pdfOptions, withPrintCss } = await import(join(REPO, 'dist/print-pdf/page-options.js'));
const { setPdfMetadata } = await import(join(REPO, 'dist/print-pdf/pdf-metadata.js'));
const { accessibilityChanges } = await import(join(REPO, 'dist/print-pdf/pdf-ua.js'));
const { PdfFile } = await import(join(REPO, 'dist/print-pdf/pdf-structure.js'));
const { headingTexts } = await import(join(REPO, 'dist/print-pdf/headings.js'));
const { linkTexts } = await import(join(REPO, 'dist/print-pdf/link-texts.js'));

const out = mkdtempSync(join(tmpdir(), 'opfolgning-bench-post-'));
try {
  const r = spawnSync(process.execPath, [join(REPO, 'bin/opfolgning.js'), 'render', '--round', ROUND, '--year', YEAR, '--format', 'html', '--data', DATA, '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const html = readFileSync(join(out, YEAR, `runde-${ROUND}.html`), 'utf8');
  const session = new BrowserSession().start();
  let raw;
  try {
    raw = await session.withPage(async (page) => {
      await page.setContent(withPrintCss(html, 'Titel'), { waitUntil: 'load' });
      return page.pdf(pdfOptions(120_000));
    });
  } finally {
    await session.close();
  }
  const meta = { title: 'Titel', author: 'Kommune', subject: 'Aftale', lang: 'da', isoDate: `${YEAR}-08-01` };
  const facts = { headings: headingTexts(html), linkTexts: linkTexts(html) };
  const whole = [];
  const ua = [];
  setPdfMetadata(raw, meta, facts); // warm-up
  for (let i = 0; i < REPS; i++) {
    let t = performance.now();
    setPdfMetadata(raw, meta, facts);
    whole.push(performance.now() - t);
    t = performance.now();
    accessibilityChanges(new PdfFile(raw), { linkTexts: facts.linkTexts });
    ua.push(performance.now() - t);
  }
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const pages = (Buffer.from(raw).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  console.log(`${pages} pages, Chromium's PDF ${(raw.length / 1e6).toFixed(2)} MB, after the update ${(setPdfMetadata(raw, meta, facts).length / 1e6).toFixed(2)} MB`);
  console.log(`setPdfMetadata, median of ${REPS}: ${median(whole).toFixed(0)} ms  [${whole.map((t) => t.toFixed(0)).join(', ')}]`);
  console.log(`  of which the PDF/UA page changes (reading the PDF included): ${median(ua).toFixed(0)} ms  [${ua.map((t) => t.toFixed(0)).join(', ')}]`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
