/* PDF text strings, written and read: the Info dictionary's, the bookmarks', the links' descriptions. */

/** A PDF text string: literal when plain ASCII, else UTF-16BE with BOM as hex. */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** Decodes a PDF string token (literal or hex, PDFDocEncoding≈Latin-1 or UTF-16BE with BOM). */
export function decodePdfString(raw: string): string {
  let bytes: Buffer;
  if (raw.startsWith('<')) bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ''), 'hex');
  else {
    const inner = raw.slice(1, -1);
    let out = '';
    for (let i = 0; i < inner.length; i++) {
      const c = inner[i]!;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const n = inner[++i];
      if (n === undefined) break;
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      if (n in simple) out += simple[n];
      else if (/[0-7]/.test(n)) {
        const oct = /^[0-7]{1,3}/.exec(inner.slice(i))![0];
        out += String.fromCharCode(parseInt(oct, 8));
        i += oct.length - 1;
      } else if (n === '\r' && inner[i + 1] === '\n') i++;
      else if (n !== '\n' && n !== '\r') out += n;
    }
    bytes = Buffer.from(out, 'latin1');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}
