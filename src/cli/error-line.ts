import type { ChalkInstance } from 'chalk';
import { OpfolgningError } from '../errors.js';

/**
 * The one line (or the message's lines) an error prints: a typed error its
 * Danish message, anything else said as an internal error in one line, never
 * a stack trace.
 */
export function errorLine(e: unknown, colour: ChalkInstance): string {
  if (e instanceof OpfolgningError) return `${colour.red.bold('fejl:')} ${e.message}`;
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `${colour.red.bold('intern fejl:')} ${detail} (dette er en fejl i opfolgning; meld den gerne)`;
}
