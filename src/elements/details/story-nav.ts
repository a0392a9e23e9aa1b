import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DetailsMessages } from '../../i18n/details-messages.js';
import type { Lang, Text } from '../../model/types.js';
import { textIn } from '../source-view/citations.js';
import { storyKeyStep, swipeStep, type StoryDirection } from './story-input.js';

/** An event next to the shown one in the story. */
export interface StoryNeighbour {
  id: string;
  title: Text;
}

/** Where the event shown stands in the story the reader steps through, as the timeline works it out. */
export interface StoryStep {
  /** Its place in the story, from 1; 0 for an event the editor's order leaves out. */
  position: number;
  /** How many events the story has among those shown. */
  total: number;
  /** Whether a filter or a hidden track leaves events out ("3 of 12 shown"). */
  shownOnly: boolean;
  previous: StoryNeighbour | null;
  next: StoryNeighbour | null;
}

/** What the navigation needs of the details panel. */
export interface StoryNavHost extends ReactiveControllerHost, HTMLElement {
  readonly story: StoryStep | null;
  /** The event shown: when it changes after a step, the panel is scrolled back to its top. */
  readonly event: unknown;
  readonly language: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * "Previous" and "Next" in the details panel (part `story-nav`): the neighbouring events' titles and
 * where the event stands ("3 of 40"), and the same from the keyboard (`[` and `]`, see `storyKeyStep`)
 * and by a sideways swipe (see `swipeStep`), mirrored in Arabic. A step fires `tarikh-story-step`
 * (`detail: { id, direction }`, bubbling and composed); whoever owns the panel selects that event.
 * Focus stays on the control pressed, now naming the event after the new one.
 */
export class StoryNav implements ReactiveController {
  /** The direction of a step asked for with a control of the navigation, whose focus it keeps. */
  private pending: StoryDirection | null = null;
  /** A step was asked for: the event it brings is shown from its top (the reader scrolled the last one). */
  private stepping = false;
  private shownEvent: unknown = null;
  private touch: { x: number; y: number; at: number } | null = null;

  constructor(private readonly host: StoryNavHost) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('touchstart', this.onTouchStart, { passive: true });
    this.host.addEventListener('touchend', this.onTouchEnd, { passive: true });
    this.host.addEventListener('touchcancel', this.onTouchCancel, { passive: true });
  }

  hostDisconnected() {
    this.host.removeEventListener('touchstart', this.onTouchStart);
    this.host.removeEventListener('touchend', this.onTouchEnd);
    this.host.removeEventListener('touchcancel', this.onTouchCancel);
    this.touch = null;
  }

  hostUpdated() {
    if (this.host.event === this.shownEvent) return;
    this.shownEvent = this.host.event;
    this.pending = null;
    if (!this.stepping) return;
    this.stepping = false;
    const panel = this.host.renderRoot.querySelector<HTMLElement>('.panel');
    if (panel) panel.scrollTop = 0;
  }

  /**
   * Called by the panel when its event changes while it has focus: the control to focus in the new
   * event's navigation (the one pressed, if the story goes on that way), or null for the panel's own
   * choice (its heading).
   */
  takeFocus(): string | null {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return null;
    return this.host.story?.[pending] ? `.story-nav .${pending}` : null;
  }

  /** Handles `[` and `]` inside the panel; true if the key was a step. */
  onKey(event: KeyboardEvent): boolean {
    const story = this.host.story;
    if (!story || event.isComposing) return false;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')) return false;
    const direction = storyKeyStep(event.key, event.code, this.host.language === 'ar', {
      ctrl: event.ctrlKey,
      meta: event.metaKey,
      alt: event.altKey,
    });
    if (!direction) return false;
    event.preventDefault();
    event.stopPropagation();
    // From one of the controls, focus stays on it; from elsewhere in the panel, the heading takes it.
    this.step(direction, !!target?.closest?.('.story-nav'));
    return true;
  }

  render(lang: Lang, m: DetailsMessages): TemplateResult | typeof nothing {
    const story = this.host.story;
    if (!story || (!story.previous && !story.next && story.total <= 1)) return nothing;
    const rtl = lang === 'ar';
    const control = (direction: StoryDirection) => {
      const target = story[direction];
      if (!target) return nothing;
      const title = textIn(target.title, lang);
      const arrow = (direction === 'next') !== rtl ? '→' : '←';
      return html`<button
        class=${`story-step ${direction}`}
        type="button"
        data-id=${target.id}
        @click=${() => this.step(direction, true)}
      >
        <span class="story-caption"
          >${direction === 'previous' ? html`<span aria-hidden="true">${arrow}</span> ` : nothing}${
            direction === 'next' ? m.next : m.previous
          }${direction === 'next' ? html` <span aria-hidden="true">${arrow}</span>` : nothing}</span
        >
        <span class="visually-hidden">: </span><bdi class="story-title">${title}</bdi>
      </button>`;
    };
    return html`<nav class="story-nav" part="story-nav" aria-label=${m.story}>
      ${control('previous')}
      <span class="story-position">
        ${story.position > 0 ? m.storyPosition(story.position, story.total, story.shownOnly) : m.outsideStory}
      </span>
      ${control('next')}
    </nav>`;
  }

  private step(direction: StoryDirection, keepFocus: boolean) {
    const target = this.host.story?.[direction];
    if (!target) return;
    this.pending = keepFocus ? direction : null;
    this.stepping = true;
    this.host.dispatchEvent(
      new CustomEvent('tarikh-story-step', { detail: { id: target.id, direction }, bubbles: true, composed: true }),
    );
  }

  private readonly onTouchStart = (event: TouchEvent) => {
    const finger = event.touches[0];
    this.touch =
      event.touches.length === 1 && finger ? { x: finger.clientX, y: finger.clientY, at: event.timeStamp } : null;
  };

  private readonly onTouchEnd = (event: TouchEvent) => {
    const start = this.touch;
    this.touch = null;
    const finger = event.changedTouches[0];
    if (!start || !finger || event.touches.length) return;
    const direction = swipeStep(
      finger.clientX - start.x,
      finger.clientY - start.y,
      event.timeStamp - start.at,
      this.host.language === 'ar',
    );
    if (direction) this.step(direction, false);
  };

  private readonly onTouchCancel = () => {
    this.touch = null;
  };
}
