import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPages } from '../../src/pipeline/render.js';
import { PdfFile, parseDictAt } from '../../src/print-pdf/pdf-structure.js';
import { decodePdfString, pdfDate, pdfTextString, setPdfMetadata } from '../../src/print-pdf/pdf-metadata.js';
import { decodeEntities, headingTexts } from '../../src/print-pdf/headings.js';
import { ChromiumPdfPrinter } from '../../src/print-pdf/printer.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fontDataUrl, INITIATIVES, killAllWith, META, poppler, processesWith, sampleHtml, THEMES } from './fixture.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck, qpdfCheckBytes } from '../helpers/qpdf-check.js';

let printer: ChromiumPdfPrinter;
let pdf: Uint8Array;
let second: Uint8Array;
let file: string;
const dir = tempDir('opfolgning-print-');

beforeAll(async () => {
  printer = new ChromiumPdfPrinter();
  pdf = await printer.print(sampleHtml(), META);
  // A second print in the same browser, over a second later: Chromium's clock must not show.
  await new Promise((r) => setTimeout(r, 1100));
  second = await printer.print(sampleHtml(), META);
  file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  qpdfCheck(file);
  qpdfCheckBytes(second, 'second.pdf');
});

afterAll(async () => {
  const profile = printer?.session.userDataDir;
  await printer?.close();
  if (profile) killAllWith(profile);
});

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

async function pdfjs(bytes: Uint8Array) {
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

describe.skipIf(skippedHere(import.meta.url))('the printed PDF', () => {
  it('is A4 with several pages and "Side X af Y" and the title on every page', () => {
    const info = poppler('pdfinfo', [file]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(2);
    expect(countPages(pdf)).toBe(pages);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    for (let p = 1; p <= pages; p++) {
      const text = poppler('pdftotext', ['-f', String(p), '-l', String(p), '-layout', file, '-']);
      expect(text).toContain(`Side ${p} af ${pages}`);
      expect(text).toContain(META.headerTitle);
    }
  });

  it('is tagged, with title, author, subject, dates from the report and language da', async () => {
    const info = poppler('pdfinfo', ['-isodates', file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Opfølgning på Aftale om budget 2019, runde 2/);
    expect(info).toMatch(/Author:\s+Ballerup Kommune/);
    expect(info).toMatch(/Subject:\s+Aftale om budget 2019/);
    expect(info).toMatch(/CreationDate:\s+2019-08-01T00:00:00/);
    expect(info).toMatch(/ModDate:\s+2019-08-01T00:00:00/);
    const doc = await pdfjs(pdf);
    const meta = await doc.getMetadata();
    const i = meta.info as Record<string, unknown>;
    expect(i.Title).toBe(META.title);
    expect(i.Author).toBe(META.author);
    expect(i.Language).toBe('da');
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    // The structure tree survived the update.
    const page = await doc.getPage(1);
    const tree = await page.getStructTree();
    expect(tree?.children.length ?? 0).toBeGreaterThan(0);
    await doc.destroy();
  });

  it('has bookmarks for the themes (h2) with the initiatives (h3) below them', async () => {
    const doc = await pdfjs(pdf);
    const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
    const flat = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [n.title, ...flat(n.items)]);
    const titles = flat(outline);
    for (const t of [...THEMES, ...INITIATIVES]) expect(titles).toContain(t);
    const theme1 = outline.flatMap((n) => [n, ...n.items]).find((n) => n.title === THEMES[0])!;
    expect(theme1.items.map((n) => n.title)).toEqual(INITIATIVES.slice(0, 2));
    await doc.destroy();
  });

  it('takes bookmark titles from the headings: a heading in a repeated table header is not doubled, a wrapped one keeps its spaces', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `<tr><td>Række ${i}</td></tr>`).join('');
    const long = 'En meget lang overskrift der ombrydes over flere linjer i et smalt felt';
    const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><style>
      @font-face { font-family: 'Source Sans 3'; src: url(${fontDataUrl()}) format('woff2'); } body { font-family: 'Source Sans 3'; }
      thead { display: table-header-group; } .narrow { width: 40mm; }</style></head><body>
      <h2>Tema &amp; økonomi</h2>
      <table><thead><tr><th><h3 id="x"><span>1.3.</span> Indsats i tabelhoved</h3></th></tr></thead><tbody>${rows}</tbody></table>
      <h3 class="narrow">${long}</h3></body></html>`;
    const bytes = await printer.print(html, META);
    qpdfCheckBytes(bytes);
    expect(countPages(bytes)).toBeGreaterThan(1);
    const doc = await pdfjs(bytes);
    const outline = ((await doc.getOutline()) ?? []) as OutlineNode[];
    await doc.destroy();
    expect(outline.map((n) => n.title)).toEqual(['Tema & økonomi']);
    expect(outline[0]!.items.map((n) => n.title)).toEqual(['1.3. Indsats i tabelhoved', long]);
  });

  it('reads heading text from HTML', () => {
    expect(headingTexts('<h1>A &amp; B</h1><style>h2{}</style><!-- <h2>no</h2> --><h2 class="x">\n  <span>1.</span>  Tekst<br>ny</h2>')).toEqual(['A & B', '1. Tekst ny']);
    expect(decodeEntities('&#230;&#xF8;&aring;&nbsp;')).toBe('æø&aring; ');
  });

  it('embeds every font', () => {
    const lines = poppler('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; read from the right.
    for (const l of lines) expect(l.trim().split(/\s+/).slice(-5)[0], l).toBe('yes');
    expect(lines.some((l) => l.includes('SourceSans3'))).toBe(true); // the data: font loaded despite interception
  });

  it('is byte-identical when printed again', () => {
    if (!Buffer.from(second).equals(Buffer.from(pdf))) writeFileSync(join(dir, 'second.pdf'), second);
    expect(Buffer.from(second).equals(Buffer.from(pdf)), `${file} vs second.pdf`).toBe(true);
  });

  it('repeats the table header on continued pages', () => {
    const page2 = poppler('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-']);
    expect(page2).toMatch(/Milepæl\s+Status\s+Smiley/);
  });
});

describe.skipIf(skippedHere(import.meta.url))('the PDF structure reader on real Chromium output', () => {
  it('finds the classic xref, trailer, catalog and info', () => {
    const chromium = new PdfFile(pdf.subarray(0, Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(pdf).toString('latin1'))![1]))); // the update's own offset
    expect(chromium).toBeDefined();
    const f = new PdfFile(pdf);
    expect(f.trailer.kind).toBe('table');
    const catalog = f.dictOf(f.trailer.root.num).entries;
    expect(catalog.find(([k]) => k === 'Type')?.[1]).toBe('/Catalog');
    expect(catalog.find(([k]) => k === 'StructTreeRoot')?.[1]).toMatch(/^\d+ 0 R$/);
    expect(catalog.find(([k]) => k === 'Outlines')?.[1]).toMatch(/^\d+ 0 R$/);
    expect(catalog.find(([k]) => k === 'Lang')?.[1]).toBe('(da)');
    const info = f.dictOf(f.trailer.info!.num).entries;
    expect(decodePdfString(info.find(([k]) => k === 'Title')![1])).toBe(META.title);
    expect(f.trailer.dict.find(([k]) => k === 'ID')?.[1]).toMatch(/^\[<[0-9A-F]{32}> <[0-9A-F]{32}>\]$/);
    // The update points back at Chromium's own section.
    const prev = Number(f.trailer.dict.find(([k]) => k === 'Prev')![1]);
    expect(Buffer.from(pdf).toString('latin1', prev, prev + 4)).toBe('xref');
  });

  it("freezes Chromium's own dates in place and supersedes its Info", () => {
    const text = Buffer.from(pdf).toString('latin1');
    expect(text).not.toMatch(/D:20[2-9]\d/); // no clock reading from the print run
    expect(text.match(/\/CreationDate \(D:20190801000000\+00'00'\)/g)?.length).toBe(2);
  });

  it('names the structure elements in document order, every /Headers pointing at an /ID', () => {
    const text = Buffer.from(pdf).toString('latin1');
    const ids = [...text.matchAll(/\/ID \((node\d+)\)/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(ids.map((_, i) => `node${String(i + 1).padStart(8, '0')}`));
    const headers = [...text.matchAll(/\/Headers \[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/\((node\d+)\)/g)].map((h) => h[1]!));
    for (const h of headers) expect(ids).toContain(h);
  });

  it('writes non-ASCII text as UTF-16BE with BOM, ASCII as literal', () => {
    expect(pdfTextString('da')).toBe('(da)');
    expect(pdfTextString('a(b)\\')).toBe('(a\\(b\\)\\\\)');
    expect(pdfTextString('æ✓')).toBe('<FEFF00E62713>');
    expect(decodePdfString('<FEFF00E62713>')).toBe('æ✓');
    expect(decodePdfString('(a\\(b\\)\\\\ \\346)')).toBe('a(b)\\ æ');
    expect(pdfDate('2019-08-01')).toBe("D:20190801000000+00'00'");
    expect(pdfDate('2019-08-01T12:30:05Z')).toBe("D:20190801123005+00'00'");
  });

  it('sets any title, including characters outside Latin-1, and re-updating a finished PDF works', async () => {
    const meta = { ...META, title: 'Rapport ✓ – 中文 – «ø»' };
    const again = setPdfMetadata(pdf, meta);
    qpdfCheckBytes(again);
    const doc = await pdfjs(again);
    expect(((await doc.getMetadata()).info as Record<string, unknown>).Title).toBe(meta.title);
    expect(doc.numPages).toBe(countPages(pdf));
    await doc.destroy();
    expect(Buffer.from(setPdfMetadata(pdf, meta)).equals(Buffer.from(again))).toBe(true);
  });

  it('parses nested dictionaries, strings with parentheses and references', () => {
    const s = '<</A <</B (x\\)y(z)) /C [1 0 R <ab> /N]>> /D 12 0 R /E 3 /F /Name>>';
    const d = parseDictAt(s, 0);
    expect(d.end).toBe(s.length);
    expect(d.entries).toEqual([
      ['A', '<</B (x\\)y(z)) /C [1 0 R <ab> /N]>>'],
      ['D', '12 0 R'],
      ['E', '3'],
      ['F', '/Name'],
    ]);
  });

  it.skipIf(skippedHere(import.meta.url, 'own profile'))('runs its Chromium under its own profile directory, found by ps while the session is open', () => {
    expect(processesWith(printer.session.userDataDir).length).toBeGreaterThan(0); // still running: the session is open
  });
});
