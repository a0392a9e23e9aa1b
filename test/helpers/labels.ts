import { expect } from '@open-wc/testing';

/** Fails if any two drawn event labels of a timeline overlap on screen (by more than half a pixel). */
export function expectNoLabelOverlap(el: Element, context = '') {
  const labels = [...el.shadowRoot!.querySelectorAll('.event .label')].map((n) => n.getBoundingClientRect());
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      const a = labels[i]!;
      const b = labels[j]!;
      const overlap =
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `${context}labels ${i} and ${j} overlap`).to.equal(false);
    }
  }
}
