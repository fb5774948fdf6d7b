import type { OverviewView, SmileyCounts } from '../view-model/types.js';

/*
 * The overview's stacked bars as inline SVG. Each segment is labelled with
 * its count and filled with a pattern as well as a colour, so the chart reads
 * in black and white; the table beside it carries the same numbers.
 */

const SEGMENTS = [
  { key: 'glad', label: 'Glad', fill: '#1f7a3d' },
  { key: 'neutral', label: 'Neutral', fill: 'url(#skravering-neutral)' },
  { key: 'sur', label: 'Sur', fill: 'url(#skravering-sur)' },
  { key: 'none', label: 'Ingen', fill: '#ffffff' },
] as const;

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
  const beside: Array<{ fill: string; n: number }> = [];
  let x = LABEL;
  for (const seg of SEGMENTS) {
    const n = counts[seg.key];
    if (n === 0 || counts.total === 0) continue;
    const w = (n / counts.total) * BAR;
    parts.push(`<rect x="${x.toFixed(2)}" y="${y + 3}" width="${w.toFixed(2)}" height="${ROW - 8}" fill="${seg.fill}" stroke="#1a1a1a" stroke-width="0.6"/>`);
    // Too narrow for its plate: the number goes beside the bar, after a swatch of the segment's fill.
    if (w >= plateWidth(n) + 4) parts.push(numberPlate(x + w / 2, y, n));
    else beside.push({ fill: seg.fill, n });
    x += w;
  }
  let bx = LABEL + BAR + 8;
  for (const b of beside) {
    parts.push(`<rect x="${bx}" y="${y + 7}" width="11" height="11" fill="${b.fill}" stroke="#1a1a1a" stroke-width="0.6"/>`);
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
    return `<rect x="${x}" y="${legendY}" width="14" height="14" fill="${seg.fill}" stroke="#1a1a1a" stroke-width="0.6"/><text x="${x + 19}" y="${legendY + 11}" font-size="10">${seg.label}</text>`;
  }).join('');
  const summary = rows
    .map((r) => `${r.title}: ${r.counts.glad} glade, ${r.counts.neutral} neutrale, ${r.counts.sur} sure, ${r.counts.none} uden smiley`)
    .join('; ');
  return (
    `<svg class="overblik-diagram" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(`Smileys i ${overview.roundLabel} pr. tema. ${summary}`)}" font-family="'Source Sans 3', sans-serif">` +
    '<defs>' +
    '<pattern id="skravering-neutral" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f0b323"/><circle cx="3" cy="3" r="1" fill="#1a1a1a"/></pattern>' +
    '<pattern id="skravering-sur" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#b3261e"/><rect width="2" height="6" fill="#6e1510"/></pattern>' +
    '</defs>' +
    rows.map((r, i) => bar(i * ROW, r.title, r.counts, r.bold)).join('') +
    legend +
    '</svg>'
  );
}
