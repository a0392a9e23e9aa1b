import { expect, fixture, html } from '@open-wc/testing';
import {
  attachPointerGestures,
  WHEEL_IDLE_MS,
  type PointerZoomTarget,
} from '../../src/controllers/pointer-gestures.js';
import { constrainToView, zoomIdentity, ZoomTransform } from '../../src/time/zoom-transform.js';

const WIDTH = 400;
const MAX_SCALE = 8;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A zoom that records what the gestures ask of it, with the timeline's limits: 1× to 8×, the data in view. */
function recordingZoom(): PointerZoomTarget & { log: string[] } {
  return {
    transform: zoomIdentity,
    anchor: null,
    log: [],
    constrain(t) {
      return constrainToView(new ZoomTransform(Math.min(MAX_SCALE, Math.max(1, t.k)), t.x), WIDTH);
    },
    begin() {
      this.log.push('begin');
    },
    move(t) {
      (this as { transform: ZoomTransform }).transform = t;
      this.log.push('move');
    },
    end() {
      this.log.push('end');
    },
  };
}

describe('pointer gestures', () => {
  let plot: HTMLElement;
  let zoom: ReturnType<typeof recordingZoom>;
  let detach: () => void;

  beforeEach(async () => {
    plot = await fixture(html`<div style="width: ${WIDTH}px; height: 100px; margin-left: 30px"></div>`);
    zoom = recordingZoom();
    detach = attachPointerGestures(plot, zoom);
  });
  afterEach(() => detach());

  const left = () => plot.getBoundingClientRect().left;
  const wheel = (x: number, deltaY: number) => {
    const event = new WheelEvent('wheel', {
      clientX: left() + x,
      clientY: 10,
      deltaY,
      bubbles: true,
      cancelable: true,
    });
    plot.dispatchEvent(event);
    return event;
  };
  const mouse = (type: string, x: number, target: EventTarget = plot, button = 0) => {
    const event = new MouseEvent(type, { clientX: left() + x, clientY: 10, button, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };

  it('zooms around the pointer with the wheel, keeping what is under it in place, and ends once when idle', async () => {
    const under = zoom.transform.invertX(100);
    expect(wheel(100, -100).defaultPrevented).to.equal(true);
    wheel(100, -100);
    expect(zoom.transform.k).to.be.closeTo(2 ** 0.4, 1e-9);
    expect(zoom.transform.applyX(under)).to.be.closeTo(100, 1e-9);
    expect(zoom.anchor).to.equal(100);
    expect(zoom.log).to.deep.equal(['begin', 'move', 'move']);
    await wait(WHEEL_IDLE_MS + 60);
    expect(zoom.log).to.deep.equal(['begin', 'move', 'move', 'end']);
  });

  it('leaves a wheel that cannot zoom any further to the page, so it scrolls', () => {
    const event = wheel(100, 100);
    expect(event.defaultPrevented).to.equal(false);
    expect(zoom.log).to.deep.equal([]);
  });

  it('anchors the wheel anew when something else moved the view in the middle of a gesture', () => {
    wheel(200, -200);
    // A sideways swipe, say, pans the view between two wheel events.
    (zoom as { transform: ZoomTransform }).transform = new ZoomTransform(zoom.transform.k, zoom.transform.x - 40);
    const under = zoom.transform.invertX(200);
    wheel(200, -200);
    expect(zoom.transform.applyX(under)).to.be.closeTo(200, 1e-9);
  });

  it('pans by the distance the mouse is dragged, and swallows the click that ends the drag', async () => {
    wheel(200, -500);
    const before = zoom.transform;
    mouse('mousedown', 200);
    mouse('mousemove', 230, window);
    mouse('mousemove', 260, window);
    expect(zoom.transform.x - before.x).to.be.closeTo(60, 1e-9);
    expect(zoom.transform.k).to.equal(before.k);
    expect(zoom.anchor).to.equal(null);
    mouse('mouseup', 260, window);
    let clicked = false;
    plot.addEventListener('click', () => (clicked = true));
    mouse('click', 260);
    expect(clicked, 'a click right after a drag').to.equal(false);
    await wait(0);
    mouse('click', 260);
    expect(clicked, 'a later click').to.equal(true);
  });

  it('lets the click of a press that did not move through, and ignores other buttons', () => {
    let clicks = 0;
    plot.addEventListener('click', () => clicks++);
    mouse('mousedown', 100);
    mouse('mouseup', 100, window);
    mouse('click', 100);
    expect(clicks).to.equal(1);
    expect(zoom.log).to.deep.equal(['begin', 'end']);
    mouse('mousedown', 100, plot, 2);
    mouse('mousemove', 150, window);
    expect(zoom.log).to.deep.equal(['begin', 'end']);
  });

  it('keeps a drag inside the data', () => {
    mouse('mousedown', 100);
    mouse('mousemove', 300, window);
    expect(zoom.transform.x).to.equal(0);
    mouse('mouseup', 300, window);
  });

  it('listens no more once detached', () => {
    detach();
    expect(wheel(100, -100).defaultPrevented).to.equal(false);
    mouse('mousedown', 100);
    mouse('mousemove', 150, window);
    expect(zoom.log).to.deep.equal([]);
  });
});
