import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * A checker for the machine-checkable clauses of PDF/UA-1 (ISO 14289-1, as
 * the Matterhorn Protocol numbers its failure conditions) that the report
 * must meet. It reads the file with tools that share no code with the
 * writer: qpdf's JSON for the objects, pdf.js for the page content. What it
 * cannot judge (reading order, whether an alternative text is any good, the
 * right tag for a piece of content) needs a person, or veraPDF plus a person:
 * see the README.
 */

export interface Finding {
  /** The ISO 14289-1 clause and the Matterhorn checkpoint ("7.1 / 06-002"), or "issue-11" for the issue's own rules. */
  clause: string;
  message: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

interface QpdfObject {
  value?: Json;
  stream?: { dict: Dict };
}

class Objects {
  readonly map = new Map<string, QpdfObject>();
  readonly trailer: Dict;

  constructor(file: string) {
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 30 })) as {
      qpdf: [unknown, Record<string, QpdfObject>];
    };
    for (const [key, obj] of Object.entries(json.qpdf[1])) this.map.set(key.replace(/^obj:/, ''), obj);
    this.trailer = (this.map.get('trailer')?.value ?? {}) as Dict;
  }

  /** A value with references followed (to a stream's dictionary for a stream). */
  get(v: Json | undefined): Json | undefined {
    for (let hops = 0; typeof v === 'string' && /^\d+ \d+ R$/.test(v) && hops < 8; hops++) {
      const o = this.map.get(v);
      v = o?.value ?? o?.stream?.dict;
    }
    return v;
  }

  dict(v: Json | undefined): Dict | undefined {
    const d = this.get(v);
    return d && typeof d === 'object' && !Array.isArray(d) ? d : undefined;
  }

  /** The dictionaries of an array (or of a single value). */
  dicts(v: Json | undefined): Dict[] {
    return this.array(v)
      .map((item) => this.dict(item))
      .filter((d): d is Dict => d !== undefined);
  }

  array(v: Json | undefined): Json[] {
    const a = this.get(v);
    return Array.isArray(a) ? a : a === undefined || a === null ? [] : [a];
  }
}

/** qpdf writes text strings as "u:…" and binary ones as "b:…" (hex). */
const text = (v: Json | undefined): string => (typeof v === 'string' ? v.replace(/^[ub]:/, '') : '');

const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

interface StructElem {
  type: string;
  dict: Dict;
}

/** The structure elements in document order (depth first), their types role-mapped. */
function structElements(objs: Objects, root: Dict, findings: Finding[]): StructElem[] {
  const roleMap = objs.dict(root['/RoleMap']) ?? {};
  const out: StructElem[] = [];
  const seen = new Set<Dict>();
  const visit = (v: Json | undefined, depth: number) => {
    const d = objs.dict(v);
    if (!d || seen.has(d) || depth > 200) return;
    seen.add(d);
    if (d['/Type'] === '/MCR' || d['/Type'] === '/OBJR') return;
    let type = typeof d['/S'] === 'string' ? (d['/S'] as string).slice(1) : '';
    for (let hops = 0; !STANDARD_TYPES.has(type) && typeof roleMap[`/${type}`] === 'string' && hops < 8; hops++) type = (roleMap[`/${type}`] as string).slice(1);
    if (type !== '') {
      if (!STANDARD_TYPES.has(type)) findings.push({ clause: '7.1 / 02-001', message: `structure type /${type} is neither standard nor role-mapped to one` });
      out.push({ type, dict: d });
    }
    for (const kid of objs.array(d['/K'])) if (typeof kid !== 'number') visit(kid, depth + 1);
  };
  for (const kid of objs.array(root['/K'])) visit(kid, 0);
  return out;
}

/** The attributes of an element (/A may be one dictionary or an array of them with revision numbers). */
function attributes(objs: Objects, elem: Dict): Dict[] {
  return objs.dicts(elem['/A']);
}

const PAINT_OPS = new Set<number>(
  [
    OPS.constructPath,
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintSolidColorImageMask,
    OPS.shadingFill,
  ].filter((op) => op !== undefined),
);

/** 01-005 (content neither tagged nor artifact) and 01-001 (tagged content inside an artifact), per page. */
async function checkContent(bytes: Uint8Array, findings: Finding[]): Promise<string | undefined> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const list = await (await doc.getPage(p)).getOperatorList();
      const stack: Array<{ artifact: boolean; tagged: boolean }> = [];
      let untagged = 0;
      let taggedInArtifact = 0;
      list.fnArray.forEach((fn, i) => {
        const args = list.argsArray[i] as unknown[] | null;
        if (fn === OPS.beginMarkedContent) {
          stack.push({ artifact: (args?.[0] as { name?: string } | undefined)?.name === 'Artifact', tagged: false });
        } else if (fn === OPS.beginMarkedContentProps) {
          stack.push({ artifact: args?.[0] === 'Artifact', tagged: typeof args?.[1] === 'number' });
        } else if (fn === OPS.endMarkedContent) stack.pop();
        else if (PAINT_OPS.has(fn)) {
          const artifact = stack.some((m) => m.artifact);
          const tagged = stack.some((m) => m.tagged);
          if (!artifact && !tagged) untagged++;
          if (artifact && tagged) taggedInArtifact++;
        }
      });
      if (untagged > 0) findings.push({ clause: '7.1 / 01-005', message: `page ${p}: ${untagged} drawing operations are neither tagged nor an artifact` });
      if (taggedInArtifact > 0) findings.push({ clause: '7.1 / 01-004', message: `page ${p}: ${taggedInArtifact} tagged drawing operations inside an artifact` });
    }
    return (await doc.getMetadata()).metadata?.getRaw();
  } finally {
    await doc.destroy();
  }
}

function checkXmp(xmp: string | undefined, findings: Finding[]): void {
  if (!xmp) {
    findings.push({ clause: '7.1 / 06-001', message: 'no XMP metadata stream in the catalog' });
    return;
  }
  if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp)) findings.push({ clause: '5 / 06-002', message: 'XMP has no pdfuaid:part 1' });
  if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>\s*[^<\s][^<]*<\/rdf:li>[\s\S]*?<\/dc:title>/.test(xmp)) findings.push({ clause: '7.1 / 06-003', message: 'XMP has no dc:title' });
  for (const [tag, name] of [
    ['dc:language', 'language'],
    ['dc:creator', 'creator (the municipality)'],
    ['xmp:CreateDate', 'creation date'],
    ['xmp:ModifyDate', 'modification date'],
  ] as const) {
    if (!new RegExp(`<${tag}>[\\s\\S]*?\\S[\\s\\S]*?</${tag}>`).test(xmp)) findings.push({ clause: 'issue-11', message: `XMP has no ${tag} (${name})` });
  }
}

function checkFonts(objs: Objects, findings: Finding[]): void {
  for (const [key, obj] of objs.map) {
    const d = obj.value && typeof obj.value === 'object' && !Array.isArray(obj.value) ? (obj.value as Dict) : undefined;
    if (!d || d['/Type'] !== '/Font') continue;
    const subtype = d['/Subtype'];
    if (subtype === '/Type3') {
      findings.push({ clause: 'issue-11', message: `font ${key} is a Type 3 font` });
      continue;
    }
    if (subtype === '/Type0') {
      // The descendant CIDFont carries the descriptor; the Type 0 font the ToUnicode map.
      if (d['/ToUnicode'] === undefined) findings.push({ clause: '7.21.7', message: `font ${key} has no ToUnicode map` });
      continue;
    }
    const descriptor = objs.dict(d['/FontDescriptor']);
    if (!descriptor || (descriptor['/FontFile'] ?? descriptor['/FontFile2'] ?? descriptor['/FontFile3']) === undefined) {
      findings.push({ clause: '7.21.4.1', message: `font ${key} (${String(d['/BaseFont'])}) is not embedded` });
    }
    if (subtype !== '/CIDFontType0' && subtype !== '/CIDFontType2' && d['/ToUnicode'] === undefined && d['/Encoding'] === undefined) {
      findings.push({ clause: '7.21.7', message: `font ${key} has neither ToUnicode nor an encoding` });
    }
  }
}

function checkStructure(objs: Objects, catalog: Dict, findings: Finding[]): void {
  const root = objs.dict(catalog['/StructTreeRoot']);
  if (!root) {
    findings.push({ clause: '7.1', message: 'no /StructTreeRoot: the document is not tagged' });
    return;
  }
  const elements = structElements(objs, root, findings);
  for (const e of elements) {
    if (e.type === 'Figure' && text(e.dict['/Alt']).trim() === '' && text(e.dict['/ActualText']).trim() === '') {
      findings.push({ clause: '7.3 / 13-004', message: 'a Figure has no /Alt' });
    }
    if (e.type === 'TH') {
      const classMap = objs.dict(root['/ClassMap']) ?? {};
      const classes = objs.array(e.dict['/C']).flatMap((c) => objs.dicts(classMap[String(c)]));
      const scope = [...attributes(objs, e.dict), ...classes].find((a) => a['/O'] === '/Table' && a['/Scope'] !== undefined)?.['/Scope'];
      if (scope !== '/Row' && scope !== '/Column' && scope !== '/Both') findings.push({ clause: '7.5 / 15-003', message: 'a table header cell (TH) has no /Scope' });
    }
  }
  // 14-002 / 14-003: numbered headings start at H1 and never skip a level going down.
  const levels = elements.flatMap((e) => (/^H[1-6]$/.test(e.type) ? [Number(e.type[1])] : []));
  if (levels.length > 0 && levels[0] !== 1) findings.push({ clause: '7.4.2 / 14-002', message: `the first heading is H${levels[0]}, not H1` });
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) findings.push({ clause: '7.4.2 / 14-003', message: `heading H${level} follows H${levels[i - 1]} (heading ${i + 1})` });
  });
}

function checkPages(objs: Objects, catalog: Dict, findings: Finding[]): void {
  const pages: Dict[] = [];
  const visit = (v: Json | undefined, depth: number) => {
    const d = objs.dict(v);
    if (!d || depth > 64) return;
    if (d['/Type'] === '/Page') pages.push(d);
    else for (const kid of objs.array(d['/Kids'])) visit(kid, depth + 1);
  };
  visit(catalog['/Pages'], 0);
  if (pages.length === 0) findings.push({ clause: 'issue-11', message: 'no pages found' });
  pages.forEach((page, i) => {
    const annots = objs.dicts(page['/Annots']);
    if (annots.length > 0 && page['/Tabs'] !== '/S') findings.push({ clause: '7.18.3 / 28-008', message: `page ${i + 1} has annotations but no /Tabs /S` });
    for (const a of annots) {
      if (a['/Subtype'] !== '/Link') continue;
      if (text(a['/Contents']).trim() === '') findings.push({ clause: '7.18.5', message: `page ${i + 1}: a link annotation has no /Contents` });
      if (a['/StructParent'] === undefined) findings.push({ clause: '7.18.1 / 28-011', message: `page ${i + 1}: a link annotation is not in the structure tree` });
    }
  });
}

/** Every failure of the checked clauses in the PDF at `file`; an empty list when it passes. */
export async function checkPdfUa(file: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const objs = new Objects(file);
  const catalog = objs.dict(objs.trailer['/Root']);
  if (!catalog) return [{ clause: 'issue-11', message: 'no catalog' }];
  const markInfo = objs.dict(catalog['/MarkInfo']);
  if (markInfo?.['/Marked'] !== true) findings.push({ clause: '7.1', message: 'the catalog has no /MarkInfo << /Marked true >>' });
  if (text(catalog['/Lang']).trim() === '') findings.push({ clause: '7.2', message: 'the catalog has no /Lang' });
  if (objs.dict(catalog['/ViewerPreferences'])?.['/DisplayDocTitle'] !== true) findings.push({ clause: '7.1 / 07-001', message: 'ViewerPreferences has no /DisplayDocTitle true' });
  const info = objs.dict(objs.trailer['/Info']);
  if (text(info?.['/Title']).trim() === '') findings.push({ clause: '7.1 / 06-003', message: 'the Info dictionary has no /Title' });
  if (catalog['/Metadata'] === undefined) findings.push({ clause: '7.1 / 06-001', message: 'the catalog has no /Metadata' });
  checkStructure(objs, catalog, findings);
  checkPages(objs, catalog, findings);
  checkFonts(objs, findings);
  const xmp = await checkContent(new Uint8Array(readFileSync(file)), findings);
  if (catalog['/Metadata'] !== undefined) checkXmp(xmp, findings);
  return findings;
}
