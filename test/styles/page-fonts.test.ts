import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { coveredBy, parseUnicodeRange, type CodeRange } from '../helpers/fonts.js';

// The suite must give the same layouts on every machine (see web-test-runner.config.mjs): every
// character the elements draw, in every font stack they draw it in, has to fall in a face the test
// page loaded from npm. A character no such face covers (a new symbol in the UI, a family set in a
// stylesheet) would be drawn, and measured, in whatever the machine has installed.

/** The faces the page loaded, by family (quotes dropped), with the characters each covers. */
function loadedFaces(): Map<string, CodeRange[]> {
  const faces = new Map<string, CodeRange[]>();
  for (const face of document.fonts) {
    if (face.status !== 'loaded') continue;
    const family = face.family.replace(/^["']|["']$/g, '');
    faces.set(family, [...(faces.get(family) ?? []), ...parseUnicodeRange(face.unicodeRange)]);
  }
  return faces;
}

const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));

/** Every piece of text drawn under a root (through shadow roots and ::before/::after), with its element. */
function drawnTexts(root: Element | ShadowRoot, out: { element: Element; text: string }[] = []) {
  if (root instanceof Element && root.shadowRoot) drawnTexts(root.shadowRoot, out);
  for (const element of root.querySelectorAll('*')) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(element, pseudo).content;
      if (/^".*"$/.test(content)) out.push({ element, text: content.slice(1, -1) });
    }
    for (const child of element.childNodes)
      if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim())
        out.push({ element, text: child.textContent! });
    if (element.shadowRoot) drawnTexts(element.shadowRoot, out);
  }
  return out;
}

const context = document.createElement('canvas').getContext('2d')!;
/**
 * Whether a stack draws a character itself: measured with two fallbacks of different widths after
 * it (a monospace and a serif face), it is as wide either way only if neither fallback is used. A
 * face's unicode-range alone would not do: a subset's file may lack glyphs its range names. (A
 * character no installed font has either goes unnoticed: both fallbacks draw the same box.)
 */
function drawsItself(stack: string, char: string): boolean {
  const width = (fallback: string) => {
    context.font = `20px ${stack}, ${fallback}`;
    return context.measureText(char.repeat(4)).width;
  };
  return width('monospace') === width('serif');
}

/** What is drawn outside the loaded faces: "element: character (U+code) in stack", or a family not loaded. */
function uncovered(root: Element): string[] {
  const faces = loadedFaces();
  const problems = new Set<string>();
  for (const { element, text } of drawnTexts(root)) {
    const stack = getComputedStyle(element).fontFamily;
    const names = families(stack);
    for (const name of names) if (!faces.has(name)) problems.add(`${element.localName}: family ${name} not loaded`);
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      // Spaces, marks of direction and joiners draw nothing a layout measures in another face.
      if (/\s|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(char)) continue;
      const inRange = names.some((name) => coveredBy(faces.get(name) ?? [], code));
      if (!inRange || !drawsItself(stack, char))
        problems.add(`${element.localName}: ${char} (U+${code.toString(16).toUpperCase()}) in ${stack}`);
    }
  }
  return [...problems];
}

describe('test page fonts', () => {
  let story: Dataset;
  before(async () => {
    story = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
  });

  it('has loaded its faces from npm before the tests run', () => {
    const faces = loadedFaces();
    expect([...faces.keys()].sort()).to.deep.equal(['Tarikh Test Arabic', 'Tarikh Test Sans']);
    expect([...document.fonts].every((face) => face.status === 'loaded')).to.equal(true);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`draws every character of the timeline and its details in those faces (${lang})`, async () => {
      const el = await fixture<TarikhTimeline>(
        html`<tarikh-timeline lang=${lang} style="width: 1100px; height: 520px" .data=${story}></tarikh-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
      el.select(story.events[0]!.id);
      const panel = () => el.shadowRoot!.querySelector('tarikh-details')?.shadowRoot;
      await waitUntil(() => panel()?.querySelector('blockquote'), 'details drawn');
      expect(drawnTexts(el).length, 'text found').to.be.above(20);
      expect(uncovered(el), 'timeline and details').to.deep.equal([]);
      // The source reader, with its way back and its link to the original.
      panel()!.querySelector<HTMLButtonElement>('button.read')!.click();
      await waitUntil(
        () => panel()!.querySelector('tarikh-source-view')?.shadowRoot?.querySelector('article'),
        'reader',
      );
      expect(uncovered(el), 'reader').to.deep.equal([]);
    });
  }

  it('notices a character and a family outside them', async () => {
    const probe = await fixture<HTMLElement>(
      html`<div>
        <p style="font-family: 'Tarikh Test Arabic'">ok →</p>
        <p style="font-family: 'DejaVu Sans', 'Tarikh Test Sans'">ok</p>
      </div>`,
    );
    expect(uncovered(probe)).to.deep.equal([
      // Its subset's unicode-range names U+2192, but the file has no arrow.
      'p: → (U+2192) in "Tarikh Test Arabic"',
      'p: family DejaVu Sans not loaded',
    ]);
  });
});
