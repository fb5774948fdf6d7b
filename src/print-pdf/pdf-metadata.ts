import { createHash } from 'node:crypto';
import { pdfDate } from './pdf-dates.js';
import { decodePdfString, pdfTextString } from './pdf-strings.js';
import { accessibilityChanges, dictBody, type UaFacts } from './pdf-ua.js';
import { xmpPacket } from './xmp.js';
import type { PdfMeta } from '../pipeline/render.js';
import { arrayItems, dictGet, dictRegions, parseRef, PdfFile, PdfParseError, type DictEntries, type Ref } from './pdf-structure.js';

/*
 * Sets the PDF's title, author, subject, language and dates by appending an
 * incremental update (a new Info dictionary, a new version of the catalog
 * with /Lang, a cross-reference section and a trailer with a deterministic
 * /ID). The bytes Chromium wrote stay as they were, so the structure tree
 * (tagging) and outline survive; only Chromium's own clock readings in its
 * Info dictionary are overwritten in place, with text of the same length,
 * so that the same input gives the same bytes.
 */

/** What the PDF's metadata says: the report's PdfMeta without the page header. isoDate may have a time part. */
export type PdfMetadata = Omit<PdfMeta, 'headerTitle'>;

export const PRODUCER = 'opfolgning (Chromium)';

export { decodePdfString, pdfDate, pdfTextString };

/** Overwrites every `(D:…)` date in Chromium's Info dictionary with `date`, keeping the length. */
function freezeOriginalDates(out: Buffer, pdf: PdfFile, date: string): void {
  const info = pdf.trailer.info;
  if (!info) return;
  let span: { start: number; end: number } | undefined;
  try {
    span = pdf.dictOf(info.num).span;
  } catch {
    return;
  }
  if (!span) return; // inside a compressed object stream: leave it; the update supersedes it
  const text = pdf.text.slice(span.start, span.end);
  for (const m of text.matchAll(/\(D:[^)]*\)/g)) {
    const old = m[0];
    let replacement = `(${date})`;
    if (replacement.length > old.length) replacement = `(${date.slice(0, old.length - 2)})`;
    replacement = replacement.padEnd(old.length, ' ');
    out.write(replacement, span.start + m.index, 'latin1');
  }
}

const isRegexSpace = (c: string) => /\s/.test(c);

/**
 * Every "(node<digits>)" inside a directly stored object's dictionary, in
 * file order: where the name starts, and whether it is an /ID (rather than
 * a /Headers entry). One indexOf pass over the file, matched against the
 * sorted dictionary spans, rather than a regular expression per dictionary
 * (a tagged report has thousands).
 */
function nodeIdsInDicts(pdf: PdfFile): Array<{ id: string; at: number; afterId: boolean }> {
  const s = pdf.text;
  const regions = dictRegions(pdf);
  const hits: Array<{ id: string; at: number; afterId: boolean }> = [];
  let r = 0;
  for (let at = s.indexOf('(node'); at >= 0; at = s.indexOf('(node', at + 1)) {
    while (r < regions.length && regions[r]!.end <= at) r++;
    const region = regions[r];
    if (!region || region.start > at) continue;
    let end = at + 5;
    while (end < region.end && s.charCodeAt(end) >= 0x30 && s.charCodeAt(end) <= 0x39) end++;
    if (end === at + 5 || end >= region.end || s[end] !== ')') continue;
    let before = at;
    while (before > region.start && isRegexSpace(s[before - 1]!)) before--;
    const afterId = before - 3 >= region.start && s.startsWith('/ID', before - 3);
    hits.push({ id: s.slice(at + 1, end), at: at + 1, afterId });
    at = end; // matches never overlap: the next starts after this one's ")"
  }
  return hits;
}

/**
 * Chromium names the structure elements that table cells point at (/ID,
 * /Headers) after its internal DOM node ids, which depend on timing. They
 * are renamed in place, same length, in the order the elements appear, and
 * a new, sorted /IDTree is returned for the update (the old one, now
 * unsorted, is no longer referenced).
 */
function normaliseNodeIds(out: Buffer, pdf: PdfFile): { structRoot: Ref; structRootEntries: DictEntries; idTreeNames: Array<[string, string]> } | null {
  try {
    const srRef = parseRef(dictGet(pdf.dictOf(pdf.trailer.root.num).entries, 'StructTreeRoot'));
    if (!srRef) return null;
    const sr = pdf.dictOf(srRef.num);
    const idTreeRef = parseRef(dictGet(sr.entries, 'IDTree'));
    if (!sr.span || !idTreeRef) return null;
    const hits = nodeIdsInDicts(pdf);
    const order: string[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      if (hit.afterId && !seen.has(hit.id)) {
        seen.add(hit.id);
        order.push(hit.id);
      }
    }
    if (order.length === 0) return null;
    const digits = order[0]!.length - 4;
    if (order.some((id) => id.length !== digits + 4) || String(order.length).length > digits) return null;
    const rename = new Map(order.map((id, i) => [id, `node${String(i + 1).padStart(digits, '0')}`]));
    for (const hit of hits) {
      const to = rename.get(hit.id);
      if (to !== undefined) for (let k = 0; k < to.length; k++) out[hit.at + k] = to.charCodeAt(k); // as out.write(…, 'latin1'), without a native call for each of thousands
    }
    const names: Array<[string, string]> = [];
    const oldTree: Array<{ start: number; end: number }> = [];
    const walk = (num: number, depth: number) => {
      if (depth > 32) throw new Error('IDTree for dybt');
      const { entries: d, span } = pdf.dictOf(num);
      if (span) oldTree.push(span);
      const items = arrayItems(dictGet(d, 'Names') ?? '[]');
      for (let k = 0; k + 1 < items.length; k += 2) {
        const key = decodePdfString(items[k]!);
        names.push([rename.get(key) ?? key, items[k + 1]!]);
      }
      for (const kid of arrayItems(dictGet(d, 'Kids') ?? '[]')) {
        const ref = parseRef(kid);
        if (ref) walk(ref.num, depth + 1);
      }
    };
    walk(idTreeRef.num, 0);
    // The old tree, superseded and unsorted under the new names, becomes empty dictionaries (same length).
    for (const span of oldTree) out.write('<<>>'.padEnd(span.end - span.start, ' '), span.start, 'latin1');
    names.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { structRoot: srRef, structRootEntries: sr.entries, idTreeNames: names };
  } catch {
    return null; // an unexpected structure: leave it as Chromium wrote it
  }
}

/**
 * The outline items in reading order (depth first), each with its
 * dictionary, when every one is stored directly; else null.
 */
function outlineItems(pdf: PdfFile): Array<{ ref: Ref; entries: DictEntries }> | null {
  try {
    const outlines = parseRef(dictGet(pdf.dictOf(pdf.trailer.root.num).entries, 'Outlines'));
    if (!outlines) return null;
    const items: Array<{ ref: Ref; entries: DictEntries }> = [];
    const seen = new Set<number>();
    const visit = (first: Ref | undefined, depth: number) => {
      for (let ref = first; ref; ) {
        if (seen.has(ref.num) || depth > 64) throw new Error('løkke i bogmærkerne');
        seen.add(ref.num);
        const entries = pdf.dictOf(ref.num).entries;
        items.push({ ref, entries });
        visit(parseRef(dictGet(entries, 'First')), depth + 1);
        ref = parseRef(dictGet(entries, 'Next'));
      }
    };
    visit(parseRef(dictGet(pdf.dictOf(outlines.num).entries, 'First')), 0);
    return items;
  } catch {
    return null;
  }
}

function xrefTable(entries: Array<{ num: number; offset: number; gen: number }>): string {
  const sorted = [...entries].sort((a, b) => a.num - b.num);
  let out = 'xref\n';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.num === sorted[j]!.num + 1) j++;
    out += `${sorted[i]!.num} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) out += `${String(sorted[k]!.offset).padStart(10, '0')} ${String(sorted[k]!.gen).padStart(5, '0')} n\r\n`;
    i = j + 1;
  }
  return out;
}

/** The parts as buffers: each run of strings joined and encoded as latin1 once. */
function bytesOf(parts: ReadonlyArray<string | Uint8Array>): Uint8Array[] {
  const out: Uint8Array[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length > 0) out.push(Buffer.from(text.join(''), 'latin1'));
    text = [];
  };
  for (const part of parts) {
    if (typeof part === 'string') text.push(part);
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}

/** What the report's HTML says that the PDF should carry. */
export interface DocumentFacts {
  /** The headings' text, for the bookmarks. */
  headings?: readonly string[];
  /** Link text by target, for the link annotations' descriptions. */
  linkTexts?: UaFacts['linkTexts'];
}

/** The page changes PDF/UA needs, or none when the file is shaped unlike Chromium's. */
function pageChanges(pdf: PdfFile, facts: DocumentFacts) {
  try {
    return accessibilityChanges(pdf, { linkTexts: facts.linkTexts ?? new Map() });
  } catch (e) {
    if (e instanceof PdfParseError) return [];
    throw e;
  }
}

/**
 * The PDF with its metadata set: Chromium's bytes (dates frozen) followed by
 * one incremental update. Deterministic: the same input gives the same bytes.
 */
export function setPdfMetadata(input: Uint8Array, meta: PdfMetadata, facts: DocumentFacts = {}): Uint8Array {
  const { headings } = facts;
  const pdf = new PdfFile(input);
  const { trailer } = pdf;
  if (trailer.root.num < 0) throw new Error('PDF uden /Root');
  const date = pdfDate(meta.isoDate);
  const body = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const frozen = Buffer.from(body); // a copy: the caller's bytes are not touched
  freezeOriginalDates(frozen, pdf, date);

  const catalog = pdf.dictOf(trailer.root.num).entries.filter(([k]) => k !== 'Lang' && k !== 'Metadata');
  catalog.push(['Lang', pdfTextString(meta.lang)]);
  const infoEntries: DictEntries = [
    ['Title', pdfTextString(meta.title)],
    ['Author', pdfTextString(meta.author)],
    ['Subject', pdfTextString(meta.subject)],
    ['Creator', pdfTextString('opfolgning')],
    ['Producer', pdfTextString(PRODUCER)],
    ['CreationDate', `(${date})`],
    ['ModDate', `(${date})`],
  ];
  const ids = normaliseNodeIds(frozen, pdf);
  let nextNum = trailer.size;
  const infoNum = nextNum++;
  const idTreeNum = ids ? nextNum++ : -1;
  const metadataNum = nextNum++;
  catalog.push(['Metadata', `${metadataNum} 0 R`]);
  const hash = createHash('md5').update(frozen).update(JSON.stringify(meta)).digest('hex').toUpperCase();
  const id = `[<${hash}> <${hash}>]`;

  // The update's text, latin1, and stream data as it is: runs of text are joined and converted once.
  const parts: Array<string | Uint8Array> = [];
  let offset = frozen.length;
  const sep = frozen[frozen.length - 1] === 0x0a || frozen[frozen.length - 1] === 0x0d ? '' : '\n';
  parts.push(sep);
  offset += sep.length;
  const objects: Array<{ num: number; gen: number; offset: number }> = [];
  const addObject = (num: number, gen: number, text: string, stream?: Uint8Array) => {
    objects.push({ num, gen, offset });
    if (stream) {
      const head = `${num} ${gen} obj\n${text}\nstream\n`;
      parts.push(head, stream, '\nendstream\nendobj\n');
      offset += head.length + stream.length + '\nendstream\nendobj\n'.length;
    } else {
      const chunk = `${num} ${gen} obj\n${text}\nendobj\n`;
      parts.push(chunk);
      offset += chunk.length;
    }
  };
  addObject(trailer.root.num, trailer.root.gen, dictBody(catalog));
  addObject(infoNum, 0, dictBody(infoEntries));
  const xmp = Buffer.from(xmpPacket(meta, PRODUCER), 'utf8');
  addObject(metadataNum, 0, dictBody([['Type', '/Metadata'], ['Subtype', '/XML'], ['Length', String(xmp.length)]]), xmp);
  for (const change of pageChanges(pdf, facts)) addObject(change.ref.num, change.ref.gen, change.body, change.stream);
  // Bookmark titles from the HTML's headings, when they correspond one to one.
  const items = headings ? outlineItems(pdf) : null;
  if (items && headings && items.length === headings.length && items.length > 0) {
    items.forEach((item, k) => {
      const entries = item.entries.map(([key, v]): [string, string] => (key === 'Title' ? [key, pdfTextString(headings[k]!)] : [key, v]));
      addObject(item.ref.num, item.ref.gen, dictBody(entries));
    });
  }
  if (ids) {
    const structRoot = ids.structRootEntries.map(([k, v]): [string, string] => (k === 'IDTree' ? [k, `${idTreeNum} 0 R`] : [k, v]));
    addObject(ids.structRoot.num, ids.structRoot.gen, dictBody(structRoot));
    addObject(idTreeNum, 0, dictBody([['Names', `[${ids.idTreeNames.map(([k, v]) => `${pdfTextString(k)} ${v}`).join(' ')}]`]]));
  }

  const common: DictEntries = [
    ['Root', `${trailer.root.num} ${trailer.root.gen} R`],
    ['Info', `${infoNum} 0 R`],
    ['Prev', String(trailer.startxref)],
    ['ID', id],
  ];
  let tail: Buffer;
  if (trailer.kind === 'table') {
    const xrefAt = offset;
    const text = `${xrefTable(objects)}trailer\n${dictBody([['Size', String(nextNum)], ...common])}\nstartxref\n${xrefAt}\n%%EOF\n`;
    tail = Buffer.concat([...bytesOf(parts), Buffer.from(text, 'latin1')]);
  } else {
    // The original uses a cross-reference stream: so does the update (uncompressed, /W [1 4 2]).
    const xrefNum = nextNum;
    const xrefAt = offset;
    const rows = [...objects, { num: xrefNum, gen: 0, offset: xrefAt }].sort((a, b) => a.num - b.num);
    const data = Buffer.alloc(rows.length * 7);
    rows.forEach((r, k) => {
      data.writeUInt8(1, k * 7);
      data.writeUInt32BE(r.offset, k * 7 + 1);
      data.writeUInt16BE(r.gen, k * 7 + 5);
    });
    const dict = dictBody([
      ['Type', '/XRef'],
      ['Size', String(xrefNum + 1)],
      ['W', '[1 4 2]'],
      ['Index', `[${rows.map((r) => `${r.num} 1`).join(' ')}]`],
      ['Length', String(data.length)],
      ...common,
    ]);
    tail = Buffer.concat([
      ...bytesOf(parts),
      Buffer.from(`${xrefNum} 0 obj\n${dict}\nstream\n`, 'latin1'),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
    ]);
  }
  // One copy into a buffer of its own: the worker thread transfers its ArrayBuffer.
  const out = new Uint8Array(frozen.length + tail.length);
  out.set(frozen);
  out.set(tail, frozen.length);
  return out;
}
