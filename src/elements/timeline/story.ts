import { messagesFor } from '../../i18n/messages.js';
import type { TimelineItem } from '../../model/items.js';
import { StoryOrder } from '../../model/story-order.js';
import type { Lang } from '../../model/types.js';
import type { ShownItems } from '../../model/shown-items.js';
import type { StoryNeighbour, StoryStep } from '../details/story-nav.js';
import type { Announcer } from './announcer.js';
import type { EventNames } from './event-names.js';
import type { SelectionController } from './selection-controller.js';

/** What the story needs of the timeline: the events shown and all of them, their versions, the editor's order. */
export interface StorySource {
  /** The events shown, in time order (indexes are into these). */
  shown(): readonly TimelineItem[];
  /** Every event, shown or not. */
  all(): readonly TimelineItem[];
  /** Changes whenever `shown()` does. */
  version(): number;
  /** The dataset's `story.order`, if it has one. */
  order(): readonly string[] | undefined;
  /** Where the events shown are, by id: the story's order asks for all its ids at once. */
  readonly lookup: Pick<ShownItems, 'indexOf' | 'indexesOf'>;
}

/**
 * The story a reader of the timeline steps through: the order of the events shown (see StoryOrder),
 * worked out once per set of events shown, and where an event stands in it, for the details panel's
 * "Previous" and "Next" and for what the live region says.
 */
export class TimelineStory {
  private cached: { version: number; order: readonly string[] | undefined; story: StoryOrder } | null = null;
  private lastStep: { id: string; order: StoryOrder; shownOnly: boolean; step: StoryStep } | null = null;

  constructor(private readonly source: StorySource) {}

  /** The order over the events shown now. */
  get order(): StoryOrder {
    const version = this.source.version();
    const ids = this.source.order();
    if (this.cached?.version !== version || this.cached.order !== ids) {
      const count = this.source.shown().length;
      let story = StoryOrder.timeOrder(count);
      if (ids?.length) {
        const found = this.source.lookup.indexesOf(ids);
        const at = new Map(ids.map((id, k) => [id, found[k]!]));
        story = StoryOrder.editorsOrder(count, ids, (id) => at.get(id) ?? -1);
      }
      this.cached = { version, order: ids, story };
    }
    return this.cached.story;
  }

  /** Whether a filter or a hidden track leaves events out: the counter says "of 12 shown". */
  get shownOnly(): boolean {
    return this.source.shown().length < this.source.all().length;
  }

  /**
   * Where the event with this id stands in the story, for the details panel; null if it is not shown.
   * The same object while nothing it says changes: the timeline renders on every zoom frame, and a new
   * one would render the panel again each time.
   */
  stepAt(id: string | null): StoryStep | null {
    const index = this.source.lookup.indexOf(id);
    if (index < 0) return null;
    const order = this.order;
    const shownOnly = this.shownOnly;
    const last = this.lastStep;
    if (last && last.id === id && last.order === order && last.shownOnly === shownOnly) return last.step;
    const { position, previous, next } = order.step(index);
    const step: StoryStep = {
      position: position + 1,
      total: order.length,
      shownOnly,
      previous: this.neighbour(previous),
      next: this.neighbour(next),
    };
    this.lastStep = { id: id!, order, shownOnly, step };
    return step;
  }

  /** The id of the story's first event shown, or null. */
  firstId(): string | null {
    const index = this.order.indexAt(0);
    return index < 0 ? null : this.source.shown()[index]!.id;
  }

  /**
   * What the live region says of the event reached: "Event 3 of 40: …" (with `name`, its accessible
   * name), or null for an event outside the story.
   */
  announcement(id: string, lang: Lang, name: string): string | null {
    const order = this.order;
    const position = order.positionOf(this.source.lookup.indexOf(id));
    if (position < 0) return null;
    return messagesFor(lang).storyEvent(position + 1, order.length, this.shownOnly, name);
  }

  private neighbour(index: number): StoryNeighbour | null {
    const item = index < 0 ? undefined : this.source.shown()[index];
    return item ? { id: item.id, title: item.event.title } : null;
  }
}

/** What stepping through the story asks of the timeline. */
export interface StoryStepsInputs {
  readonly story: TimelineStory;
  readonly shown: ShownItems;
  readonly names: EventNames;
  readonly announcer: Announcer;
  readonly selection: Pick<SelectionController, 'select' | 'focusPanel'>;
  selected(): string | null;
  language(): Lang;
}

/**
 * The reader's steps through the story: "Start the story" in the toolbar, and "Previous" and "Next"
 * in the panel (`tarikh-story-step`), each selecting an event and saying where it stands in the story.
 */
export class StorySteps {
  constructor(private readonly inputs: StoryStepsInputs) {}

  /** The toolbar's "Start the story", or undefined when there is no event to start on. */
  get start(): (() => void) | undefined {
    return this.inputs.story.firstId() ? this.startStory : undefined;
  }

  /** The panel's `tarikh-story-step`: handled here, so it goes no further than the timeline. */
  readonly onStep = (event: Event) => {
    event.stopPropagation();
    const id = (event as CustomEvent<{ id: string }>).detail?.id;
    if (typeof id === 'string') this.stepTo(id);
  };

  /** The story's first event, and focus into the panel, where "Next" leads on. */
  private readonly startStory = () => {
    const id = this.inputs.story.firstId();
    if (!id) return;
    this.stepTo(id);
    void this.inputs.selection.focusPanel();
  };

  /** Selects an event of the story (brought into view as any selection) and says where it stands in it. */
  stepTo(id: string) {
    const { shown, selection, names, announcer, story } = this.inputs;
    selection.select(id, true);
    const index = shown.indexOf(id);
    if (this.inputs.selected() !== id || index < 0) return;
    const lang = this.inputs.language();
    const text = story.announcement(id, lang, names.nameOf(shown.items[index]!, lang));
    if (text) announcer.selection(text);
  }
}
