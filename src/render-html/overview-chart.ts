import type { OverviewView, SmileyCounts } from '../view-model/types.js';
import { circle, num } from './svg-paths.js';

/*
 * The overview's stacked bars as inline SVG. Each segment is labelled with
 * its count and filled with a pattern as well as a colour, so the chart reads
 * in black and white; the table beside it carries the same numbers.
 */

type SegmentKey = 'glad' | 'neutral' | 'sur' | 'none';

const SEGMENTS: ReadonlyArray<{ key: SegmentKey; label: string }> = [
  { key: 'glad', label: 'Glad' },
  { key: 'neutral', label: 'Neutral' },
  { key: 'sur', label: 'Sur' },
  { key: 'none', label: 'Ingen' },
];

const BASE: Record<SegmentKey, string> = { glad: '#1f7a3d', neutral: '#f0b323', sur: '#b3261e', none: '#ffffff' };

/*
 * The neutral fill is dotted and the sur fill hatched, drawn as vector
 * shapes in a clipping viewport (an inner <svg>) on the chart's own grid:
 * dots of radius 1 every 6 units, and 2-unit bands every 6 units at 45°, as
 * SVG patterns drew them before. Chromium prints an SVG <pattern> as a
 * raster image the size of the whole chart, one per patterned rectangle: 11
 * images of 494 × 163 pixels in the real round-2 report, and a chart twice
 * as tall with twice as many segments for twice the themes, so the print
 * grew with the square of the themes (bench/README.md).
 */
const SQRT2 = Math.SQRT2;

function dots(x: number, y: number, w: number, h: number): string {
  const d: string[] = [];
  for (let cy = Math.floor((y - 1) / 6) * 6 + 3; cy - 1 < y + h; cy += 6) {
    if (cy + 1 <= y) continue;
    for (let cx = Math.floor((x - 1) / 6) * 6 + 3; cx - 1 < x + w; cx += 6) {
      if (cx + 1 <= x) continue;
      d.push(circle(cx, cy, 1));
    }
  }
  return d.join('');
}

function hatching(x: number, y: number, w: number, h: number): string {
  // Bands where x + y lies in [6√2·k, 6√2·k + 2√2], drawn long enough to cross the rectangle.
  const step = 6 * SQRT2;
  const x0 = x - h - 1;
  const x1 = x + w + h + 1;
  const d: string[] = [];
  for (let k = Math.floor((x + y) / step) - 1; k * step <= x + w + y + h; k++) {
    const c1 = k * step;
    const c2 = c1 + 2 * SQRT2;
    d.push(`M${num(x0)} ${num(c1 - x0)}L${num(x1)} ${num(c1 - x1)}L${num(x1)} ${num(c2 - x1)}L${num(x0)} ${num(c2 - x0)}z`);
  }
  return d.join('');
}

/** A segment or swatch: its colour, its dots or hatching, then its outline. */
function segmentRect(key: SegmentKey, x: number, y: number, w: number, h: number): string {
  const box = `x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"`;
  const outline = `<rect ${box} fill="none" stroke="#1a1a1a" stroke-width="0.6"/>`;
  if (key !== 'neutral' && key !== 'sur') return `<rect ${box} fill="${BASE[key]}" stroke="#1a1a1a" stroke-width="0.6"/>`;
  const marks = key === 'neutral' ? `<path d="${dots(x, y, w, h)}" fill="#1a1a1a"/>` : `<path d="${hatching(x, y, w, h)}" fill="#6e1510"/>`;
  // The inner <svg> clips to the rectangle; its viewBox keeps the chart's coordinates.
  return `<svg ${box} viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}"><rect ${box} fill="${BASE[key]}"/>${marks}</svg>${outline}`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const WIDTH = 720;
const LABEL = 250;
const BAR = 340;
const ROW = 26;
/** Where the row's total stands, right of the numbers moved out of narrow segments. */
const TOTAL_X = WIDTH - 26;

/*
 * A number sits on a white plate of its own, so it reads the same on the
 * green, the dotted and the hatched fills (no stroked halo: Chromium prints
 * paint-order="stroke" text as a Type 3 font, which PDF/UA forbids).
 */
const plateWidth = (n: number) => String(n).length * 5.6 + 6;

function numberPlate(cx: number, y: number, n: number): string {
  const w = plateWidth(n);
  return (
    `<rect x="${(cx - w / 2).toFixed(2)}" y="${y + 6}" width="${w.toFixed(2)}" height="13" rx="2" fill="#ffffff"/>` +
    `<text x="${cx.toFixed(2)}" y="${y + 16}" font-size="10" text-anchor="middle" fill="#1a1a1a">${n}</text>`
  );
}

function bar(y: number, title: string, counts: SmileyCounts, bold: boolean): string {
  const parts: string[] = [
    `<text x="0" y="${y + 16}" font-size="11"${bold ? ' font-weight="700"' : ''}>${esc(truncate(title, 44))}</text>`,
  ];
  const beside: Array<{ key: SegmentKey; n: number }> = [];
  let x = LABEL;
  for (const seg of SEGMENTS) {
    const n = counts[seg.key];
    if (n === 0 || counts.total === 0) continue;
    const w = (n / counts.total) * BAR;
    parts.push(segmentRect(seg.key, x, y + 3, w, ROW - 8));
    // Too narrow for its plate: the number goes beside the bar, after a swatch of the segment's fill.
    if (w >= plateWidth(n) + 4) parts.push(numberPlate(x + w / 2, y, n));
    else beside.push({ key: seg.key, n });
    x += w;
  }
  let bx = LABEL + BAR + 8;
  for (const b of beside) {
    parts.push(segmentRect(b.key, bx, y + 7, 11, 11));
    parts.push(`<text x="${bx + 14}" y="${y + 16}" font-size="10" fill="#1a1a1a">${b.n}</text>`);
    bx += 14 + plateWidth(b.n) + 2;
  }
  parts.push(`<text x="${TOTAL_X}" y="${y + 16}" font-size="10">${counts.total}</text>`);
  return parts.join('');
}

/** The chart as an SVG string; the surrounding figure gives it a caption. */
export function overviewChart(overview: OverviewView): string {
  const rows = [...overview.rows.map((r) => ({ title: r.title, counts: r.counts, bold: false })), { title: 'I alt', counts: overview.total, bold: true }];
  const legendY = rows.length * ROW + 8;
  const height = legendY + 22;
  const legend = SEGMENTS.map((seg, i) => {
    const x = LABEL + i * 95;
    return `${segmentRect(seg.key, x, legendY, 14, 14)}<text x="${x + 19}" y="${legendY + 11}" font-size="10">${seg.label}</text>`;
  }).join('');
  const summary = rows
    .map((r) => `${r.title}: ${r.counts.glad} glade, ${r.counts.neutral} neutrale, ${r.counts.sur} sure, ${r.counts.none} uden smiley`)
    .join('; ');
  return (
    `<svg class="overblik-diagram" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(`Smileys i ${overview.roundLabel} pr. tema. ${summary}`)}" font-family="'Source Sans 3', sans-serif">` +
    rows.map((r, i) => bar(i * ROW, r.title, r.counts, r.bold)).join('') +
    legend +
    '</svg>'
  );
}
