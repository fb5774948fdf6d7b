/*
 * Path data for the report's SVG drawings (smileys, the overview chart).
 * Circles and rounded corners are four cubic Béziers each (control distance
 * r·κ, error 0.03 % of the radius): Skia's PDF output turns an SVG <circle>
 * or rounded <rect> into 32 curve segments, on every smiley of every page.
 */

const KAPPA = 0.5522847498;

/** A coordinate with at most three decimals, and no trailing zeros. */
export const num = (x: number): string => String(Math.round(x * 1000) / 1000);

/** A full circle, drawn from its right-hand point, in relative coordinates after the first. */
export function circle(cx: number, cy: number, r: number): string {
  const k = num(r * KAPPA);
  const d = num(r - r * KAPPA);
  const R = num(r);
  return `M${num(cx + r)} ${num(cy)}c0 ${k}-${d} ${R}-${R} ${R}s-${R}-${d}-${R}-${R} ${d}-${R} ${R}-${R} ${R} ${d} ${R} ${R}z`;
}

/** A square with rounded corners. */
export function roundedSquare(x: number, y: number, size: number, r: number): string {
  const k = r * KAPPA;
  const e = x + size;
  const b = y + size;
  return (
    `M${num(x + r)} ${num(y)}H${num(e - r)}C${num(e - r + k)} ${num(y)} ${num(e)} ${num(y + r - k)} ${num(e)} ${num(y + r)}` +
    `V${num(b - r)}C${num(e)} ${num(b - r + k)} ${num(e - r + k)} ${num(b)} ${num(e - r)} ${num(b)}` +
    `H${num(x + r)}C${num(x + r - k)} ${num(b)} ${num(x)} ${num(b - r + k)} ${num(x)} ${num(b - r)}` +
    `V${num(y + r)}C${num(x)} ${num(y + r - k)} ${num(x + r - k)} ${num(y)} ${num(x + r)} ${num(y)}Z`
  );
}
