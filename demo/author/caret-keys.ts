/**
 * Selecting with the keyboard in the reader. An article is not editable, and Chromium moves no
 * caret through text that is not (unless caret browsing is on, which few turn on), so Shift and
 * the arrows would select nothing. The reader therefore moves the page's selection itself, through
 * `Selection.modify`, which steps by whole grapheme clusters and follows the text's direction:
 * "left" in an Arabic line is towards its next letter.
 */

/** What a key does to the selection: move the caret or extend the selection, which way, how far. */
export interface CaretStep {
  alter: 'move' | 'extend';
  direction: 'left' | 'right' | 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary';
}

/** The step a key press asks for, or null for keys the reader leaves alone. */
export function caretStep(key: string, shift: boolean, ctrlOrAlt: boolean): CaretStep | null {
  const alter = shift ? 'extend' : 'move';
  switch (key) {
    case 'ArrowLeft':
      return { alter, direction: 'left', granularity: ctrlOrAlt ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'right', granularity: ctrlOrAlt ? 'word' : 'character' };
    case 'ArrowUp':
      return { alter, direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return { alter, direction: 'forward', granularity: 'line' };
    case 'Home':
      return { alter, direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return { alter, direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/**
 * Applies a key press to the page's selection when it is a caret key; puts the caret at the start
 * of `article` first when the selection is not in it. True when the key was used.
 */
export function applyCaretKey(event: KeyboardEvent, article: Element, inArticle: boolean): boolean {
  const step = caretStep(event.key, event.shiftKey, event.ctrlKey || event.altKey);
  const selection = document.getSelection();
  if (!step || !selection || event.metaKey) return false;
  if (!inArticle) {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode();
    if (!first) return false;
    selection.collapse(first, 0);
  }
  selection.modify(step.alter, step.direction, step.granularity);
  return true;
}
