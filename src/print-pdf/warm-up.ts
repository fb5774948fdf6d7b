import { deflateSync } from 'node:zlib';
import { setPdfMetadata } from './pdf-metadata.js';

/*
 * The post-processing (setPdfMetadata) runs once per print, right after
 * page.pdf, on the critical path, and the first time in a process it ran
 * about twice as slowly as warm (bench/post-process.mjs: cold and warm):
 * the JIT had not yet seen the content-stream parser, the dictionary
 * scanner and the rest. The print worker idles while Chromium lays out and
 * prints the report, so it runs the same code there on a small PDF shaped
 * like Chromium's (a tagged page with a background, a running header and
 * footer, a clip, tables, text and curves; 400 structure elements with
 * node ids, an outline, two links), in slices that each leave the event
 * loop free for Puppeteer's messages. Nothing of it is kept: only the
 * compiled code. (400 elements rather than 24: the node-id pass of the
 * real run then took 15 ms of CPU instead of 25, for 30 ms more here.)
 */

/** A page's content the way Chromium writes it: unmarked background, margin boxes and clip, then tagged blocks. */
function sampleContent(blocks: number): string {
  let s =
    '.23999999 0 0 -.23999999 0 841.91998 cm\nq\n3.125 0 0 3.125 212.5 237.5 cm\n1 1 1 RG 1 1 1 rg\n/G3 gs\n0 0 658 971 re\nf\nQ\n' +
    'q\n3.125 0 0 3.125 0 0 cm\n.2667 .2667 .2667 RG .2667 .2667 .2667 rg\n/G3 gs\nBT\n/F4 10.6599998 Tf\n1 0 0 -1 68 52 Tm\n<0015> Tj\n5.7118073 0 Td <0024> Tj\nET\n' +
    'BT\n/F4 10.6599998 Tf\n1 0 0 -1 675.70313 1077 Tm\n<0014> Tj\n5.6904907 0 Td <0024> Tj\nET\nQ\nq\n212.5 237.5 2055.127 3035.498 re\nW* n\n';
  for (let k = 0; k < blocks; k++) {
    s +=
      `q\n3.125 0 0 3.125 212.5 -${2800 + k}.5 cm\n.549 .549 .549 RG .549 .549 .549 rg\n/G3 gs\n/Table <</MCID ${2 * k} >>BDC\n` +
      `0 ${1135 + k} 227 1 re\nf\n227 ${1135 + k} 68 1 re\nf\nEMC\n/P <</MCID ${2 * k + 1} >>BDC\nBT\n/F5 12 Tf\n1 0 0 -1 ${k}.5 ${60 + k} Tm\n` +
      '<0015> Tj\n5.7118073 0 Td <0024> Tj\n2.62146 0 Td <002F> Tj\n3.4526062 0 Td <0020> Tj\n5.285553 0 Td <0027> Tj\nET\n' +
      '10 9.5 m\n9.999999 9.9142132 9.8535528 10.267767 9.5606594 10.5606604 c\n7 13.5 l\nh\nS\nEMC\nQ\n';
  }
  return `${s}Q\n`;
}

/** A one-page tagged PDF in Chromium's layout (classic cross-reference table). */
export function samplePdf(blocks = 60, elements = 400): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    chunks.push(buf);
    at += buf.length;
  };
  const obj = (num: number, body: string, stream?: Buffer) => {
    offsets[num] = at;
    push(`${num} 0 obj\n${body}`);
    if (stream) {
      push('\nstream\n');
      push(stream);
      push('\nendstream');
    }
    push('\nendobj\n');
  };
  const id = (k: number) => `(node${String(k + 10).padStart(8, '0')})`;
  const cells = Array.from({ length: elements }, (_, k) => 14 + k);
  push('%PDF-1.4\n%\xd3\xeb\xe9\xe1\n');
  obj(1, "<</Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20260101000000+00'00')\n/ModDate (D:20260101000000+00'00')>>");
  const content = deflateSync(Buffer.from(sampleContent(blocks), 'latin1'));
  obj(4, `<</Filter /FlateDecode\n/Length ${content.length}>>`, content);
  obj(5, '<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [68 700 200 712]\n/A <</Type /Action\n/S /URI\n/URI (https://www.example.dk/)>>\n/StructParent 1>>');
  obj(6, '<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [68 680 200 692]\n/Dest /dGVtYS0x\n/StructParent 2>>');
  obj(3, '<</Type /Page\n/Resources <<>>\n/MediaBox [0 0 594.95996 841.91998]\n/Annots [5 0 R 6 0 R]\n/Contents 4 0 R\n/StructParents 0\n/Parent 2 0 R>>');
  obj(2, '<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>');
  obj(7, `<</Type /StructTreeRoot\n/K 9 0 R\n/ParentTree 10 0 R\n/IDTree 11 0 R\n/ParentTreeNextKey 3>>`);
  obj(8, '<</Type /Outlines\n/Count 1\n/First 12 0 R\n/Last 12 0 R>>');
  obj(9, `<</Type /StructElem\n/S /Document\n/P 7 0 R\n/K [${cells.map((n) => `${n} 0 R`).join(' ')}]>>`);
  obj(10, '<</Nums [0 [] 1 9 0 R 2 9 0 R]>>');
  obj(11, `<</Names [${cells.map((n, k) => `${id(k)} ${n} 0 R`).join(' ')}]>>`);
  cells.forEach((n, k) =>
    obj(n, `<</Type /StructElem\n/S /${k % 2 ? 'TD' : 'TH'}\n/P 9 0 R\n/ID ${id(k)}\n${k % 2 ? `/Headers [${id(k - 1)}]\n` : ''}/K [${k}]\n/Pg 3 0 R>>`),
  );
  obj(12, '<</Title (1.3. Titel 1.3. Titel)\n/Parent 8 0 R\n/Dest [3 0 R /XYZ 0 800 0]>>');
  obj(13, '<</Type /Catalog\n/Pages 2 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/StructTreeRoot 7 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Outlines 8 0 R>>');
  const xrefAt = at;
  let xref = `xref\n0 ${offsets.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < offsets.length; n++) xref += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  push(`${xref}trailer\n<</Size ${offsets.length}\n/Root 13 0 R\n/Info 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF`);
  return new Uint8Array(Buffer.concat(chunks));
}

const META = { title: 'Titel', author: 'Kommune', subject: 'Aftale', lang: 'da', isoDate: '2026-01-01' };
const FACTS = { headings: ['1.3. Titel'], linkTexts: new Map([['https://www.example.dk/', 'Eksempel']]) };

/**
 * Runs the post-processing on the sample `rounds` times, one round per turn
 * of the event loop, until done or until `stop()` says the real work has
 * begun. Never throws: it is only a head start.
 */
export async function warmUpPostProcessing(stop: () => boolean, rounds = 12): Promise<void> {
  try {
    const pdf = samplePdf();
    for (let k = 0; k < rounds && !stop(); k++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!stop()) setPdfMetadata(pdf, META, FACTS);
    }
  } catch {
    /* a head start only */
  }
}
