import type { Initiative } from '../validate/schema.js';
import { danishList } from './danish.js';

export function committeesOf(initiative: Initiative): string[] {
  const u = initiative.ansvar.udvalg;
  return (Array.isArray(u) ? u : [u]).map((name) => name.trim());
}

/**
 * The committee line of the report: "A, B samt C". Committee names hold "og"
 * themselves ("Social- og Sundhedsudvalget"), so the municipality joins them
 * with "samt", as the published reports do; the file keeps them as a list,
 * which `--udvalg` needs.
 */
export function committeeLine(initiative: Initiative): string {
  return danishList(committeesOf(initiative), 'samt');
}

/** Two spellings that differ only in case or spacing name the same committee. */
export function committeeKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export function belongsTo(initiative: Initiative, committee: string): boolean {
  return committeesOf(initiative).some((name) => committeeKey(name) === committeeKey(committee));
}

/**
 * `--udvalg` file slug (docs/developers.md): lower case, æ→ae, ø→oe, å→aa, every other run
 * of non-letters → "-". Letters are ASCII a-z after that, so a slug can never
 * hold a path separator, "..", or a control character.
 */
export function committeeSlug(name: string): string {
  const slug = name
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug || 'udvalg';
  // A file name has room for 255 bytes: a longer name is cut, and a tag of
  // letters from a hash of the whole slug keeps two long names apart.
  let h = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 0x01000193) >>> 0;
  const tag = h.toString(16).padStart(8, '0').replace(/[0-9a-f]/g, (d) => String.fromCharCode(97 + parseInt(d, 16)));
  return `${slug.slice(0, MAX_SLUG).replace(/-+$/, '')}-${tag}`;
}

/** Longest slug kept whole; with "runde-N-", ".html" and a temp suffix a name stays far below 255 bytes. */
const MAX_SLUG = 80;
