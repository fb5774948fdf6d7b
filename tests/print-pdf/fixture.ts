import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PdfMeta } from '../../src/pipeline/render.js';
import { HAS_PROC, killAll, processesOf } from '../helpers/processes.js';

const require = createRequire(import.meta.url);

/** Source Sans 3 as a data: URL, the way the report inlines its fonts. */
export function fontDataUrl(): string {
  const file = join(require.resolve('@fontsource/source-sans-3/package.json'), '..', 'files', 'source-sans-3-latin-400-normal.woff2');
  return `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
}

export const THEMES = ['Tema 1: Børn og unge', 'Tema 2: Ældre og sundhed'];
export const INITIATIVES = ['Indsats 1.1 Flere pædagoger', 'Indsats 1.2 Bedre skoleveje', 'Indsats 2.1 Træning på plejecentre'];

function table(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>Milepæl ${i + 1}</td><td>Forløber som planlagt – økonomi på plads (${i + 1}).</td><td>Grøn</td></tr>`).join('');
  return `<table><thead><tr><th>Milepæl</th><th>Status</th><th>Smiley</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** A small report: h2 themes, h3 initiatives, long tables with thead, Danish text. */
export function sampleHtml(extraBody = ''): string {
  const [t1, t2] = THEMES;
  const [i1, i2, i3] = INITIATIVES;
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Opfølgning på budgetaftalen</title>
<style>
@font-face { font-family: 'Source Sans 3'; src: url(${fontDataUrl()}) format('woff2'); }
body { font-family: 'Source Sans 3', sans-serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 4px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
h2, h3 { break-after: avoid; }
</style></head>
<body>
<h1>Opfølgning på budgetaftalen – runde 2</h1>
<p>Æbler, øl og ål: en rapport om økonomi og velfærd.</p>
<h2>${t1}</h2>
<h3>${i1}</h3>${table(40)}
<h3>${i2}</h3>${table(10)}
<h2>${t2}</h2>
<h3>${i3}</h3>${table(40)}
${extraBody}
</body></html>`;
}

export const META: PdfMeta = {
  title: 'Opfølgning på Aftale om budget 2019, runde 2',
  author: 'Ballerup Kommune',
  subject: 'Aftale om budget 2019',
  lang: 'da',
  isoDate: '2019-08-01',
  headerTitle: 'Opfølgning på Aftale om budget 2019, runde 2',
};

/** Runs a poppler tool on a file and returns its stdout. */
export function poppler(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/**
 * PIDs of live processes whose command line contains `needle` (a run's own
 * user-data-dir or TMPDIR), and their descendants. Read from /proc, so the
 * tests need no `ps` (Debian's minimal images have none).
 */
export function processesWith(needle: string): number[] {
  return processesOf(needle).filter((p) => p !== process.pid);
}

/** Kills (SIGKILL) whatever still runs with `needle` in its command line: a failed test must not leave Chromium behind. */
export function killAllWith(needle: string): void {
  if (HAS_PROC) killAll(processesWith(needle)); // elsewhere the printer's own close is all the cleanup there is
}
