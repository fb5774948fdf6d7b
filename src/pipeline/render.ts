import { stat } from 'node:fs/promises';
import { writeFileAtomic } from '../output/atomic-write.js';
import type { OutputFileSystem } from '../output/file-system.js';
import { LockedFileError, lockedFilesError } from '../output/locked-files.js';
import { assertHtmlSize } from '../render-html/html-limit.js';
import { renderReport } from '../render-html/render-report.js';
import { buildView } from '../view-model/build-view.js';
import type { ReportView } from '../view-model/types.js';
import { check, type CheckResult, type Selection } from './check.js';
import { planDocuments } from './documents.js';

export type Format = 'html' | 'pdf';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  isoDate: string;
  headerTitle: string;
}

/** What render needs of a browser: the print-pdf module provides it. */
export interface PdfPrinter {
  print(html: string, meta: PdfMeta): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface RenderOptions extends Selection {
  outDir: string;
  formats: readonly Format[];
  /** Only this committee's initiatives. */
  committee?: string;
  /** With every round: also one report per committee. */
  perCommittee?: boolean;
  strict?: boolean;
  /** Starts the browser; called first, so it launches while the YAML is read. */
  startPrinter?: () => PdfPrinter;
  /** PDFs printed at once (two cores saturate at two). */
  parallel?: number;
  /** Called once the data is checked, before anything is rendered: problems are shown first. */
  onChecked?: (result: CheckResult) => void;
  /** How many files this run will write, once that is known. */
  onPlanned?: (files: number) => void;
  onDocument?: (done: RenderedDocument) => void;
  /** Where the files are written; the real file system unless a test injects a failing call. */
  fileSystem?: OutputFileSystem;
  /** A committee report not written because it would be the whole report, byte for byte. */
  onSameAsWhole?: (skipped: { path: string; whole: string }) => void;
}

export interface RenderedDocument {
  path: string;
  format: Format;
  pages?: number;
  ms: number;
}

export interface RenderResult {
  check: CheckResult;
  documents: RenderedDocument[];
}

export function pdfMeta(view: ReportView): PdfMeta {
  return { title: view.title, author: view.author, subject: view.subject, lang: view.lang, isoDate: view.isoDate, headerTitle: view.title };
}

export function countPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * check → view → HTML → PDF. Nothing is rendered when the data is invalid;
 * every file is written atomically; the browser is closed whatever happens.
 * A file that another program holds open does not cost the others: every
 * other document is written, then the locked ones fail the run (exit 3).
 */
export async function render(options: RenderOptions): Promise<RenderResult> {
  const printer = options.formats.includes('pdf') && options.startPrinter ? options.startPrinter() : null;
  try {
    const checked = await check(options);
    options.onChecked?.(checked);
    if (!checked.ok) return { check: checked, documents: [] };
    const plans = planDocuments(
      checked.rounds.map((r) => r.applied!),
      options.outDir,
      { ...(options.committee === undefined ? {} : { committee: options.committee }), perCommittee: options.perCommittee ?? false },
    );
    const documents: RenderedDocument[] = [];
    const done = (d: RenderedDocument) => {
      documents.push(d);
      options.onDocument?.(d);
    };
    const locked: LockedFileError[] = [];
    /** False when another program holds the file: the run goes on, and fails at its end. */
    const written = async (path: string, data: string | Uint8Array): Promise<boolean> => {
      try {
        await writeFileAtomic(path, data, { root: options.outDir, ...(options.fileSystem === undefined ? {} : { fs: options.fileSystem }) });
        return true;
      } catch (e) {
        if (!(e instanceof LockedFileError)) throw e;
        locked.push(e);
        return false;
      }
    };
    const sources = new Map(checked.rounds.map((r) => [r.applied, r.ref]));
    const sizes = new Map<string, number>();
    for (const ref of sources.values()) sizes.set(ref.path, (await stat(ref.path).catch(() => ({ size: 0 }))).size);
    const all = plans.map((plan) => {
      const started = performance.now();
      const view = buildView(plan.round, { committee: plan.committee });
      const html = renderReport(view);
      const ref = sources.get(plan.round);
      if (ref) assertHtmlSize(ref.display, sizes.get(ref.path) ?? 0, plan.round, html);
      return { plan, view, html, ms: performance.now() - started };
    });
    // With every committee's report (--all), one that holds every initiative of
    // a report for that committee is the whole report again: not written twice.
    const wholeOf = new Map(all.filter((r) => r.plan.committee === null).map((r) => [r.plan.round, r]));
    const rendered = all.filter((r) => {
      const whole = wholeOf.get(r.plan.round);
      if (!options.perCommittee || r.plan.committee === null || !whole || whole.html !== r.html) return true;
      options.onSameAsWhole?.({ path: r.plan.basePath, whole: whole.plan.basePath });
      return false;
    });
    options.onPlanned?.(rendered.length * ((options.formats.includes('html') ? 1 : 0) + (printer ? 1 : 0)));
    if (options.formats.includes('html')) {
      for (const r of rendered) {
        const started = performance.now();
        if (!(await written(`${r.plan.basePath}.html`, r.html))) continue;
        done({ path: `${r.plan.basePath}.html`, format: 'html', ms: r.ms + performance.now() - started });
      }
    }
    if (printer) {
      // Longest first: the big report starts at once and the small ones fill the other page.
      const byLength = [...rendered].sort((a, b) => b.html.length - a.html.length);
      await eachLimited(byLength, options.parallel ?? 2, async (r) => {
        const started = performance.now();
        const pdf = await printer.print(r.html, pdfMeta(r.view));
        if (!(await written(`${r.plan.basePath}.pdf`, pdf))) return;
        done({ path: `${r.plan.basePath}.pdf`, format: 'pdf', pages: countPages(pdf), ms: performance.now() - started });
      });
    }
    if (locked.length > 0) throw lockedFilesError(locked);
    return { check: checked, documents };
  } finally {
    await printer?.close();
  }
}
