import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, it } from 'vitest';
import { setPdfMetadata } from '../../src/print-pdf/pdf-metadata.js';
import { PdfFile } from '../../src/print-pdf/pdf-structure.js';
import { tempDir } from '../helpers/temp-dir.js';
import { skippedHere } from '../helpers/platform-skips.js';
import { qpdfCheck } from '../helpers/qpdf-check.js';

/**
 * A PDF 1.5 file the way other producers write it: cross-reference stream
 * (Flate + PNG Up predictor) and the catalog and Info inside a compressed
 * object stream.
 */
function xrefStreamPdf(): Buffer {
  const parts: Buffer[] = [];
  const offsets = new Map<number, number>();
  let at = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    at += buf.length;
  };
  const obj = (num: number, body: string) => {
    offsets.set(num, at);
    push(`${num} 0 obj\n${body}\nendobj\n`);
  };
  push('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
  obj(2, '<</Type /Pages /Kids [3 0 R] /Count 1>>');
  obj(3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /StructParents 0>>');
  obj(6, '<</Type /StructTreeRoot /K []>>');
  const catalog = '<</Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R /MarkInfo <</Marked true>> /Lang (en-US)>>';
  const info = '<</Title (Old \\(title\\)) /CreationDate (D:20250101120000Z)>>';
  const header = `1 0 5 ${catalog.length + 1} `;
  const objStm = deflateSync(Buffer.from(`${header}${catalog}\n${info}`, 'latin1'));
  offsets.set(4, at);
  push(`4 0 obj\n<</Type /ObjStm /N 2 /First ${header.length} /Filter /FlateDecode /Length ${objStm.length}>>\nstream\n`);
  push(objStm);
  push('\nendstream\nendobj\n');
  const xrefAt = at;
  // Rows: type (1 byte), field 2 (2 bytes), field 3 (1 byte); /W [1 2 1].
  const rows: number[][] = [
    [0, 0, 255],
    [2, 4, 0],
    [1, offsets.get(2)!, 0],
    [1, offsets.get(3)!, 0],
    [1, offsets.get(4)!, 0],
    [2, 4, 1],
    [1, offsets.get(6)!, 0],
    [1, xrefAt, 0],
  ];
  const raw = rows.map(([t, f2, f3]) => [t!, (f2! >> 8) & 0xff, f2! & 0xff, f3!]);
  const predicted: number[] = [];
  raw.forEach((row, r) => {
    predicted.push(2); // PNG Up
    row.forEach((v, c) => predicted.push((v - (r > 0 ? raw[r - 1]![c]! : 0)) & 0xff));
  });
  const data = deflateSync(Buffer.from(predicted));
  push(
    `7 0 obj\n<</Type /XRef /Size 8 /W [1 2 1] /Root 1 0 R /Info 5 0 R /Filter /FlateDecode /DecodeParms <</Predictor 12 /Columns 4>> /Length ${data.length}>>\nstream\n`,
  );
  push(data);
  push(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(parts);
}

const meta = { title: 'Rapport – æøå ✓', author: 'Ballerup Kommune', subject: 'Aftale om budget 2019', lang: 'da', isoDate: '2019-08-01' };

it('reads a cross-reference stream and an object stream', () => {
  const f = new PdfFile(xrefStreamPdf());
  expect(f.trailer.kind).toBe('stream');
  expect(f.trailer.root).toEqual({ num: 1, gen: 0 });
  expect(f.trailer.info).toEqual({ num: 5, gen: 0 });
  expect(f.trailer.size).toBe(8);
  expect(f.dictOf(1).entries.find(([k]) => k === 'StructTreeRoot')?.[1]).toBe('6 0 R');
  expect(f.dictOf(5).entries.find(([k]) => k === 'Title')?.[1]).toBe('(Old \\(title\\))');
  expect(f.dictOf(3).entries.find(([k]) => k === 'Type')?.[1]).toBe('/Page');
});

it.skipIf(skippedHere(import.meta.url, 'pdfinfo'))('updates such a file with an xref stream that readers accept', async () => {
  const updated = setPdfMetadata(xrefStreamPdf(), meta);
  const f = new PdfFile(updated);
  expect(f.trailer.kind).toBe('stream');
  expect(f.dictOf(1).entries.find(([k]) => k === 'Lang')?.[1]).toBe('(da)');
  expect(f.dictOf(1).entries.find(([k]) => k === 'StructTreeRoot')?.[1]).toBe('6 0 R');

  const doc = await getDocument({ data: new Uint8Array(updated), verbosity: 0 }).promise;
  expect(doc.numPages).toBe(1);
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  expect(info.Title).toBe(meta.title);
  expect(info.Author).toBe(meta.author);
  expect(info.Language).toBe('da');
  await doc.destroy();

  const file = join(tempDir('opfolgning-xref-'), 'x.pdf');
  writeFileSync(file, updated);
  qpdfCheck(file);
  const pdfinfo = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  expect(pdfinfo).toMatch(/Title:\s+Rapport – æøå ✓/);
  expect(pdfinfo).toMatch(/CreationDate:\s+2019-08-01T00:00:00/);
  expect(pdfinfo).toMatch(/Tagged:\s+yes/);
});
