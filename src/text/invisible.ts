/**
 * Bidi controls (Arabic letter mark, LRM/RLM, embeddings and overrides,
 * isolates): invisible, and able to reorder the text around them. Shown
 * visibly wherever text from a round file reaches a reader: in the report
 * and in the terminal.
 */
export const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

/**
 * Zero-width characters, the byte order mark and the soft hyphen: invisible
 * in an editor, so a key that holds one looks right and is still unknown.
 */
export const ZERO_WIDTH = '\u00ad\u200b-\u200d\u2060\ufeff';

/** Everything invisible that a key can carry along from Word or a web page. */
export const INVISIBLE_IN_KEYS = `${ZERO_WIDTH}${BIDI_CONTROLS}`;
