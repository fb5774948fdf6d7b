import type { Initiative } from '../validate/schema.js';

export function committeesOf(initiative: Initiative): string[] {
  const u = initiative.ansvar.udvalg;
  return (Array.isArray(u) ? u : [u]).map((name) => name.trim());
}

function fold(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export function belongsTo(initiative: Initiative, committee: string): boolean {
  return committeesOf(initiative).some((name) => fold(name) === fold(committee));
}

/**
 * `--udvalg` file slug (cli.md): lower case, æ→ae, ø→oe, å→aa, every other run
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
  return slug || 'udvalg';
}
