/** A span of code points, both ends included. */
export type CodeRange = readonly [number, number];

/** A FontFace's `unicodeRange` ("U+0000-00FF, U+0131, U+4??") as code point spans. */
export function parseUnicodeRange(value: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const part of value.split(',')) {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) continue;
    const [, from, to] = match;
    if (from!.includes('?'))
      ranges.push([parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'f'), 16)]);
    else ranges.push([parseInt(from!, 16), parseInt(to ?? from!, 16)]);
  }
  return ranges;
}

export const coveredBy = (ranges: readonly CodeRange[], code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);
