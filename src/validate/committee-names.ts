import type { LoadedYaml, Path } from '../load/parse-yaml.js';
import { printable } from '../problems/format.js';
import { warning, type Problem } from '../problems/problem.js';
import { editDistance } from './suggest.js';

/*
 * `ansvar.udvalg` decides which committee report an initiative is in, so a
 * misspelt name ("Social og Sundhedsudvalget") silently makes a report of its
 * own. A name that is a near miss of another one — in this file or in the
 * previous round's — is a warning (an error under --strict) at the odd
 * spelling, naming the usual one and where it is written.
 */

export interface CommitteeUse {
  name: string;
  path: Path;
  /** The initiative it is written in, when it has an id. */
  id?: string;
}

/** Every committee name written under an `ansvar:` anywhere in the file, in file order. */
export function committeeUses(value: unknown): CommitteeUse[] {
  const out: CommitteeUse[] = [];
  const walk = (v: unknown, path: Path, depth: number) => {
    if (depth > 40 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      if (key === 'ansvar' && child !== null && typeof child === 'object' && !Array.isArray(child)) {
        const u = (child as Record<string, unknown>).udvalg;
        const base = [...path, 'ansvar', 'udvalg'];
        const ownId = (v as Record<string, unknown>).id;
        const id = typeof ownId === 'string' && ownId !== '' ? { id: ownId } : {};
        if (typeof u === 'string' && u.trim()) out.push({ name: u.trim(), path: base, ...id });
        if (Array.isArray(u)) {
          u.forEach((n, i) => {
            if (typeof n === 'string' && n.trim()) out.push({ name: n.trim(), path: [...base, i], ...id });
          });
        }
      } else walk(child, [...path, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return out;
}

/** Case, hyphens, spaces and punctuation do not tell two committees apart. */
function fold(name: string): string {
  return name.toLocaleLowerCase('da').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Past this many different names, only the folded comparison is made (the pairwise one is quadratic). */
const MAX_NAMES_COMPARED = 200;
const MAX_LENGTH_COMPARED = 120;

/** Two folded names (fold): the same, or at most two edits apart. */
function near(fa: string, fb: string): boolean {
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 8 || Math.max(fa.length, fb.length) > MAX_LENGTH_COMPARED) return false;
  if (Math.abs(fa.length - fb.length) > 2) return false;
  return editDistance(fa, fb) <= 2;
}

interface Side {
  file: string;
  locate: LoadedYaml['locate'];
  uses: CommitteeUse[];
}

export function committeeNameProblems(current: Side, previous: Side | null): Problem[] {
  const count = new Map<string, number>();
  const firstUse = new Map<string, { side: Side; use: CommitteeUse }>();
  // The previous round's spellings first: on a tie they are the established ones.
  for (const side of previous ? [previous, current] : [current]) {
    for (const use of side.uses) {
      count.set(use.name, (count.get(use.name) ?? 0) + 1);
      // Shown where the user is working, this file, when the name is written there too.
      const seen = firstUse.get(use.name);
      if (!seen || (seen.side !== current && side === current)) firstUse.set(use.name, { side, use });
    }
  }
  const names = [...count.keys()];
  const order = new Map(names.map((n, i) => [n, i]));
  // Better: used more often, or as often and written first.
  const better = (a: string, b: string) => count.get(a)! > count.get(b)! || (count.get(a) === count.get(b) && order.get(a)! < order.get(b)!);
  // Each name folded once: the pairwise comparison below would fold it once per pair.
  const folded = new Map(names.map((n) => [n, fold(n)]));
  const byFold = new Map<string, string[]>();
  for (const n of names) {
    const group = byFold.get(folded.get(n)!);
    if (group) group.push(n);
    else byFold.set(folded.get(n)!, [n]);
  }
  const pairwise = names.length <= MAX_NAMES_COMPARED;
  // For each name, the usual spelling it is a near miss of, if any.
  const usual = new Map<string, string>();
  const bestOf = (candidates: string[]) => candidates.reduce<string | null>((b, m) => (b === null || better(m, b) ? m : b), null);
  if (pairwise) {
    for (const n of names) {
      const best = bestOf(names.filter((m) => m !== n && near(folded.get(n)!, folded.get(m)!)));
      if (best !== null && better(best, n)) usual.set(n, best);
    }
  } else {
    for (const group of byFold.values()) {
      const best = bestOf(group)!;
      for (const n of group) if (n !== best) usual.set(n, best);
    }
  }
  const problems: Problem[] = [];
  for (const use of current.uses) {
    const other = usual.get(use.name);
    if (other === undefined) continue;
    const first = firstUse.get(other)!;
    const line = first.side.locate(first.use.path).line;
    const where = first.side === current ? `linje ${line}` : `${first.side.file}:${line}`;
    const times = count.get(other)! > 1 ? `, ${count.get(other)} gange i alt` : '';
    problems.push(
      warning(
        current.file,
        current.locate(use.path),
        printable(
          `udvalget "${use.name}" ligner "${other}" (${where}${times}); skriv udvalg: ${other}, hvis det er samme udvalg – ellers får det sin egen udvalgsrapport`,
        ),
        use.id,
      ),
    );
  }
  return problems;
}
