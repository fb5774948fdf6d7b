import type { YAMLError } from 'yaml';
import { error, type Position, type Problem } from '../problems/problem.js';
import { yamlMessage } from './yaml-messages.js';

/*
 * One YAML mistake (a tab, a line indented one step too far, a missing colon,
 * a quote never closed) makes the parser stumble over many good lines after
 * it. Only the first error is the user's mistake: it alone is reported, at the
 * line to change, with a hint that matches what the line shows, not the
 * parser's guess about the lines it stumbled over.
 */

const KEY_LINE = /^(\s*(?:-\s+)?)([\p{L}\p{N}_]+):(?:\s|$)/u;
const NO_COLON = /^(\s*(?:-\s+)?)([\p{L}_]+) +[^\s:#][^:]*$/u;

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** The nearest key line above, indented about as much (a step off either way), that a misindented key belongs beside. */
function siblingAbove(lines: readonly string[], index: number, indent: number): number {
  for (let i = index - 1; i >= 0 && i >= index - 200; i--) {
    const text = lines[i]!;
    if (!KEY_LINE.test(text)) continue;
    const d = indentOf(text) - indent;
    if (d !== 0 && Math.abs(d) <= 2) return i;
    if (d < -2) return -1;
  }
  return -1;
}

/** The first value that opens a quote and does not close it on its line, at or before `lastLine`. */
function unclosedQuote(lines: readonly string[], lastLine: number): Position | null {
  for (let i = Math.min(lastLine, lines.length - 1); i >= 0; i--) {
    const m = /^(\s*(?:-\s+)?(?:[^\s:#"'][^:#]*:\s+)?)(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const rest = m[3]!;
    const closed = m[2] === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.includes("'");
    if (!closed) return { line: i + 1, col: m[1]!.length + 1 };
  }
  return null;
}

function hint(text: string, first: YAMLError, at: (offset: number) => Position): { at: Position; message: string } {
  const lines = text.split('\n');
  const pos = at(first.pos[0]);
  const index = pos.line - 1;
  const line = lines[index] ?? '';
  const tab = /^[ ]*\t/.exec(line);
  if (tab) return { at: { line: pos.line, col: tab[0].length }, message: yamlMessage('TAB_AS_INDENT') };
  if (first.message.includes('Missing closing') && first.message.includes('quote')) {
    const open = unclosedQuote(lines, index);
    if (open) {
      return { at: open, message: 'YAML-syntaksfejl: anførselstegnet her lukkes aldrig; sæt det samme anførselstegn efter teksten' };
    }
  }
  // A text that starts with [ or { is read as a list or a section.
  const flow = /^(\s*(?:-\s+)?[\p{L}\p{N}_]+:\s+)([[{])/u.exec(line);
  if (flow && (first.code === 'UNEXPECTED_TOKEN' || first.code === 'MISSING_CHAR' || first.code === 'BAD_INDENT')) {
    return {
      at: { line: pos.line, col: flow[1]!.length + 1 },
      message: `YAML-syntaksfejl: teksten begynder med ${flow[2]} og læses derfor som ${flow[2] === '[' ? 'en liste' : 'et afsnit'}; sæt hele teksten i anførselstegn`,
    };
  }
  // A key indented deeper than the key above it, whose value was written on its
  // line: YAML reads the deeper line as more of that value.
  const next = lines[index + 1] ?? '';
  const above = KEY_LINE.exec(line);
  const deeper = KEY_LINE.exec(next);
  if ((first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') && above && deeper && indentOf(next) > indentOf(line)) {
    return {
      at: { line: pos.line + 1, col: deeper[1]!.length + 1 },
      message:
        `YAML-syntaksfejl: ${deeper[2]}: er rykket længere ind end ${above[2]}: på linjen før; ` +
        `ryk ${deeper[2]}: tilbage, så den står lige under ${above[2]}: (kolonne ${above[1]!.length + 1})`,
    };
  }
  for (const i of [index, index - 1]) {
    const m = NO_COLON.exec(lines[i] ?? '');
    if (m && (first.code === 'MISSING_CHAR' || first.code === 'MULTILINE_IMPLICIT_KEY')) {
      const rest = lines[i]!.slice(m[1]!.length + m[2]!.length).trim();
      return {
        at: { line: i + 1, col: m[1]!.length + m[2]!.length + 1 },
        message: `YAML-syntaksfejl: der mangler et kolon efter ${m[2]}; skriv ${m[2]}: ${rest}`,
      };
    }
  }
  if (first.code === 'BAD_INDENT') {
    const key = KEY_LINE.exec(line);
    const sibling = key ? siblingAbove(lines, index, indentOf(line)) : -1;
    const prevKey = sibling >= 0 ? KEY_LINE.exec(lines[sibling]!) : null;
    if (key && prevKey) {
      return {
        at: { line: pos.line, col: key[1]!.length + 1 },
        message:
          `YAML-syntaksfejl: forkert indrykning: ${key[2]}: står i kolonne ${key[1]!.length + 1}, ` +
          `men ${prevKey[2]}: på linje ${sibling + 1} står i kolonne ${prevKey[1]!.length + 1}; ryk den, så nøglerne i samme afsnit står lige under hinanden`,
      };
    }
  }
  return { at: pos, message: yamlMessage(first.code) };
}

/** The one problem to report for the parser's errors: the first, with a hint that fits the line. */
export function syntaxProblems(file: string, text: string, errors: readonly YAMLError[], at: (offset: number) => Position): Problem[] {
  // A key written twice is a mistake of its own, not a stumble: each is reported.
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const others = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (others.length === 0) return duplicates.map((e) => error(file, at(e.pos[0]), yamlMessage(e.code)));
  const first = [...others].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
  const found = hint(text, first, at);
  return [error(file, found.at, found.message)];
}
