import { UsageError } from '../errors.js';
import type { Format } from '../pipeline/render.js';

/*
 * Command-line values become plain, checked values here; nothing of commander
 * reaches the library API.
 */

export function parseRound(value: string): number {
  if (!/^[1-4]$/.test(value.trim())) throw new UsageError(`--round skal være 1, 2, 3 eller 4, ikke "${value}"`);
  return Number(value);
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(`--year skal være et årstal med fire cifre, ikke "${value}"`);
  return Number(value);
}

export function parseFormats(value: string): Format[] {
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => p !== 'html' && p !== 'pdf');
  if (parts.length === 0 || bad.length > 0) {
    throw new UsageError(`--format skal være html, pdf eller html,pdf, ikke "${value}"`);
  }
  return [...new Set(parts)] as Format[];
}

export function parseCommittee(value: string): string {
  const name = value.trim();
  if (!name || /[\u0000-\u001f\u007f]/.test(name)) throw new UsageError('--udvalg skal være navnet på et udvalg');
  return name;
}
