/** A half-open span of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of a paragraph with the same highlighting throughout. */
export interface Segment<T extends Span> {
  start: number;
  end: number;
  /** The mark this piece belongs to: the shortest one covering it (the most specific quote), or null. */
  owner: T | null;
  /** The piece lies inside the current (highlighted) span. */
  current: boolean;
  /** More than one mark covers this piece. */
  overlap: boolean;
}

/**
 * The paragraphs of a text, as spans between line breaks, skipping blank lines. Offsets stay those of
 * the whole text, so excerpt offsets apply without translation.
 */
export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const breaks = /\r?\n|\r/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const to = m ? m.index : text.length;
    if (text.slice(from, to).trim()) spans.push({ start: from, end: to });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return spans;
}

/** Whether a span's offsets can be used at all (integers, ordered); out-of-range ends are clipped later. */
export function isUsableSpan(span: Span | null | undefined): span is Span {
  return !!span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start < span.end;
}

/** Marks of one span: the first stands for all `count` of them, the second in its place if it is left out. */
export interface SpanGroup<T extends Span> {
  mark: T;
  second: T | null;
  count: number;
}

/**
 * Marks of one span (a passage several events quote) as one, the first, covering `count` times: a source
 * cited by thousands of events has a few hundred passages, and each segment looks at every mark.
 */
export function groupBySpan<T extends Span>(marks: readonly T[]): SpanGroup<T>[] {
  const bySpan = new Map<number | string, SpanGroup<T>>();
  for (const mark of marks) {
    if (!isUsableSpan(mark)) continue;
    // A number for the offsets of any text under two million characters: no string made per mark.
    const key = mark.end < 0x200000 ? mark.start * 0x200000 + mark.end : `${mark.start}:${mark.end}`;
    const same = bySpan.get(key);
    if (!same) bySpan.set(key, { mark, second: null, count: 1 });
    else {
      same.count += 1;
      same.second ??= mark;
    }
  }
  return [...bySpan.values()];
}

/**
 * The groups as if one mark, of span `left` and for which `isLeft` is true, had never been among the marks
 * grouped: its group counts one less, and if it stood for the group, the second stands in its place.
 */
export function withoutMark<T extends Span>(
  groups: readonly SpanGroup<T>[],
  left: Span,
  isLeft: (mark: T) => boolean,
): SpanGroup<T>[] {
  const out: SpanGroup<T>[] = [];
  for (const group of groups) {
    if (group.mark.start !== left.start || group.mark.end !== left.end) out.push(group);
    else if (group.count > 1)
      out.push({ mark: isLeft(group.mark) ? group.second! : group.mark, second: null, count: group.count - 1 });
  }
  return out;
}

/**
 * Cuts a paragraph into segments at every boundary of `marks` and of `current`, so overlapping and
 * nested excerpts can be drawn without nesting interactive elements: each segment belongs to the
 * shortest mark covering it, and adjacent segments with the same owner and state are merged back.
 */
export function segmentParagraph<T extends Span>(
  paragraph: Span,
  marks: readonly T[],
  current: Span | null = null,
): Segment<T>[] {
  return segmentGroups(paragraph, groupBySpan(marks), current);
}

/**
 * `segmentParagraph` of marks already grouped by span (`groupBySpan`), for a text of many paragraphs:
 * grouped once for all of them, not once each.
 */
export function segmentGroups<T extends Span>(
  paragraph: Span,
  groups: readonly SpanGroup<T>[],
  current: Span | null = null,
): Segment<T>[] {
  const clip = (s: Span) => ({ start: Math.max(s.start, paragraph.start), end: Math.min(s.end, paragraph.end) });
  const inside: { mark: T; start: number; end: number; count: number }[] = [];
  for (const { mark, count } of groups) {
    if (mark.end <= paragraph.start || mark.start >= paragraph.end) continue;
    const { start, end } = clip(mark);
    if (start < end) inside.push({ mark, start, end, count });
  }
  const cur = isUsableSpan(current) ? clip(current) : null;
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  if (cur && cur.start < cur.end) cuts.add(cur.start).add(cur.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    let owner: T | null = null;
    let covers = 0;
    for (const m of inside) {
      if (m.start > start || m.end < end) continue;
      covers += m.count;
      if (!owner || m.mark.end - m.mark.start < owner.end - owner.start) owner = m.mark;
    }
    const current = !!cur && cur.start <= start && cur.end >= end;
    const overlap = covers > 1;
    const last = segments[segments.length - 1];
    if (last && last.owner === owner && last.current === current && last.overlap === overlap) last.end = end;
    else segments.push({ start, end, owner, current, overlap });
  }
  return segments;
}
