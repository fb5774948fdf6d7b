import { readdirSync, readFileSync } from 'node:fs';
import type Handlebars from 'handlebars';

/*
 * The report's Handlebars templates: templates/report.hbs, and every other
 * .hbs there as a partial named after its file. Compiled here at run time
 * (tests, tsc's dist/); the bundled CLI replaces this module with the same
 * templates precompiled when it is built (scripts/bundle.mjs), because
 * compiling them cost ≈ 80 ms of CPU on every render, the largest single
 * step of `render --format html` after loading and parsing.
 */

export const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);
export const MAIN_TEMPLATE = 'report.hbs';
/** The options both paths compile with (partials inherit them from the template that includes them). */
export const COMPILE_OPTIONS = { knownHelpersOnly: false, preventIndent: true } as const;

export function partialFiles(files: readonly string[]): string[] {
  return files.filter((f) => f.endsWith('.hbs') && f !== MAIN_TEMPLATE).sort();
}

/** Registers the partials on `hb` and returns the main template. */
export function loadTemplates(hb: typeof Handlebars): Handlebars.TemplateDelegate<unknown> {
  const read = (name: string) => readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');
  for (const file of partialFiles(readdirSync(TEMPLATE_DIR))) hb.registerPartial(file.slice(0, -'.hbs'.length), read(file));
  return hb.compile(read(MAIN_TEMPLATE), COMPILE_OPTIONS);
}
