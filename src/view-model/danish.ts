/* Danish formatting: dates, ordinals, lists, report titles (docs/rundefilen.md). */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "2019-08-01" → "1. august 2019". */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The Tid column: rounds 1-3 are budget follow-ups, round 4 is the year-end. */
/** "2. opfølgning": a round as the report, the change log and the to-do list name it. */
export function roundLabel(round: number): string {
  return `${round}. opfølgning`;
}

export function roundTimeLabel(round: number, year: number): string {
  return round === 4 ? `31.12.${year}` : `${round}. budgetopfølgning ${year}`;
}

const TITLE_ORDINALS = ['Første', 'Anden', 'Tredje', 'Endelig'];

/** "Anden opfølgning på Aftale om budget 2019 for Ballerup Kommune". */
export function reportTitle(round: number, agreement: string, recipient: string): string {
  return `${TITLE_ORDINALS[round - 1]} opfølgning på ${agreement} for ${recipient}`;
}

/** "A", "A og B", "A, B og C"; or with another last joining word ("A, B samt C"). */
export function danishList(items: readonly string[], lastJoin: 'og' | 'samt' = 'og'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lastJoin} ${items[items.length - 1]}`;
}
