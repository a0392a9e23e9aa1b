import { html, type CSSResult } from 'lit';
import { messagesFor } from '../../i18n/messages.js';
import type { Lang } from '../../model/types.js';
import { LazyPart, type LazyPartHost } from './lazy-part.js';

export type Lists = typeof import('./lists.js');

let loaded: Promise<Lists> | undefined;

/** The list code, loaded once for every timeline on the page; a failed load is tried again on the next call. */
export function loadLists(): Promise<Lists> {
  loaded ??= import('./lists.js').catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/**
 * Gives the list code to every timeline on the page at once, for a page that bundles it with itself (the
 * workbench, which must keep working offline once loaded): nothing is then fetched for it.
 */
export function provideLists(lists: Lists) {
  loaded = Promise.resolve(lists);
}

/**
 * Adds styles after those the element has: lit sets a shadow root's styles once, when it is made, and these
 * arrive later. A browser without constructable style sheets gets `<style>` elements, as lit does then.
 */
export function adoptLater(root: ShadowRoot, styles: readonly CSSResult[]) {
  const sheets = styles.map((style) => style.styleSheet);
  if (sheets.every((sheet) => sheet !== undefined)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    return;
  }
  for (const style of styles) {
    const element = document.createElement('style');
    element.textContent = style.cssText;
    root.append(element);
  }
}

/**
 * The list view's and cluster list's code for one timeline, its styles adopted by its shadow root when it
 * arrives; loaded in idle time once the element is on a page, as clusters are common and a reader who opens
 * one should not wait for it.
 */
export function listsLoading(host: LazyPartHost, load: () => Promise<Lists> = loadLists): LazyPart<Lists> {
  return new LazyPart(
    host,
    load,
    (lang) => messagesFor(lang).listFailed,
    (lists) => host.shadowRoot && adoptLater(host.shadowRoot, lists.listsStyles),
    true,
  );
}

/**
 * In the list's place while its code loads, or when that failed: what happens, and a retry after a failure.
 * A cluster's stands where its list will (`at`, in CSS pixels from the plot's left and bottom).
 */
export function listsPendingTemplate(lang: Lang, part: LazyPart<Lists>, at?: { left: number; bottom: number }) {
  const m = messagesFor(lang);
  const className = at ? 'lists-pending lists-pending-cluster' : 'lists-pending';
  const style = at ? `left:${Math.max(0, at.left)}px;bottom:${at.bottom}px` : '';
  if (!part.failed) return html`<p class=${className} style=${style} role="status">${m.listLoading}</p>`;
  return html`<div class=${className} style=${style} role="alert">
    <p>${m.listFailed}. ${m.detailsFailedHelp}</p>
    <button type="button" @click=${part.retry}>${m.retry}</button>
  </div>`;
}
