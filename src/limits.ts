/*
 * Every limit on input and output, in one place, sized together so that a
 * file `check` accepts also renders (SECURITY.md, "Limits", names the test
 * that shows each). A real round file: 137 KB, 90 initiatives, 4,700 YAML
 * values, 10 levels of nesting, a 0.7 MB HTML report of 67 pages.
 */

/** A round file over this is refused unread: room for 3,000+ initiatives. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Levels of mappings and lists; a round file uses under 16. */
export const MAX_DEPTH = 32;

/**
 * YAML values (scalars, collections, aliases and the indicators that imply a
 * value); aliases count every value they stand for. 3,000 real initiatives
 * have about 160,000, so every file under MAX_FILE_BYTES written like a real
 * one fits.
 */
export const MAX_VALUES = 250_000;

/** Problems printed per file; the count line still counts them all. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** `:glad:` and friends in `læsevejledning`: each becomes an inline picture. */
export const MAX_SMILEY_CODES = 500;

/**
 * Initiatives, and themes plus sub-themes, in one file (earlier agreements
 * included): each is a block of the report however short it is written. A
 * 5 MiB file of real initiatives has about 3,450, and 20 themes.
 */
export const MAX_INITIATIVES = 4_000;
export const MAX_SECTIONS = 1_000;

/**
 * The HTML of one report may be at most the fixed part (fonts, styles),
 * HTML_PER_INPUT_BYTE times the round file's size (text grows at most 6 times:
 * `"` becomes `&quot;`), and a block per initiative and per theme or
 * sub-theme (an initiative written in one line still makes 4 KB of table).
 * Every file within the other limits stays under it; 66 MiB at most.
 */
export const HTML_BASE_BYTES = 1024 * 1024;
export const HTML_PER_INPUT_BYTE = 8;
export const HTML_PER_INITIATIVE = 6 * 1024;
export const HTML_PER_SECTION = 1024;

export function maxHtmlBytes(inputBytes: number, initiatives = MAX_INITIATIVES, sections = MAX_SECTIONS): number {
  return HTML_BASE_BYTES + HTML_PER_INPUT_BYTE * inputBytes + HTML_PER_INITIATIVE * initiatives + HTML_PER_SECTION * sections;
}

/**
 * Printing one PDF may take the base print timeout (60 s, or
 * OPFOLGNING_TIMEOUT_MS) plus this (or OPFOLGNING_TIMEOUT_PER_MIB_MS) per MiB
 * of its HTML. Measured: 2,000 initiatives with long texts (4.7 MB of YAML,
 * 9.9 MiB of HTML, 2,055 pages) printed in 655 s on the 2-core machine shared
 * with eight other jobs (load average 30); they get 60 s + 891 s.
 */
export const PRINT_MS_PER_HTML_MIB = 90_000;

export function printTimeoutMs(baseMs: number, htmlLength: number, perMibMs = PRINT_MS_PER_HTML_MIB): number {
  return Math.round(baseMs + (perMibMs * htmlLength) / (1024 * 1024));
}
