import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateText } from '../../src/pipeline/check-round.js';
import { fontWarmUpHtml } from '../../src/print-pdf/print-ready-page.js';
import { ChromiumPdfPrinter } from '../../src/print-pdf/printer.js';
import { renderReport } from '../../src/render-html/render-report.js';
import { buildView } from '../../src/view-model/build-view.js';
import { killAllWith, META } from './fixture.js';
import { fixtureRound } from './round-fixture.js';

/*
 * The page a print uses is readied ahead (print media, fonts decoded) only to
 * save Chromium layout passes: the PDF must be the very same bytes as one
 * printed on a bare page.
 */

const printers: ChromiumPdfPrinter[] = [];
let readied: Uint8Array;
let bare: Uint8Array;

beforeAll(async () => {
  const { applied, problems } = validateText('data/2019/runde-1.yaml', fixtureRound());
  expect(problems.filter((p) => p.severity === 'fejl')).toEqual([]);
  const html = renderReport(buildView(applied!));
  const withReady = new ChromiumPdfPrinter();
  const withoutReady = new ChromiumPdfPrinter({ setUpPage: async () => undefined });
  printers.push(withReady, withoutReady);
  readied = await withReady.print(html, META);
  bare = await withoutReady.print(html, META);
});

afterAll(async () => {
  for (const p of printers) {
    const profile = p.session.userDataDir;
    await p.close();
    killAllWith(profile);
  }
});

describe('the print-ready page', () => {
  it('gives the same PDF, byte for byte, as a bare page', () => {
    expect(readied.length).toBeGreaterThan(10_000);
    expect(Buffer.from(readied).equals(Buffer.from(bare))).toBe(true);
  });

  it('uses every face of the report font, in both subsets', () => {
    const html = fontWarmUpHtml();
    expect(html.match(/@font-face/g)).toHaveLength(8);
    for (const style of ['font-style:italic', 'font-weight:700', 'font-weight:700;font-style:italic']) expect(html).toContain(`style="${style}"`);
    expect(html).toMatch(/[\u0100-\u017f]/);
  });
});
