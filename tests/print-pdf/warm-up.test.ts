import { describe, expect, it } from 'vitest';
import { latin1, PdfFile } from '../../src/print-pdf/pdf-structure.js';
import { setPdfMetadata } from '../../src/print-pdf/pdf-metadata.js';
import { samplePdf, warmUpPostProcessing } from '../../src/print-pdf/warm-up.js';
import { qpdfCheckBytes } from '../helpers/qpdf-check.js';

const META = { title: 'T', author: 'A', subject: 'S', lang: 'da', isoDate: '2026-01-01' };

describe('the post-processing warm-up', () => {
  it('runs on a valid PDF, before and after the update', () => {
    qpdfCheckBytes(samplePdf(), 'sample.pdf');
    qpdfCheckBytes(setPdfMetadata(samplePdf(), META), 'sample-updated.pdf');
  });

  it('takes every step of the post-processing, so that all of its code is through the JIT before the real print', () => {
    const raw = samplePdf();
    const out = setPdfMetadata(raw, META, { headings: ['Overskrift'], linkTexts: new Map([['https://www.example.dk/', 'Eksempel']]) });
    const update = latin1(out.subarray(raw.length));
    const pdf = new PdfFile(out); // the newest version of each object: the page stream rewritten
    const content = latin1(pdf.streamOf(4).data);
    expect(content).toContain('/Artifact BMC');
    expect(content).toContain('/Subtype /Header');
    expect(content).toContain('/Subtype /Footer');
    expect(update).toContain('/Contents (Eksempel)'); // link text from the HTML
    expect(update).toContain('/Contents (Henvisning til et andet sted i rapporten)');
    expect(update).toContain('/Tabs /S');
    expect(update).toContain('/Title (Overskrift)'); // bookmark from the headings
    expect(update).toContain('/IDTree'); // node ids renamed, a new id tree
    expect(latin1(out)).toContain('/ID (node00000001)');
  });

  it('stops when told to, and never throws', async () => {
    let rounds = 0;
    await warmUpPostProcessing(() => ++rounds > 2, 50);
    expect(rounds).toBeLessThan(6);
    await expect(warmUpPostProcessing(() => false, 1)).resolves.toBeUndefined();
  });
});
