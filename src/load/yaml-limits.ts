import { CST } from 'yaml';
import { MAX_DEPTH, MAX_VALUES } from '../limits.js';

/*
 * The limits on a round file's YAML (src/limits.ts), checked before yaml
 * builds a document, so that every shape of input costs time and memory
 * linear in its size.
 */
export { MAX_DEPTH, MAX_VALUES };

export interface LimitHit {
  /** Offset in the text where the limit was passed. */
  offset: number;
  message: string;
}

export const TOO_DEEP = `filen er indlejret for dybt (over ${MAX_DEPTH} niveauer af afsnit og lister); en rundefil bruger under 16`;
export const TOO_MANY_VALUES =
  `filen har for mange værdier (over ${MAX_VALUES}); en rundefil med 3.000 indsatser har omkring 160.000`;

/** Lexer tokens that stand for no text of the source. */
const MARKERS = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END, CST.BOM]);

/** Tokens that are or imply a value of the document. */
const VALUE_TOKENS = new Set<string>([
  'scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar-header', 'alias',
  'flow-map-start', 'flow-seq-start', 'seq-item-ind', 'explicit-key-ind', 'map-value-ind', 'comma',
  'doc-start',
]);

/**
 * Checks the limits token by token as yaml's lexer yields them (parse-yaml.ts
 * feeds the same tokens to the parser: the text is lexed once), and reports
 * the first limit passed. Flow nesting is counted exactly; block nesting by
 * the stack of indentations of the lines with content plus the `- `/`? `
 * indicators on a line, which never exceeds the real nesting of a valid file.
 */
export class YamlLimits {
  #offset = 0;
  #values = 0;
  #flow = 0;
  #blockBase = 0; // the block depth where the outermost flow collection began
  readonly #indents: number[] = [];
  #lineIndicators = 0;
  #atLineStart = true;
  #indent = 0;
  #scalarSource = false;

  #blockDepth(): number {
    return this.#indents.length + this.#lineIndicators;
  }

  /** The next token of the lexer; the limit it passes, if any. */
  step(token: string): LimitHit | null {
    const start = this.#offset;
    if (!MARKERS.has(token)) this.#offset += token.length;
    if (this.#scalarSource) {
      // The text of a scalar follows its marker as one token, even across lines.
      this.#scalarSource = false;
      return null;
    }
    const type = CST.tokenType(token);
    if (type === 'newline') {
      this.#atLineStart = true;
      this.#indent = 0;
      return null;
    }
    if (type === 'space') {
      if (this.#atLineStart) this.#indent = token.length - token.lastIndexOf('\n') - 1;
      return null;
    }
    if (type === 'comment' || type === 'doc-mode' || type === 'byte-order-mark') return null;
    if (type === 'flow-error-end') {
      this.#flow = 0;
      return null;
    }
    const indents = this.#indents;
    if (this.#atLineStart && this.#flow === 0) {
      // The first content of a line: it closes the deeper indentations above it.
      while (indents.length > 0 && indents[indents.length - 1]! >= this.#indent) indents.pop();
      indents.push(this.#indent);
      this.#lineIndicators = 0;
    }
    this.#atLineStart = false;
    if (type === 'scalar') this.#scalarSource = true;
    if (type === null || VALUE_TOKENS.has(type)) {
      if (++this.#values > MAX_VALUES) return { offset: start, message: TOO_MANY_VALUES };
    }
    if (this.#flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind')) this.#lineIndicators++;
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (this.#flow === 0) this.#blockBase = this.#blockDepth();
      this.#flow++;
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && this.#flow > 0) this.#flow--;
    if ((this.#flow === 0 ? this.#blockDepth() : this.#blockBase + this.#flow) > MAX_DEPTH) return { offset: start, message: TOO_DEEP };
    return null;
  }
}
