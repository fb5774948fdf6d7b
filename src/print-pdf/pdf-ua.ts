import { deflateSync } from 'node:zlib';
import { ContentParseError } from './content-stream.js';
import { artifactInsertions, type Insertion } from './mark-artifacts.js';
import { decodePdfString, pdfTextString } from './pdf-strings.js';
import { arrayItems, dictGet, latin1, parseRef, PdfParseError, type DictEntries, type PdfFile, type Ref } from './pdf-structure.js';
import { normaliseHref } from './link-texts.js';

/*
 * What PDF/UA-1 asks of the pages beyond what Chromium writes: every page's
 * unmarked drawing (background, running header and footer) marked as an
 * artifact, a description (/Contents) on every link annotation, and /Tabs /S
 * on every page with annotations. The changed objects keep their numbers and
 * go into the incremental update; Chromium's bytes stay as they were.
 */

export interface ChangedObject {
  ref: Ref;
  /** The object's new body (a dictionary), latin1. */
  body: string;
  /** For a stream: its data, written after the dictionary between "stream" and "endstream" (kept binary, never a string). */
  stream?: Uint8Array;
}

/** Text the report's HTML knows: link text by target. */
export interface UaFacts {
  linkTexts: ReadonlyMap<string, string>;
}

/** The margin (20 mm) within which text is a running header or footer. */
const MARGIN_PT = (20 / 25.4) * 72;

export function dictBody(entries: DictEntries): string {
  return `<<${entries.map(([k, v]) => `/${k} ${v}`).join('\n')}>>`;
}

function refs(pdf: PdfFile, raw: string | undefined): Ref[] {
  if (raw === undefined) return [];
  const direct = parseRef(raw);
  if (direct && !raw.trim().startsWith('[')) {
    // An indirect array of references, or one reference to a stream.
    const at = pdf.offsetOf(direct.num);
    if (at !== undefined && /^\s*\d+\s+\d+\s+obj\s*\[/.test(pdf.text.slice(at, at + 40))) {
      return arrayItems(pdf.text.slice(pdf.text.indexOf('[', at))).flatMap((v) => parseRef(v) ?? []);
    }
    return [direct];
  }
  return arrayItems(raw).flatMap((v) => parseRef(v) ?? []);
}

/** The page objects in order, from the catalog's page tree. */
export function pageRefs(pdf: PdfFile): Ref[] {
  const pages: Ref[] = [];
  const seen = new Set<number>();
  const visit = (ref: Ref, depth: number) => {
    if (seen.has(ref.num) || depth > 64) throw new PdfParseError('løkke i sidetræet');
    seen.add(ref.num);
    const entries = pdf.dictOf(ref.num).entries;
    if (dictGet(entries, 'Type')?.trim() === '/Page') pages.push(ref);
    else for (const kid of arrayItems(dictGet(entries, 'Kids') ?? '[]')) visit(parseRef(kid)!, depth + 1);
  };
  const root = parseRef(dictGet(pdf.dictOf(pdf.trailer.root.num).entries, 'Pages'));
  if (!root) throw new PdfParseError('katalog uden /Pages');
  visit(root, 0);
  return pages;
}

function pageHeight(entries: DictEntries): number {
  const box = arrayItems(dictGet(entries, 'MediaBox') ?? '[0 0 595 842]').map(Number);
  return (box[3] ?? 842) - (box[1] ?? 0);
}

/** The name's text: "#xx" escapes are bytes of UTF-8. */
function nameText(raw: string): string {
  const bytes = Buffer.from(raw.replace(/^\//, '').replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  return bytes.toString('utf8');
}

/** A link's description: its text in the HTML, else where it goes. */
function linkDescription(entries: DictEntries, facts: UaFacts): string {
  const action = dictGet(entries, 'A');
  const uriRaw = action?.startsWith('<<') ? /\/URI\s*(\((?:\\.|[^\\)])*\)|<[0-9a-fA-F\s]*>)/.exec(action)?.[1] : undefined;
  if (uriRaw !== undefined) {
    const uri = decodePdfString(uriRaw);
    return facts.linkTexts.get(normaliseHref(uri)) ?? uri;
  }
  const dest = dictGet(entries, 'Dest') ?? (action ? /\/D\s*(\/[^\s/<>[\]()]+|\([^)]*\))/.exec(action)?.[1] : undefined);
  const name = dest === undefined ? undefined : dest.startsWith('/') ? nameText(dest) : dest.startsWith('(') || dest.startsWith('<') ? decodePdfString(dest) : undefined;
  return (name !== undefined ? facts.linkTexts.get(`#${name}`) : undefined) ?? 'Henvisning til et andet sted i rapporten';
}

/*
 * zlib level 4: on the 67-page report half the time of the default level 6
 * for 14 % more bytes in the rewritten page streams. Synchronous on purpose:
 * zlib's async API on libuv's pool took less of this thread's CPU but 10-13 %
 * more wall time on the 2-core machine (its four pool threads compete with
 * this one; bench/README.md).
 */
const DEFLATE_LEVEL = 4;

function contentChange(pdf: PdfFile, ref: Ref, height: number): ChangedObject | null {
  const stream = pdf.streamOf(ref.num);
  let insertions: Insertion[];
  try {
    insertions = artifactInsertions(latin1(stream.data), { pageHeight: height, marginPt: MARGIN_PT });
  } catch (e) {
    if (e instanceof ContentParseError) return null; // left as Chromium wrote it; the checker would say so
    throw e;
  }
  if (insertions.length === 0) return null;
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const ins of insertions) {
    pieces.push(stream.data.subarray(at, ins.at), Buffer.from(ins.text, 'latin1'));
    at = ins.at;
  }
  pieces.push(stream.data.subarray(at));
  const entries = stream.entries.filter(([k]) => k !== 'Length' && k !== 'Filter' && k !== 'DecodeParms');
  const data = deflateSync(Buffer.concat(pieces), { level: DEFLATE_LEVEL });
  return { ref, body: dictBody([...entries, ['Filter', '/FlateDecode'], ['Length', String(data.length)]]), stream: data };
}

/** The pages' changed content streams, link annotations and page dictionaries, in page order. */
export function accessibilityChanges(pdf: PdfFile, facts: UaFacts): ChangedObject[] {
  const changes: ChangedObject[] = [];
  for (const page of pageRefs(pdf)) {
    const entries = pdf.dictOf(page.num).entries;
    for (const content of refs(pdf, dictGet(entries, 'Contents'))) {
      const change = contentChange(pdf, content, pageHeight(entries));
      if (change) changes.push(change);
    }
    const annots = refs(pdf, dictGet(entries, 'Annots'));
    for (const annot of annots) {
      const a = pdf.dictOf(annot.num).entries;
      if (dictGet(a, 'Subtype')?.trim() !== '/Link' || dictGet(a, 'Contents') !== undefined) continue;
      changes.push({ ref: annot, body: dictBody([...a, ['Contents', pdfTextString(linkDescription(a, facts))]]) });
    }
    if (annots.length > 0 && dictGet(entries, 'Tabs')?.trim() !== '/S') {
      changes.push({ ref: page, body: dictBody([...entries.filter(([k]) => k !== 'Tabs'), ['Tabs', '/S']]) });
    }
  }
  return changes;
}
