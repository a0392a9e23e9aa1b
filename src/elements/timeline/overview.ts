import { html, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { messagesFor } from '../../i18n/messages.js';
import { densityBins, densityPath } from '../../layout/density.js';
import type { Lang } from '../../model/types.js';
import { physicalX, timeAt, type View } from '../../time/view.js';
import { windowAnnouncement } from './live-region.js';

const HOUR = 3_600_000;
const HEIGHT = 28;
const BIN_WIDTH = 3;

/** What the overview band needs from the timeline it belongs to. */
export interface OverviewHost {
  /** The whole dataset (plus margin) across the band. */
  overviewView(): View;
  /** The window the main view shows now. */
  view(): View;
  /** Node times, ascending, and a key that changes whenever they (or anything the miniature depends on) do. */
  times(): Float64Array;
  timesKey(): string;
  /** Shows a window in the main view. */
  showWindow(start: number, end: number, animate: boolean): void;
  /** Pans the main view by pixels (positive moves the content right). */
  panBy(px: number): void;
  /** Brackets a drag: changes in between settle once, at the end. */
  hold(): void;
  release(): void;
}

/**
 * The overview band under the main view (as in the SIMILE widget): the whole dataset in miniature,
 * with the visible window as a brush to drag (pan), resize by its handles (zoom), or move with the
 * arrow keys; a press elsewhere on the band centres the view there.
 */
export class OverviewBand {
  private density?: { key: string; path: string };

  constructor(private readonly host: OverviewHost) {}

  render(lang: Lang): TemplateResult {
    const m = messagesFor(lang);
    const overview = this.host.overviewView();
    const width = overview.width;
    // The miniature only changes with the data, the filter, the width or the direction.
    const key = `${this.host.timesKey()}|${width}|${overview.rtl}`;
    if (this.density?.key !== key) {
      const bins = densityBins(this.host.times(), overview.start, overview.end, Math.floor(width / BIN_WIDTH));
      this.density = { key, path: densityPath(bins, width, HEIGHT, BIN_WIDTH, overview.rtl) };
    }
    const view = this.host.view();
    const x0 = physicalX(overview, view.start);
    const x1 = physicalX(overview, view.end);
    const left = Math.max(0, Math.min(x0, x1));
    const right = Math.min(width, Math.max(x0, x1));
    // Worded as the live region words it: hours for an hour, years over centuries.
    const label = windowAnnouncement(view.start, view.end, lang);
    return html`<div
      class="overview"
      part="overview"
      role="group"
      aria-label=${m.overview}
      @pointerdown=${this.onBandPointerDown}
    >
      <svg class="density" viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
        ${svg`<path d=${this.density.path}></path>`}
      </svg>
      <div
        class="brush"
        part="brush"
        tabindex="0"
        role="slider"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(((view.start - overview.start) / (overview.end - overview.start)) * 100)}
        aria-valuetext=${label}
        style=${styleMap({ transform: `translateX(${left}px)`, width: `${Math.max(6, right - left)}px` })}
        @pointerdown=${this.onBrushPointerDown}
        @keydown=${this.onBrushKeyDown}
      >
        <span class="handle" data-handle=${overview.rtl ? 'end' : 'start'}></span>
        <span class="handle" data-handle=${overview.rtl ? 'start' : 'end'}></span>
      </div>
    </div>`;
  }

  private readonly onBrushPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const target = event.currentTarget as HTMLElement;
    const handle = (event.target as HTMLElement).dataset.handle as 'start' | 'end' | undefined;
    const overview = this.host.overviewView();
    const startView = this.host.view();
    const x0 = event.clientX;
    target.setPointerCapture(event.pointerId);
    this.host.hold();
    const move = (e: PointerEvent) => {
      const dt = timeAt(overview, e.clientX) - timeAt(overview, x0);
      let a = startView.start;
      let b = startView.end;
      if (handle === 'start') a = Math.min(b - HOUR, a + dt);
      else if (handle === 'end') b = Math.max(a + HOUR, b + dt);
      else {
        a += dt;
        b += dt;
      }
      this.host.showWindow(a, b, false);
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
      this.host.release();
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
    event.stopPropagation();
  };

  private readonly onBandPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || event.target !== event.currentTarget) return;
    const band = event.currentTarget as HTMLElement;
    const jump = () => {
      const box = band.getBoundingClientRect();
      const time = timeAt(this.host.overviewView(), event.clientX - box.left);
      const view = this.host.view();
      const span = view.end - view.start;
      this.host.showWindow(time - span / 2, time + span / 2, true);
    };
    if (event.pointerType !== 'touch') return jump();
    // A finger may be starting to scroll the page (the band lets it, as the plot does): jump only
    // on a tap, when it lifts without the browser having taken it over.
    const up = () => {
      done();
      jump();
    };
    const done = () => {
      band.removeEventListener('pointerup', up);
      band.removeEventListener('pointercancel', done);
    };
    band.addEventListener('pointerup', up);
    band.addEventListener('pointercancel', done);
  };

  private readonly onBrushKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 0.2 : event.key === 'ArrowLeft' ? -0.2 : 0;
    if (!step) return;
    event.preventDefault();
    event.stopPropagation();
    this.host.panBy(-step * this.host.overviewView().width);
  };
}
