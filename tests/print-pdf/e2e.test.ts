import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, type CliResult } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { killAllWith, poppler, processesWith } from './fixture.js';
import { FIXTURE_INITIATIVES, FIXTURE_THEMES, fixtureRound } from './round-fixture.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { checkPdfUa } from '../helpers/pdf-ua.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';

/* The whole way: a round file → the real CLI → the report PDF, read back with poppler and pdf.js. */

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

const root = tempDir('opfolgning-e2e-');
const tmp = join(root, 'tmp');
const out = join(root, 'out');
const pdfPath = join(out, '2019', 'runde-1.pdf');
let run: CliResult;
let second: CliResult;

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/bundle/opfolgning.mjs'))) throw new Error('the CLI is not built: run npm run build first');
  mkdirSync(join(root, 'data', '2019'), { recursive: true });
  mkdirSync(tmp);
  writeFileSync(join(root, 'data', '2019', 'runde-1.yaml'), fixtureRound());
  const args = ['render', '--round', '1', '--data', join(root, 'data'), '--out', out];
  run = await runCli(args, { env: { TMPDIR: tmp } });
  const first = readFileSync(pdfPath);
  qpdfCheck(pdfPath);
  second = await runCli(args, { env: { TMPDIR: tmp } });
  writeFileSync(join(root, 'first.pdf'), first);
});

afterAll(() => killAllWith(tmp));

describe.skipIf(skippedHere(import.meta.url))('render --round 1 to PDF', () => {
  it.skipIf(skippedHere(import.meta.url, 'no browser left'))('succeeds and leaves no browser behind', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/skrevet: .*runde-1\.pdf \(\d+ sider/);
    expect(processesWith(tmp)).toEqual([]);
  });

  it('has several pages, every initiative, and "Side X af Y" with the title on each page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdfPath]))![1]);
    expect(pages).toBeGreaterThan(1);
    const all = poppler('pdftotext', [pdfPath, '-']).replace(/\s+/g, ' ');
    for (const i of FIXTURE_INITIATIVES) expect(all).toContain(i.title);
    for (let p = 1; p <= pages; p++) {
      const text = poppler('pdftotext', ['-f', String(p), '-l', String(p), pdfPath, '-']);
      expect(text).toContain(`Side ${p} af ${pages}`);
      expect(text).toContain('opfølgning på Aftale om budget 2019');
    }
  });

  it('has its metadata: tagged, title, author (the municipality), language, dates from dato', async () => {
    const info = poppler('pdfinfo', ['-isodates', pdfPath]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Første opfølgning på Aftale om budget 2019/);
    expect(info).toMatch(/Author:\s+Ballerup Kommune/);
    expect(info).toMatch(/CreationDate:\s+2019-04-04T00:00:00/);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 }).promise;
    expect(((await doc.getMetadata()).info as Record<string, unknown>).Language).toBe('da');
    await doc.destroy();
  });

  it('has bookmarks for the themes with their initiatives under them', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 }).promise;
    const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
    await doc.destroy();
    const nodes = (ns: OutlineNode[]): OutlineNode[] => ns.flatMap((n) => [n, ...nodes(n.items)]);
    for (const theme of FIXTURE_THEMES) {
      const node = nodes(outline).find((n) => n.title === theme);
      expect(node, theme).toBeDefined();
      const expected = FIXTURE_INITIATIVES.filter((i) => i.id.startsWith(theme.slice(0, 2)));
      // Exactly the headings' text: no doubling from a repeated table header, no lost spaces.
      expect(node!.items.map((n) => n.title)).toEqual(expected.map((i) => `${i.id}. ${i.title}`));
    }
  });

  it('embeds every font', () => {
    const lines = poppler('pdffonts', [pdfPath]).split('\n').slice(2).filter((l) => l.trim() !== '');
    for (const l of lines) expect(l.trim().split(/\s+/).slice(-5)[0], l).toBe('yes');
  });

  it('passes the PDF/UA checker', async () => {
    expect(await checkPdfUa(pdfPath)).toEqual([]);
  });

  it('gives the same bytes from a second run', () => {
    expect(second.code).toBe(0);
    expect(readFileSync(pdfPath).equals(readFileSync(join(root, 'first.pdf')))).toBe(true);
  });
});
