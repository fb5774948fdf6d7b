/**
 * Bidi controls (Arabic letter mark, LRM/RLM, embeddings and overrides,
 * isolates): invisible, and able to reorder the text around them. Shown
 * visibly wherever text from a round file reaches a reader: in the report
 * and in the terminal.
 */
export const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
