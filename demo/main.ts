import '../src/index.js';
import type { Lang } from '../src/index.js';

const intro: Record<Lang, string> = {
  en: 'Fifteen months that remade an alliance: from the summit at the Vostochny cosmodrome in September 2023 to the Comprehensive Strategic Partnership treaty signed in Pyongyang in June 2024. Every event rests on the words of five Arabic news reports — select one to read them.',
  ar: 'خمسة عشر شهرًا أعادت صياغة تحالف: من القمة في قاعدة فوستوشني الفضائية في سبتمبر 2023 إلى معاهدة الشراكة الاستراتيجية الشاملة الموقّعة في بيونغ يانغ في يونيو 2024. كل حدث هنا مستند إلى نصوص خمسة تقارير إخبارية عربية — اختر حدثًا لتقرأها.',
};
const kicker: Record<Lang, string> = {
  en: 'Tarikh · a timeline you can check',
  ar: 'تاريخ · خط زمني يمكنك التحقق منه',
};
const heading: Record<Lang, string> = {
  en: 'From Vostochny to Pyongyang',
  ar: 'من فوستوشني إلى بيونغ يانغ',
};

const timeline = document.querySelector('tarikh-timeline')!;

function setLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  timeline.lang = lang;
  document.querySelector('[data-i18n="intro"]')!.textContent = intro[lang];
  document.querySelector('[data-i18n="kicker"]')!.textContent = kicker[lang];
  document.querySelector('#story-title')!.textContent = heading[lang];
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang as Lang));
}
setLanguage(document.documentElement.lang === 'ar' ? 'ar' : 'en');
