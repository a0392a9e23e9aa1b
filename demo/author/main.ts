import type { Lang } from '../../src/model/types.js';
import { messages } from './messages.js';
import './workbench.js';

const workbench = document.querySelector('tarikh-workbench')!;
const KEY = 'tarikh-workbench-lang';

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(KEY);
    if (value === 'ar' || value === 'en') return value;
  } catch {
    // Storage can be disabled; the browser's language decides then.
  }
  return navigator.languages?.[0]?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

function show(lang: Lang) {
  const m = messages[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = m.pageTitle;
  document.querySelector('#heading')!.textContent = m.heading;
  document.querySelector('#intro')!.textContent = m.intro;
  document.querySelector('#back')!.textContent = m.backToDemo;
  for (const id of ['#language-nav', '#language-group'])
    document.querySelector(id)!.setAttribute('aria-label', m.language);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  workbench.lang = lang;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang as Lang;
    show(lang);
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      // See storedLang.
    }
  });
}

show(storedLang());

// Offline once loaded: a face is fetched when text first needs it, which for an article pasted
// after the network has gone is too late, so every face of the page is fetched as it loads.
addEventListener('load', () => {
  for (const face of document.fonts) face.load().catch(() => undefined);
});
