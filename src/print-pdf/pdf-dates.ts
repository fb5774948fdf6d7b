/* The report's date (`dato`, maybe with a time) in the PDF's two spellings, always UTC. */

function dateParts(isoDate: string): [string, string, string, string, string, string] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(isoDate.trim());
  if (!m) throw new Error(`ugyldig dato til PDF: ${isoDate}`);
  return [m[1]!, m[2]!, m[3]!, m[4] ?? '00', m[5] ?? '00', m[6] ?? '00'];
}

/** "2019-06-30" → "D:20190630000000+00'00'" (a PDF date, always 23 characters). */
export function pdfDate(isoDate: string): string {
  const [y, mo, d, h, mi, s] = dateParts(isoDate);
  return `D:${y}${mo}${d}${h}${mi}${s}+00'00'`;
}

/** "2019-06-30" → "2019-06-30T00:00:00+00:00" (an XMP date, the same instant). */
export function xmpDate(isoDate: string): string {
  const [y, mo, d, h, mi, s] = dateParts(isoDate);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}+00:00`;
}
