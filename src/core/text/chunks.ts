/** Cutting long inputs into pieces that keep memory bounded, and sampling them. */

/** Splits text at paragraph breaks (else line or sentence breaks) into chunks of about `size` characters. */
export function chunks(text: string, size: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let start = 0;
  while (text.length - start > size * 1.5) {
    const window = text.slice(start + size, start + size * 1.5);
    let cut = window.indexOf('\n\n');
    if (cut < 0) cut = window.indexOf('\n');
    if (cut < 0) cut = window.search(/[.!?]\s/);
    if (cut < 0) cut = window.search(/\s/);
    if (cut < 0) break;
    const end = start + size + cut + 1;
    out.push([start, text.slice(start, end)]);
    start = end;
  }
  out.push([start, text.slice(start)]);
  return out;
}

/** Enough of a long text to tell its language: the start and a stretch from the middle. */
export function languageSample(text: string): string {
  if (text.length <= 40_000) return text;
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, 20_000)} ${text.slice(middle, middle + 20_000)}`;
}
