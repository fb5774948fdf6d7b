import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser } from '../helpers/chromium.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * report.md: the HTML passes axe-core's WCAG 2.1 A and AA rules in Chromium
 * with no violations. The report under test has every kind of row: carried
 * and given smileys of all three kinds, statuses, lists, links, a remark, an
 * earlier agreement with Seneste status, and a custom reading guide.
 */

const m = (r: number, body: string) => `          ${r}:\n${body.replace(/^/gm, '            ').replace(/ +$/, '')}`;
const round2 =
  header(2) +
  initiative('1.1', m(1, 'tekst: Kommissorium er vedtaget.\nsmiley: glad\n') + m(3, 'tekst: Udkast i høring.\n')) +
  initiative('1.2', m(1, 'tekst: "a. første\\nb. anden"\nsmiley: neutral\n') + m(2, 'tekst: Workshops.\nstatus: "Se https://example.org og *bemærk*."\nsmiley: sur\n')) +
  initiative('1.10', m(2, 'tekst: b\nsmiley: glad\n'), '        økonomi:\n          tekst: "- 1,2 mio. kr.\\n- 0,3 mio. kr."\n          status: Overholdt.\n          smiley: sur\n') +
  'tidligere_aftaler:\n  - aftale: Aftale om budget 2018\n    år: 2018\n    temaer:\n      - titel: "4. Sundhed"\n        indsatser:\n' +
  initiative('4.1', m(1, 'tekst: a\nsmiley: glad\n'), '        økonomi:\n          tekst: Ingen.\n          smiley: glad\n        seneste_status: Afsluttet.\n').replace(/^(.)/gm, '    $1');

let html: string;
let close: (() => Promise<void>) | undefined;
type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown }[] }[]; passes: unknown[] };
/** At a desktop width and at 320 CSS px, where the tables stack (WCAG 1.4.10). */
const WIDTHS = [1024, 320] as const;
const results = new Map<number, AxeResults>();

beforeAll(async () => {
  const cwd = tempTree({ 'data/2019/runde-2.yaml': round2 });
  const r = await runCli(['render', '--round', '2', '--format', 'html'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  html = readFileSync(join(cwd, 'out/2019/runde-2.html'), 'utf8');
  const started = await launchTestBrowser();
  close = started.close;
  const page = await started.browser.newPage();
  // The report has a CSP that forbids scripts; axe is added through the
  // DevTools protocol, which the page's policy does not govern.
  await page.setBypassCSP(true);
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 900 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const r = (await page.evaluate(() =>
      // @ts-expect-error axe is defined by the injected script
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
    )) as AxeResults;
    results.set(width, r);
  }
});

afterAll(async () => {
  await close?.();
});

describe('accessibility (axe-core, WCAG 2.1 A and AA, real Chromium)', () => {
  it.each(WIDTHS)('has zero violations at %i CSS px', (width) => {
    const summary = results.get(width)!.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
    expect(summary).toEqual([]);
  });

  it.each(WIDTHS)('actually ran the rules at %i CSS px', (width) => {
    expect(results.get(width)!.passes.length).toBeGreaterThan(10);
  });

  it('has no script and a Content-Security-Policy that forbids fetching', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;|<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });
});
