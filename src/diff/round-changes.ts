import { allInitiatives, type AppliedInitiative, type AppliedRound } from '../apply-rules/apply-round.js';
import type { EffectiveCell } from '../apply-rules/effective-smileys.js';
import type { EconomySmiley, MilestoneSmiley } from '../validate/schema.js';

/*
 * The semantic change log between two valid round files, as data: per
 * initiative, in a stable order (current agreement first, in file order, then
 * the earlier agreements), the changes that matter to a reader of the report.
 */

export interface SmileyState {
  smiley: MilestoneSmiley | EconomySmiley | null;
  /** Carried forward by the rule ("videreført") rather than written. */
  carried: boolean;
}

export type TextField =
  | 'titel'
  | 'undertema'
  | 'beskrivelse'
  | 'center'
  | 'udvalg'
  | 'bidragsyder'
  | 'bemærkning'
  | 'milepæl'
  | 'status'
  | 'rettet'
  | 'økonomi'
  | 'økonomi-status'
  | 'seneste_status';

export type Change =
  | { kind: 'added' }
  | { kind: 'removed' }
  | { kind: 'smiley'; round: number; from: SmileyState; to: SmileyState; history: boolean }
  | { kind: 'economy-smiley'; from: SmileyState; to: SmileyState }
  | { kind: 'text'; field: TextField; round?: number; from: string | null; to: string | null; history?: boolean };

/** A change to the report as a whole: its date, case number, contact, own title. */
export interface FileChange {
  field: 'dato' | 'sagsid' | 'modtager' | 'kontakt' | 'titel';
  from: string | null;
  to: string | null;
}

export interface InitiativeChanges {
  id: string;
  title: string;
  /** null for the agreement being followed up; the earlier agreement's name otherwise. */
  earlierAgreement: string | null;
  changes: Change[];
}

interface Entry {
  key: string;
  item: AppliedInitiative;
  agreement: string | null;
}

function entries(round: AppliedRound): Entry[] {
  const names = new Map<AppliedInitiative, string>();
  for (const a of round.earlier) for (const t of a.themes) for (const i of t.initiatives) names.set(i, a.agreement);
  return allInitiatives(round).map((item) => {
    const agreement = item.current ? null : (names.get(item) ?? String(item.agreementYear));
    return { key: `${agreement ?? ''}\u0000${item.initiative.id}`, item, agreement };
  });
}

/**
 * The newer file's order, with each removed initiative placed after the
 * initiative it followed in the older file (or first when none did).
 */
function mergedOrder(older: Entry[], newer: Entry[]): { key: string; old?: Entry; new?: Entry }[] {
  const oldByKey = new Map(older.map((e) => [e.key, e]));
  const newKeys = new Set(newer.map((e) => e.key));
  const rows: { key: string; old?: Entry; new?: Entry }[] = newer.map((e) => {
    const old = oldByKey.get(e.key);
    return old ? { key: e.key, old, new: e } : { key: e.key, new: e };
  });
  let anchor = -1; // index in rows after which the next removed entry goes
  for (const e of older) {
    if (newKeys.has(e.key)) {
      anchor = rows.findIndex((r) => r.key === e.key);
    } else {
      rows.splice(anchor + 1, 0, { key: e.key, old: e });
      anchor++;
    }
  }
  // Earlier agreements always come after the current agreement.
  return [...rows.filter((r) => (r.new ?? r.old)!.agreement === null), ...rows.filter((r) => (r.new ?? r.old)!.agreement !== null)];
}

/** Between the sub-theme headings of an initiative in the change log: "3.2. … › 3.2.2. …". */
const SUBTHEME_SEPARATOR = ' › ';

function state(cell: EffectiveCell | undefined): SmileyState {
  return { smiley: cell?.smiley ?? null, carried: cell?.source === 'videreført' };
}

function sameState(a: SmileyState, b: SmileyState): boolean {
  return a.smiley === b.smiley && a.carried === b.carried;
}

function text(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

function textChange(
  field: TextField,
  from: string | null | undefined,
  to: string | null | undefined,
  round?: number,
  history = false,
): Change[] {
  const a = text(from);
  const b = text(to);
  if (a === b) return [];
  return [{ kind: 'text', field, ...(round === undefined ? {} : { round }), from: a, to: b, ...(history ? { history } : {}) }];
}

function names(udvalg: string | readonly string[]): string {
  return (Array.isArray(udvalg) ? udvalg : [udvalg]).join(', ');
}

function initiativeChanges(old: AppliedInitiative, now: AppliedInitiative, olderRound: number, newerRound: number): Change[] {
  const changes: Change[] = [];
  const [was, is] = [old.initiative, now.initiative];
  changes.push(...textChange('titel', was.titel, is.titel));
  // Moved to another sub-theme, or its sub-theme renamed: the headings it stands under.
  changes.push(...textChange('undertema', old.subthemes.join(SUBTHEME_SEPARATOR), now.subthemes.join(SUBTHEME_SEPARATOR)));
  changes.push(...textChange('beskrivelse', was.beskrivelse, is.beskrivelse));
  changes.push(...textChange('center', was.ansvar.center, is.ansvar.center));
  changes.push(...textChange('udvalg', names(was.ansvar.udvalg), names(is.ansvar.udvalg)));
  changes.push(...textChange('bidragsyder', was.ansvar.bidragsyder, is.ansvar.bidragsyder));
  changes.push(...textChange('bemærkning', was.ansvar.bemærkning, is.ansvar.bemærkning));
  for (let round = 1; round <= 4; round++) {
    // A round already published in the older file, which the newer one records differently.
    const published = round < newerRound && round <= olderRound;
    const from = state(old.cells[round - 1]);
    const to = state(now.cells[round - 1]);
    if (!sameState(from, to)) {
      changes.push({ kind: 'smiley', round, from, to, history: published && from.smiley !== to.smiley });
    }
    const key = String(round) as '1';
    const a = was.milepæle?.[key];
    const b = is.milepæle?.[key];
    changes.push(...textChange('milepæl', a?.tekst, b?.tekst, round, published));
    changes.push(...textChange('status', a?.status, b?.status, round, published));
    // The note that acknowledges a changed history is itself no change of history.
    changes.push(...textChange('rettet', a?.rettet, b?.rettet, round));
  }
  const ea = old.initiative.økonomi;
  const eb = now.initiative.økonomi;
  const economyFrom: SmileyState = { smiley: ea.smiley ?? null, carried: false };
  const economyTo: SmileyState = { smiley: eb.smiley ?? null, carried: false };
  if (!sameState(economyFrom, economyTo)) changes.push({ kind: 'economy-smiley', from: economyFrom, to: economyTo });
  changes.push(...textChange('økonomi', ea.tekst, eb.tekst));
  changes.push(...textChange('økonomi-status', ea.status, eb.status));
  changes.push(...textChange('seneste_status', old.initiative.seneste_status, now.initiative.seneste_status));
  return changes;
}

/** What changed in the report as a whole: the date (new-round writes today's), case number, recipient, contact, title. */
export function fileChanges(older: AppliedRound, newer: AppliedRound): FileChange[] {
  const contact = (r: AppliedRound) => `${r.data.kontakt.navn}, ${r.data.kontakt.telefon}, ${r.data.kontakt.email}`;
  const pairs: FileChange[] = [
    { field: 'dato', from: older.data.dato, to: newer.data.dato },
    { field: 'sagsid', from: older.data.sagsid, to: newer.data.sagsid },
    { field: 'modtager', from: older.data.modtager, to: newer.data.modtager },
    { field: 'kontakt', from: contact(older), to: contact(newer) },
    { field: 'titel', from: older.data.titel || null, to: newer.data.titel || null },
  ];
  return pairs.filter((c) => c.from !== c.to);
}

/** What changed from `older` to `newer`; an empty list when nothing did. */
export function roundChanges(older: AppliedRound, newer: AppliedRound): InitiativeChanges[] {
  const out: InitiativeChanges[] = [];
  for (const row of mergedOrder(entries(older), entries(newer))) {
    const e = (row.new ?? row.old)!;
    const base = { id: e.item.initiative.id, title: e.item.initiative.titel, earlierAgreement: e.agreement };
    if (!row.old) out.push({ ...base, changes: [{ kind: 'added' }] });
    else if (!row.new) out.push({ ...base, changes: [{ kind: 'removed' }] });
    else {
      const changes = initiativeChanges(row.old.item, row.new.item, older.data.runde, newer.data.runde);
      if (changes.length > 0) out.push({ ...base, changes });
    }
  }
  return out;
}
