/*
 * The PDF post-processing alone (issues 11 and 14): Chromium prints the
 * round's report once; then setPdfMetadata (the whole incremental update)
 * and, inside it, the PDF/UA page changes (artifact marking of every content
 * stream, link descriptions) are timed on those same bytes.
 *
 * - warm: in this process, alternating, --reps times after one warm-up run;
 * - cold: --cold fresh Node processes that each import the modules and run
 *   setPdfMetadata once, as the print worker does in a real run (the JIT has
 *   not seen the code, the heap is small). Wall time of that one call, and
 *   the CPU time of the thread that ran it (Linux: /proc/self/task), which
 *   moves less with the machine's load than wall time does;
 * - cold after the warm-up: the same, but the process first runs the warm-up
 *   the printer runs while Chromium prints (src/print-pdf/warm-up.ts), and
 *   its cost is shown too. Alternating with the plain cold runs;
 * - with --before DIR (another checkout, built: see bench/README.md), its
 *   cold run alternates with these, on the same Chromium bytes, and the
 *   median of the pairwise ratios is shown.
 *
 *   npm run build && node bench/post-process.mjs [--reps 9] [--cold 9] [--before DIR] [--data data] [--year 2019] [--round 2]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const META = { title: 'Titel', author: 'Kommune', subject: 'Aftale', lang: 'da', isoDate: '2019-08-01' };
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

/** CPU time (ms) of the calling thread (the main thread here), from /proc's schedstat (ns); NaN where /proc is missing. */
function threadCpuMs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

async function modules(repo = REPO) {
  const { setPdfMetadata } = await import(join(repo, 'dist/print-pdf/pdf-metadata.js'));
  const { headingTexts } = await import(join(repo, 'dist/print-pdf/headings.js'));
  const { linkTexts } = await import(join(repo, 'dist/print-pdf/link-texts.js'));
  return { setPdfMetadata, headingTexts, linkTexts };
}

const ONE = arg('one', undefined);
if (ONE !== undefined) {
  // A child: one cold run on the saved bytes, with the code of --repo (this checkout or --before).
  const repo = resolve(arg('repo', REPO));
  const { setPdfMetadata, headingTexts, linkTexts } = await modules(repo);
  let warmUp = null;
  if (process.argv.includes('--warm-up')) {
    const { warmUpPostProcessing } = await import(join(repo, 'dist/print-pdf/warm-up.js'));
    const cpu = threadCpuMs();
    const t = performance.now();
    await warmUpPostProcessing(() => false);
    warmUp = { wall: performance.now() - t, cpu: threadCpuMs() - cpu };
    await new Promise((resolve) => setTimeout(resolve, 100)); // as in a print: the JIT's background compiles finish
  }
  const raw = new Uint8Array(readFileSync(join(ONE, 'raw.pdf')));
  const html = readFileSync(join(ONE, 'report.html'), 'utf8');
  const facts = { headings: headingTexts(html), linkTexts: linkTexts(html) };
  const cpu = threadCpuMs();
  const t = performance.now();
  await setPdfMetadata(raw, META, facts);
  console.log(JSON.stringify({ wall: performance.now() - t, cpu: threadCpuMs() - cpu, warmUp }));
} else {
  const REPS = Number(arg('reps', '9'));
  const COLD = Number(arg('cold', '9'));
  const DATA = resolve(arg('data', join(REPO, 'data')));
  const YEAR = arg('year', '2019');
  const ROUND = arg('round', '2');
  const BEFORE = arg('before', undefined);
  const { BrowserSession } = await import(join(REPO, 'dist/print-pdf/browser.js'));
  const { pdfOptions, withPrintCss } = await import(join(REPO, 'dist/print-pdf/page-options.js'));
  const { accessibilityChanges } = await import(join(REPO, 'dist/print-pdf/pdf-ua.js'));
  const { PdfFile } = await import(join(REPO, 'dist/print-pdf/pdf-structure.js'));
  const { setPdfMetadata, headingTexts, linkTexts } = await modules();

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
    writeFileSync(join(out, 'raw.pdf'), raw);
    writeFileSync(join(out, 'report.html'), html);

    const one = (...extra) => {
      const c = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', out, ...extra], { encoding: 'utf8' });
      if (c.status !== 0) throw new Error(c.stderr);
      return JSON.parse(c.stdout);
    };
    const hasWarmUp = existsSync(join(REPO, 'dist/print-pdf/warm-up.js'));
    const cold = [];
    const warmedUp = [];
    const before = [];
    for (let i = 0; i < COLD; i++) {
      if (BEFORE !== undefined) before.push(one('--repo', BEFORE));
      cold.push(one());
      if (hasWarmUp) warmedUp.push(one('--warm-up'));
    }

    const facts = { headings: headingTexts(html), linkTexts: linkTexts(html) };
    const whole = [];
    const ua = [];
    await setPdfMetadata(raw, META, facts); // warm-up
    for (let i = 0; i < REPS; i++) {
      let t = performance.now();
      await setPdfMetadata(raw, META, facts);
      whole.push(performance.now() - t);
      t = performance.now();
      await accessibilityChanges(new PdfFile(raw), { linkTexts: facts.linkTexts });
      ua.push(performance.now() - t);
    }
    const pages = (Buffer.from(raw).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    const ms = (a) => `${median(a).toFixed(0)} ms  [${a.map((t) => t.toFixed(0)).join(', ')}]`;
    console.log(`${pages} pages, Chromium's PDF ${(raw.length / 1e6).toFixed(2)} MB, after the update ${((await setPdfMetadata(raw, META, facts)).length / 1e6).toFixed(2)} MB`);
    if (before.length > 0) {
      console.log(`before (${BEFORE}), cold, median of ${COLD}: ${ms(before.map((c) => c.wall))}`);
      console.log(`  CPU of its thread: ${ms(before.map((c) => c.cpu))}`);
    }
    if (COLD > 0) {
      console.log(`setPdfMetadata cold (a fresh process each), median of ${COLD}: ${ms(cold.map((c) => c.wall))}`);
      console.log(`  CPU of its thread: ${ms(cold.map((c) => c.cpu))}`);
    }
    if (warmedUp.length > 0) {
      console.log(`setPdfMetadata cold after the warm-up, median of ${COLD}: ${ms(warmedUp.map((c) => c.wall))}`);
      console.log(`  CPU of its thread: ${ms(warmedUp.map((c) => c.cpu))}`);
      console.log(`  the warm-up itself (while Chromium prints): ${ms(warmedUp.map((c) => c.warmUp.wall))}, CPU ${ms(warmedUp.map((c) => c.warmUp.cpu))}`);
    }
    if (before.length > 0) {
      const after = warmedUp.length > 0 ? warmedUp : cold;
      const ratio = (key) => median(after.map((c, i) => c[key] / before[i][key])).toFixed(2);
      console.log(`after${warmedUp.length > 0 ? ' (warmed up)' : ''} / before, median of pairs: ${ratio('wall')} wall, ${ratio('cpu')} CPU`);
    }
    console.log(`setPdfMetadata warm, median of ${REPS}: ${ms(whole)}`);
    console.log(`  of which the PDF/UA page changes (reading the PDF included): ${ms(ua)}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
