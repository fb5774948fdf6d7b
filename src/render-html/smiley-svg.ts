import type { SmileyView } from '../view-model/types.js';
import { circle, roundedSquare } from './svg-paths.js';

/*
 * The smileys as inline SVG: never emoji or font glyphs, which print as empty
 * boxes on a machine without an emoji font. The three faces differ in outline
 * (circle, rounded square, octagon) and mouth as well as colour, so they
 * survive black-and-white printing and colour blindness.
 */

// Three paths per symbol, with no groups: a smaller shadow tree for each <use>.
const FACE: Record<SmileyView['value'], { outline: string; fill: string; ink: string; mouth: string }> = {
  glad: { outline: circle(12, 12, 10.5), fill: '#1f7a3d', ink: '#ffffff', mouth: 'M7 13.5q5 5 10 0' },
  neutral: { outline: roundedSquare(1.5, 1.5, 21, 5), fill: '#f0b323', ink: '#1a1a1a', mouth: 'M7.5 15.5h9' },
  sur: { outline: 'M7.6 1.5h8.8l6.1 6.1v8.8l-6.1 6.1H7.6l-6.1-6.1V7.6z', fill: '#b3261e', ink: '#ffffff', mouth: 'M7 17.5q5-5 10 0' },
};

const EYES = `${circle(8.5, 9.5, 1.5)}${circle(15.5, 9.5, 1.5)}`;

// The carried-forward mark: a small arrow badge in the lower right corner.
const CARRIED_MARK =
  `<path d="${circle(20.5, 20.5, 4.6)}" fill="#ffffff" stroke="#1a1a1a" stroke-width="1"/>` +
  '<path d="M18 20.5h4.2m-1.8-2 2 2-2 2" fill="none" stroke="#1a1a1a" stroke-width="1.2" stroke-linecap="round" stroke-linejoin="round"/>';

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The faces, drawn once per document as symbols; every smiley is a <use> of
 * one. A report has about a thousand smileys, and Chromium lays out and
 * prints the referenced form about twice as fast as a thousand full drawings.
 */
export function smileySymbols(): string {
  const faces = (Object.keys(FACE) as SmileyView['value'][])
    .map((value) => {
      const face = FACE[value];
      return (
        `<symbol id="smiley-${value}" viewBox="0 0 24 24">` +
        `<path d="${face.outline}" fill="${face.fill}" stroke="#1a1a1a" stroke-width="0.8"/>` +
        `<path d="${EYES}" fill="${face.ink}"/>` +
        `<path d="${face.mouth}" fill="none" stroke="${face.ink}" stroke-width="1.8" stroke-linecap="round"/></symbol>`
      );
    })
    .join('');
  return (
    '<svg class="smiley-symboler" aria-hidden="true" focusable="false" width="0" height="0">' +
    `${faces}<symbol id="smiley-viderefoert" viewBox="0 0 26 26">${CARRIED_MARK}</symbol></svg>`
  );
}

export type SmileySize = 'cell' | 'inline' | 'small';

/** One smiley face, a reference to its symbol; `label` is its text alternative. */
export function smileySvg(smiley: SmileyView, size: SmileySize = 'cell'): string {
  const label = escapeAttr(smiley.label);
  // The carried mark pokes out of the face's box (overflow: visible) so the face is as big as any other.
  return (
    `<svg class="smiley smiley-${size}" viewBox="0 0 24 24" role="img" aria-label="${label}" focusable="false"${smiley.carried ? ' overflow="visible"' : ''}>` +
    `<use href="#smiley-${smiley.value}" width="24" height="24"/>` +
    (smiley.carried ? '<use href="#smiley-viderefoert" width="26" height="26"/>' : '') +
    '</svg>'
  );
}
