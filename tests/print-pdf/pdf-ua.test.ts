import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/print-pdf/browser.js';
import { headingTexts } from '../../src/print-pdf/headings.js';
import { linkTexts } from '../../src/print-pdf/link-texts.js';
import { pdfOptions, withPrintCss } from '../../src/print-pdf/page-options.js';
import { setPdfMetadata } from '../../src/print-pdf/pdf-metadata.js';
import { agreement2023 } from '../helpers/agreement-2023.js';
import { checkPdfUa, type Finding } from '../helpers/pdf-ua.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir, tempTree } from '../helpers/temp-dir.js';
import { killAllWith, META, poppler } from './fixture.js';

/*
 * Issue 11: the PDF/UA-1 checker (tests/helpers/pdf-ua.ts) passes on every
 * PDF render --all writes and on a report full of hostile text, and fails on
 * what Chromium prints before the tool's post-processing.
 */

const out = tempDir('opfolgning-pdfua-');
let reports: string[] = [];
let session: BrowserSession;

/** What Chromium prints for this HTML, before the tool touches it. */
async function chromiumPdf(html: string): Promise<Uint8Array> {
  return session.withPage(async (page) => {
    await page.setContent(withPrintCss(html, META.headerTitle), { waitUntil: 'load' });
    return page.pdf(pdfOptions(60_000));
  });
}

function write(name: string, bytes: Uint8Array): string {
  const file = join(out, name);
  writeFileSync(file, bytes);
  qpdfCheck(file);
  return file;
}

const clauses = (findings: Finding[]) => [...new Set(findings.map((f) => f.clause))].sort();

beforeAll(async () => {
  session = new BrowserSession().start();
  const r = await runCli(['render', '--all', '--data', join(REPO, 'data'), '--out', out], { timeoutMs: 180_000 });
  expect(r.code, r.stderr).toBe(0);
  reports = readdirSync(join(out, '2019'))
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(out, '2019', f));
}, 200_000);

afterAll(async () => {
  const profile = session?.userDataDir;
  await session?.close();
  if (profile) killAllWith(profile);
});

describe('PDF/UA-1 on every PDF render --all writes', () => {
  it('writes the real reports, each one passing qpdf --check and the checker', async () => {
    expect(reports.length).toBeGreaterThan(3);
    for (const file of reports) {
      qpdfCheck(file);
      expect(await checkPdfUa(file), file).toEqual([]);
      // pdffonts (poppler) as a second reader: every font embedded, none of Type 3.
      if (skippedHere(import.meta.url, 'pdffonts')) continue;
      const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(fonts.length, file).toBeGreaterThan(0);
      for (const l of fonts) expect(l, file).not.toMatch(/Type 3/);
    }
  }, 120_000);
});

describe("Chromium's PDF before post-processing", () => {
  it('fails the checker: no XMP, unmarked header and footer, links without /Contents; the tool fixes exactly that', async () => {
    const html = readFileSync(join(out, '2019', 'runde-2-kultur-og-fritidsudvalget.html'), 'utf8');
    const raw = await chromiumPdf(html);
    const before = await checkPdfUa(write('chromium.pdf', raw));
    expect(clauses(before)).toEqual(['7.1 / 01-005', '7.1 / 06-001', '7.18.5']);
    const fixed = setPdfMetadata(raw, META, { headings: headingTexts(html), linkTexts: linkTexts(html) });
    expect(await checkPdfUa(write('fixed.pdf', fixed))).toEqual([]);
  }, 60_000);

  it('fails the checker on a Figure without /Alt, a Type 3 font and a skipped heading level', async () => {
    const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>t</title></head><body>
      <h1>Titel</h1><h3>Sprunget over</h3>
      <figure><svg role="img" aria-label="Diagram" width="200" height="40" font-family="sans-serif"><rect width="200" height="40" fill="#b3261e"/>
        <text x="10" y="25" paint-order="stroke" stroke="#f0b323" stroke-width="3" fill="#fff">12</text></svg><figcaption>Tekst</figcaption></figure>
      <table><tr><th>Hoved</th><td>Celle</td></tr></table></body></html>`;
    const file = write('bad.pdf', setPdfMetadata(await chromiumPdf(html), META));
    const found = clauses(await checkPdfUa(file));
    for (const clause of ['7.3 / 13-004', 'issue-11', '7.4.2 / 14-003']) expect(found).toContain(clause);
    expect((await checkPdfUa(file)).map((f) => f.message).join('\n')).toMatch(/Type 3/);
    if (!skippedHere(import.meta.url, 'pdffonts')) expect(poppler('pdffonts', [file])).toMatch(/Type 3/); // the same stroked label the chart had
  }, 60_000);
});

/** Every kind of text a user could write, at its worst for XML, PDF strings and HTML. */
const HOSTILE = '<script>x</script> & "q" \'s\' (p(a)r\\en) \u202Eomvendt ✓ 中文 æøå ]]> <?xpacket end="w"?>';

function hostileRound(): string {
  const initiative = (id: string) => ({
    id,
    titel: `${HOSTILE} ${id}`,
    type: 'Drift',
    beskrivelse: `${HOSTILE} [link](https://example.org/a?b=1&c=(2))`,
    ansvar: { center: HOSTILE, udvalg: ['Social- og Sundhedsudvalget'], bidragsyder: HOSTILE, bemærkning: HOSTILE },
    milepæle: { 1: { tekst: HOSTILE, status: HOSTILE, smiley: 'glad' }, 2: { tekst: HOSTILE, smiley: 'sur' } },
    økonomi: { tekst: HOSTILE, status: HOSTILE, smiley: 'sur' },
  });
  return stringify({
    aftale: `Aftale om budget 2019 ${HOSTILE}`,
    år: 2019,
    runde: 2,
    dato: '2019-08-01',
    modtager: `Ballerup Kommune ${HOSTILE}`,
    kommune: `Ballerup ${HOSTILE}`,
    sagsid: '00.30.10-S00-2-19',
    kontakt: { navn: HOSTILE, telefon: '2498 1032', email: 'okonomi@balk.dk' },
    temaer: [
      { titel: `1. ${HOSTILE}`, indsatser: [initiative('1.1'), initiative('1.2')] },
      {
        titel: `2. ${HOSTILE}`,
        indsatser: [
          initiative('2.1'),
          {
            undertema: `2.2. ${HOSTILE}`,
            beskrivelse: HOSTILE,
            indsatser: [initiative('2.2.1'), { undertema: `2.2.2. ${HOSTILE}`, indsatser: [initiative('2.2.2.1')] }],
          },
        ],
      },
    ],
    tidligere_aftaler: [{ aftale: `Aftale om budget 2018 ${HOSTILE}`, år: 2018, temaer: [{ titel: `4. ${HOSTILE}`, indsatser: [initiative('4.1')] }] }],
  });
}

describe('a report with sub-themes two levels deep and hostile text everywhere', () => {
  it('passes qpdf --check and the checker, and says its title in the XMP', async () => {
    const cwd = tempTree({ 'data/2019/runde-2.yaml': hostileRound() });
    const r = await runCli(['render', '--round', '2', '--format', 'pdf'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const file = join(cwd, 'out/2019/runde-2.pdf');
    qpdfCheck(file);
    expect(await checkPdfUa(file)).toEqual([]);
    const xmp = readFileSync(file, 'latin1').match(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/)![0];
    expect(Buffer.from(xmp, 'latin1').toString('utf8')).toContain('&lt;script&gt;x&lt;/script&gt; &amp; "q"');
  }, 60_000);
});

describe('an agreement shaped as from 2022 on (sub-themes under themes, a sub-theme inside a sub-theme)', () => {
  it('passes qpdf --check and the checker, for the whole report and a committee report', async () => {
    const cwd = tempTree({ 'data/2023/runde-1.yaml': agreement2023({ round: 1 }), 'data/2023/runde-2.yaml': agreement2023({ round: 2 }) });
    const r = await runCli(['render', '--round', '2', '--format', 'pdf', '--udvalg', 'Børne- og Skoleudvalget'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const whole = await runCli(['render', '--round', '2', '--format', 'pdf'], { cwd });
    expect(whole.code, whole.stderr).toBe(0);
    const files = readdirSync(join(cwd, 'out/2023')).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBe(2);
    for (const f of files) {
      qpdfCheck(join(cwd, 'out/2023', f));
      expect(await checkPdfUa(join(cwd, 'out/2023', f)), f).toEqual([]);
    }
  }, 90_000);
});
