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

/** What is drawn outside the loaded faces: "element: character (U+code) in stack". */
function uncovered(root: Element): string[] {
  const faces = loadedFaces();
  const problems = new Set<string>();
  for (const { element, text } of drawnTexts(root)) {
    const stack = getComputedStyle(element).fontFamily;
    const names = families(stack);
    for (const name of names) if (!faces.has(name)) problems.add(`${element.localName}: family ${name} not loaded`);
    for (const char of text) {
      const code = char.codePointAt(0)!;
      // Spaces, marks of direction and joiners draw nothing a layout measures in another face.
      if (/\s|[\u200b-\u200f\u2066-\u2069\ufeff]/u.test(char)) continue;
      if (!names.some((name) => coveredBy(faces.get(name) ?? [], code)))
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
    expect([...faces.keys()]).to.include.members(['Inter Variable', 'Noto Sans Arabic Variable']);
    expect([...document.fonts].every((face) => face.status === 'loaded')).to.equal(true);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`draws every character of the timeline and its details in those faces (${lang})`, async () => {
      const el = await fixture<TarikhTimeline>(
        html`<tarikh-timeline lang=${lang} style="width: 1100px; height: 520px" .data=${story}></tarikh-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
      el.select(story.events[0]!.id);
      await waitUntil(() => el.shadowRoot!.querySelector('tarikh-details')?.shadowRoot?.querySelector('blockquote'));
      expect(drawnTexts(el).length, 'text found').to.be.above(20);
      expect(uncovered(el)).to.deep.equal([]);
    });
  }

  it('notices a character and a family outside them', async () => {
    const probe = await fixture<HTMLElement>(
      html`<div>
        <p>ok 中</p>
        <p style="font-family: 'DejaVu Sans', 'Inter Variable'">ok</p>
      </div>`,
    );
    expect(uncovered(probe)).to.deep.equal([
      `p: 中 (U+4E2D) in "Inter Variable", "Noto Sans Arabic Variable"`,
      'p: family DejaVu Sans not loaded',
    ]);
  });
});
