import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { drawn, errorPanel, frames, shadow, timelineWith } from './helpers.js';

const MARKUP = '<img src=x onerror="window.__tarikhPwned=1"><b>bold</b><script>window.__tarikhPwned=2</script>';
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const TEXT = `Alpha ${MARKUP} beta gamma.`;

/** Every shadow root under (and including) an element's, depth first. */
function roots(el: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    out.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}
const all = (el: Element, selector: string) => roots(el).flatMap((r) => [...r.querySelectorAll(selector)]);
const allText = (el: Element) =>
  roots(el)
    .map((r) => r.textContent ?? '')
    .join('\n');

function hostileDataset(text: (field: string) => string, urls: string[] = []): Dataset {
  const sources = [{ url: 'https://example.org/ok', id: 'ok' }, ...urls.map((url, i) => ({ url, id: `u${i}` }))].map(
    ({ url, id }) => ({
      id,
      title: { ar: text('source title ar'), en: text('source title') },
      outlet: { ar: text('outlet ar'), en: text('outlet') },
      lang: 'en' as const,
      url,
      text: TEXT,
    }),
  );
  return {
    title: { ar: text('dataset ar'), en: text('dataset') },
    tracks: [{ id: 't', label: { ar: text('track ar'), en: text('track') } }],
    sources,
    events: [
      {
        id: 'x',
        date: '2023-09-13',
        track: 't',
        title: { ar: text('title ar'), en: text('title') },
        summary: { ar: text('summary ar'), en: text('summary') },
        place: { ar: text('place ar'), en: text('place') },
        excerpts: sources.map((s) => ({
          source: s.id,
          quote: MARKUP,
          start: 6,
          end: 6 + MARKUP.length,
          translation: { ar: text('translation ar'), en: text('translation') },
        })),
      },
      { id: 'y', date: '2023-10-13', title: { ar: text('second ar'), en: text('second') }, excerpts: [] },
    ],
  };
}

const details = (el: TarikhTimeline) => shadow(el).querySelector('tarikh-details');

async function openDetails(el: TarikhTimeline) {
  // Back to the event view if the panel shows the reader or the sources list.
  (details(el) as { focusHeading?: () => void } | null)?.focusHeading?.();
  el.select('x');
  await el.updateComplete;
  await waitUntil(() => details(el)?.shadowRoot?.querySelector('[part~="excerpt"]'), 'details drawn');
  return details(el)!;
}

async function openReader(el: TarikhTimeline) {
  const panel = await openDetails(el);
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button.read')!.click();
  await waitUntil(
    () => panel.shadowRoot!.querySelector('tarikh-source-view')?.shadowRoot?.querySelector('article'),
    'reader',
  );
}

async function openSourcesList(el: TarikhTimeline) {
  const panel = await openDetails(el);
  panel.shadowRoot!.querySelector<HTMLButtonElement>('.sources-button')!.click();
  await waitUntil(() => panel.shadowRoot!.querySelector('.source-list'), 'sources list');
}

/** No element the markup would create exists anywhere, and its script never ran. */
function expectNoMarkup(el: TarikhTimeline) {
  expect(all(el, 'img, b, script').length).to.equal(0);
  expect((window as unknown as { __tarikhPwned?: number }).__tarikhPwned).to.equal(undefined);
}

for (const lang of ['en', 'ar'] as const) {
  describe(`robustness: hostile content (${lang})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('renders markup in titles, summaries, places, quotes, outlets and track labels as text', async () => {
      const el = await timelineWith(
        hostileDataset((field) => `${field} ${MARKUP}`),
        { lang },
      );
      await drawn(el);
      expectNoMarkup(el);
      const label = shadow(el).querySelector('[data-id="y"] .label');
      expect(label?.textContent).to.equal(`${lang === 'ar' ? 'second ar' : 'second'} ${MARKUP}`);
      await openDetails(el);
      await el.updateComplete;
      expectNoMarkup(el);
      const text = allText(el);
      for (const field of ['title', 'summary', 'place', 'track', 'outlet'])
        expect(text, field).to.include(`${lang === 'ar' ? `${field} ar` : field} ${MARKUP}`);
      expect(text).to.include(MARKUP);
      await openReader(el);
      expectNoMarkup(el);
      expect(allText(el)).to.include(TEXT);
      await openSourcesList(el);
      expectNoMarkup(el);
    });

    it('renders markup and bidi controls in the names of track bands as text, isolated', async () => {
      const el = await timelineWith(
        hostileDataset((field) => `${BIDI.join('')}${field} ${MARKUP}`),
        { lang },
      );
      await drawn(el);
      el.groupTracks = true;
      await el.updateComplete;
      expectNoMarkup(el);
      const labels = [...shadow(el).querySelectorAll<HTMLElement>('[part="track-label"]')];
      expect(labels.map((l) => l.textContent)).to.include(
        `${BIDI.join('')}${lang === 'ar' ? 'track ar' : 'track'} ${MARKUP}`,
      );
      for (const label of labels) expect(getComputedStyle(label).unicodeBidi).to.equal('isolate');
    });

    it('renders markup in error messages as text', async () => {
      const data = hostileDataset((field) => field);
      data.events.push({ id: `bad ${MARKUP}`, date: MARKUP, title: { ar: 'x', en: 'x' }, excerpts: [] } as never);
      const el = await timelineWith(data, { lang });
      await drawn(el);
      const panel = errorPanel(el)!;
      panel.querySelector('summary')?.click();
      await el.updateComplete;
      expectNoMarkup(el);
      expect(panel.textContent).to.include(`"${MARKUP.slice(0, 59)}…"`);
    });

    it('never turns javascript:, data: or other non-http(s) URLs into links', async () => {
      const bad = [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'ftp://example.org/x',
        'blob:https://example.org/uuid',
        '//evil.example/x',
        '/relative/path',
        'mailto:a@example.org',
        'about:blank',
        'https://',
      ];
      const el = await timelineWith(
        hostileDataset((field) => field, bad),
        { lang },
      );
      await drawn(el);
      const check = () => {
        const links = all(el, 'a');
        for (const a of links) {
          const href = a.getAttribute('href') ?? '';
          expect(['http:', 'https:'], href).to.include(new URL(href).protocol);
          expect(href).to.equal('https://example.org/ok');
        }
        return links.length;
      };
      await openDetails(el);
      // One card cites the good source: one link; the thirteen others have none.
      expect(check()).to.equal(1);
      expect(all(el, '[part~="excerpt"]').length).to.equal(bad.length + 1);
      await openReader(el);
      expect(check()).to.equal(1);
      await openSourcesList(el);
      check();
      const hrefs = all(el, '[href], [src], [action], [formaction]').map((n) => n.getAttribute('href') ?? '');
      for (const href of hrefs) expect(href.startsWith('http')).to.equal(true);
    });

    it('isolates every inserted string, so bidi controls cannot reorder the text around them', async () => {
      const controls = BIDI.join('');
      const el = await timelineWith(
        hostileDataset((field) => `${controls}${field}\u202E reversed?`),
        { lang },
      );
      await drawn(el);
      el.zoomTo(new Date('2023-09-01'), new Date('2023-11-01'), { animate: false });
      await el.updateComplete;
      // The tooltip too.
      shadow(el).querySelector<HTMLElement>('[data-id="y"]')!.focus();
      await el.updateComplete;
      await openDetails(el);
      const isolating = new Set(['isolate', 'isolate-override', 'plaintext']);
      const check = () => {
        let checked = 0;
        for (const root of roots(el)) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!BIDI.some((c) => node!.textContent!.includes(c))) continue;
            const parent = node.parentElement!;
            if (parent.closest('style')) continue;
            const style = getComputedStyle(parent);
            // Isolated inline, or a block of its own holding nothing but this string.
            const ok =
              parent.localName === 'bdi' ||
              isolating.has(style.unicodeBidi) ||
              (style.display !== 'inline' && parent.textContent === node.textContent);
            expect(ok, `${parent.localName}.${parent.className}: ${JSON.stringify(node.textContent)}`).to.equal(true);
            checked += 1;
          }
        }
        return checked;
      };
      expect(check()).to.be.at.least(6);
      await openReader(el);
      check();
      await openSourcesList(el);
      expect(check()).to.be.at.least(2);
    });

    it('shows bidi controls in error messages as escapes, not as controls', async () => {
      const data = hostileDataset((field) => field);
      data.events.push({ id: 'bad', date: '\u202E2023-01-01', title: { ar: 'x', en: 'x' }, excerpts: [] });
      const el = await timelineWith(data, { lang });
      await drawn(el);
      const text = errorPanel(el)!.textContent!;
      expect(text).to.include('"\\u202E2023-01-01"');
      expect(BIDI.some((c) => text.includes(c))).to.equal(false);
    });

    it('truncates and wraps very long words without the element growing', async () => {
      const long = (field: string) => `${field}${'W'.repeat(4000)} ${'و'.repeat(3000)}`;
      const el = await timelineWith(hostileDataset(long), { lang, width: 700, height: 400 });
      await drawn(el);
      const before = el.getBoundingClientRect();
      expect(Math.round(before.width)).to.equal(700);
      expect(Math.round(before.height)).to.equal(400);
      for (const label of shadow(el).querySelectorAll<HTMLElement>('[part~="event"] .label')) {
        const style = getComputedStyle(label);
        expect(style.textOverflow).to.equal('ellipsis');
        expect(style.whiteSpace).to.equal('nowrap');
        expect(label.scrollWidth).to.be.above(label.clientWidth);
        expect(label.getBoundingClientRect().width).to.be.at.most(260);
      }
      const panel = await openDetails(el);
      await frames();
      const after = el.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      const box = panel.getBoundingClientRect();
      for (const node of panel.shadowRoot!.querySelectorAll<HTMLElement>('h2, .summary, blockquote, .cite, dd')) {
        const r = node.getBoundingClientRect();
        expect(r.left, node.localName).to.be.at.least(box.left - 1);
        expect(r.right, node.localName).to.be.at.most(box.right + 1);
      }
      const scroller = [panel, ...panel.shadowRoot!.querySelectorAll<HTMLElement>('*')];
      for (const node of scroller) {
        if (node.getBoundingClientRect().width <= 1) continue; // visually hidden text, clipped on purpose
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
      }
      await openReader(el);
      await frames();
      const final = el.getBoundingClientRect();
      expect([final.width, final.height]).to.deep.equal([before.width, before.height]);
    });

    it('keeps a huge invalid value from growing the error panel', async () => {
      const data = hostileDataset((field) => field);
      data.events.push({ id: 'bad', date: '9'.repeat(200_000), title: { ar: 'x', en: 'x' }, excerpts: [] });
      const el = await timelineWith(data, { lang, width: 600 });
      await drawn(el);
      const panel = errorPanel(el)!;
      panel.querySelector('summary')!.click();
      await el.updateComplete;
      expect(panel.textContent!.length).to.be.below(1000);
      expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
      expect(Math.round(el.getBoundingClientRect().width)).to.equal(600);
    });
  });
}
