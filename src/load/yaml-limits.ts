import { CST, Lexer } from 'yaml';
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
 * One pass of yaml's lexer (linear, no document built) that stops at the first
 * limit passed. Flow nesting is counted exactly; block nesting by the stack of
 * indentations of the lines with content plus the `- `/`? ` indicators on a
 * line, which never exceeds the real nesting of a valid file.
 */
export function checkYamlLimits(text: string): LimitHit | null {
  let offset = 0;
  let values = 0;
  let flow = 0;
  let blockBase = 0; // the block depth where the outermost flow collection began
  const indents: number[] = [];
  let lineIndicators = 0;
  let atLineStart = true;
  let indent = 0;
  let scalarSource = false;

  const blockDepth = () => indents.length + lineIndicators;

  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (!MARKERS.has(token)) offset += token.length;
    if (scalarSource) {
      // The text of a scalar follows its marker as one token, even across lines.
      scalarSource = false;
      continue;
    }
    const type = CST.tokenType(token);
    if (type === 'newline') {
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (type === 'space') {
      if (atLineStart) indent = token.length - token.lastIndexOf('\n') - 1;
      continue;
    }
    if (type === 'comment' || type === 'doc-mode' || type === 'byte-order-mark') continue;
    if (type === 'flow-error-end') {
      flow = 0;
      continue;
    }
    if (atLineStart && flow === 0) {
      // The first content of a line: it closes the deeper indentations above it.
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      lineIndicators = 0;
    }
    atLineStart = false;
    if (type === 'scalar') scalarSource = true;
    if (type === null || VALUE_TOKENS.has(type)) {
      if (++values > MAX_VALUES) return { offset: start, message: TOO_MANY_VALUES };
    }
    if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind')) lineIndicators++;
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (flow === 0) blockBase = blockDepth();
      flow++;
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    if ((flow === 0 ? blockDepth() : blockBase + flow) > MAX_DEPTH) return { offset: start, message: TOO_DEEP };
  }
  return null;
}
