// The `tarikh` command as a reporter runs it: dist/cli/tarikh.js (what the package's `bin` names)
// on story folders made here byte by byte (a BOM, CRLF line endings, NFD text, Arabic with
// diacritics, tatweel and bidi marks), checking what it prints, its exit status and the files it
// writes or refuses to write.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli', 'tarikh.js');

let work;

/** Runs the command in `cwd`; returns its status and output. */
function tarikh(args, cwd = work) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  if (result.error) throw result.error;
  return result;
}

const BOM = '\uFEFF';
/** An Arabic article saved by a Windows editor: a BOM, CRLF, shadda, tatweel, a right-to-left mark. */
const ARABIC =
  `${BOM}قال الرئيس بوتين إن المعاهدة «تاريخيّة».\r\n` +
  'وأكّد الرئيـــس كيم أن العلاقات\u200F قويّة.\r\n' +
  'قال الرئيس بوتين إن التعاون سيستمر.\r\n';
/** An English article in NFD (é as e + U+0301), with curly quotes. */
const ENGLISH = 'The Cafe\u0301 summit \u201Copened\u201D on Wednesday.\nPutin arrived in Pyongyang.\n';

function story(excerpts) {
  return {
    title: { ar: 'قمة', en: 'Summit' },
    tracks: [{ id: 'diplomacy', label: { ar: 'دبلوماسية', en: 'Diplomacy' } }],
    sources: [
      {
        id: 'ar',
        file: 'ar.txt',
        title: { ar: 'معاهدة', en: 'Treaty' },
        outlet: { ar: 'وكالة', en: 'Agency' },
        lang: 'ar',
      },
      {
        id: 'en',
        file: 'en.txt',
        title: { ar: 'قمة', en: 'Summit' },
        outlet: { ar: 'صحيفة', en: 'Paper' },
        lang: 'en',
      },
    ],
    events: [
      { id: 'signing', date: '2024-06-19', track: 'diplomacy', title: { ar: 'التوقيع', en: 'Signing' }, excerpts },
    ],
  };
}

/** A story folder with the two articles and the given excerpts; returns its path. */
function folder(name, excerpts, articles = { 'ar.txt': ARABIC, 'en.txt': ENGLISH }) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const [file, text] of Object.entries(articles)) writeFileSync(join(dir, 'sources', file), text);
  writeFileSync(join(dir, 'story.json'), JSON.stringify(story(excerpts), null, 2));
  return dir;
}

const GOOD = [
  { source: 'ar', quote: 'قال الرئيس بوتين', occurrence: 2, translation: { en: 'President Putin said' } },
  { source: 'ar', quote: 'قال الرئيس بوتين', suffix: ' إن المعاهدة', translation: { en: 'President Putin said' } },
  { source: 'ar', quote: 'وأكّد الرئيـــس كيم أن العلاقات\u200F قويّة', translation: { en: 'Kim said ties are strong' } },
  { source: 'ar', quote: '«تاريخيّة».\r\nوأكّد', translation: { en: '“historic”. He stressed' } },
  { source: 'en', quote: 'Cafe\u0301 summit \u201Copened\u201D', translation: { en: 'Café summit', ar: 'قمة المقهى' } },
];

before(() => {
  assert.ok(existsSync(cli), 'dist/cli/tarikh.js is missing: run npm run build');
  work = mkdtempSync(join(tmpdir(), 'tarikh-cli-'));
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('tarikh build', () => {
  test('places each quote at UTF-16 offsets of the file as it is: BOM, CRLF, NFD, marks kept', () => {
    const dir = folder('good', GOOD);
    const result = tarikh(['build', dir]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /build: wrote .*dataset\.json \(1 events, 0 of them context; 5 excerpts; 2 sources\)/);
    const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
    const texts = { ar: readFileSync(join(dir, 'sources', 'ar.txt'), 'utf8'), en: ENGLISH };
    assert.equal(dataset.sources[0].text, ARABIC, 'the Arabic text is the file’s, BOM and CRLF included');
    assert.equal(dataset.sources[1].text, ENGLISH, 'the NFD text is not normalized');
    const excerpts = dataset.events[0].excerpts;
    for (const excerpt of excerpts)
      assert.equal(texts[excerpt.source].slice(excerpt.start, excerpt.end), excerpt.quote);
    // The 2nd "قال الرئيس بوتين" by occurrence is on line 3; by its suffix, the 1st, just after the BOM.
    assert.equal(excerpts[0].start, ARABIC.lastIndexOf('قال الرئيس بوتين'));
    assert.equal(excerpts[1].start, 1);
    assert.deepEqual(Object.keys(excerpts[1]), ['source', 'quote', 'start', 'end', 'translation']);
    assert.equal(excerpts[2].translation.ar, GOOD[2].quote, 'an Arabic quote is its own Arabic translation');
  });

  test('a near miss names the event, shows the closest passage and each difference, and writes nothing', () => {
    const dir = folder('near-miss', [
      ...GOOD.slice(0, 2),
      { source: 'ar', quote: 'وأكد الرئيس كيم', translation: { en: 'Kim stressed' } },
      { source: 'en', quote: 'Cafe\u0301 summit "opened"', translation: { en: 'Café', ar: 'مقهى' } },
    ]);
    writeFileSync(join(dir, 'dataset.json'), 'previous build\n');
    const result = tarikh(['build', dir]);
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    const kim = lines.find((line) => line.includes('excerpt 3'));
    assert.ok(kim, result.stderr);
    assert.match(
      kim,
      /\$\.events\[0\]\.excerpts\[2\]: event "signing" excerpt 3: the quote is not in source "ar": «وأكد الرئيس كيم»\./,
    );
    assert.match(kim, /Closest passage \(line 2, 100% alike\): «وأكّد الرئيـــس كيم»/);
    assert.match(kim, /diacritics: the article has mark U\+0651 where the quote has nothing/);
    assert.match(
      kim,
      /tatweel: the article has tatweel \(U\+0640\) \+ tatweel \(U\+0640\) \+ tatweel \(U\+0640\) where the quote has nothing/,
    );
    const cafe = lines.find((line) => line.includes('excerpt 4'));
    assert.match(
      cafe,
      /curly vs straight quotation marks: the article has opening curly quote “ \(U\+201C\) where the quote has straight double quote \(U\+0022\)/,
    );
    assert.match(lines.at(-1), /2 problem\(s\); nothing was written\./);
    assert.equal(
      readFileSync(join(dir, 'dataset.json'), 'utf8'),
      'previous build\n',
      'the previous dataset is untouched',
    );
  });

  test('says in Arabic which repeated quote needs an occurrence, with --lang ar', () => {
    const dir = folder('ambiguous', [{ source: 'ar', quote: 'قال الرئيس بوتين', translation: { en: 'Putin said' } }]);
    const result = tarikh(['build', dir, '--lang', 'ar']);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /الحدث "signing" الاقتباس 1: يرد الاقتباس 2 مرات في المصدر "ar"؛ حدّد أيّها بـ"occurrence" \(من 1 إلى 2\)/,
    );
    assert.match(result.stderr, /مشكلة؛ لم يُكتب شيء\./);
    assert.ok(!existsSync(join(dir, 'dataset.json')));
  });

  test('a misspelt field of the story file is named before any quote is looked for', () => {
    const dir = folder('typo', [{ ...GOOD[0], occurence: 2, occurrence: undefined }]);
    const result = tarikh(['build', dir]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\$\.events\[0\]\.excerpts\[0\]: "occurence" is not a field of the data model/);
  });

  test('a bidi control in a missing quote is shown as an escape, not applied', () => {
    const dir = folder('bidi', [{ source: 'en', quote: 'Putin \u202Earrived', translation: { en: 'x', ar: 'س' } }]);
    const result = tarikh(['build', dir]);
    assert.equal(result.status, 1);
    assert.ok(!result.stderr.includes('\u202E'));
    assert.match(result.stderr, /«Putin \\u202Earrived»/);
  });

  test('shows progress on a long build (2,000 excerpts)', () => {
    const many = Array.from({ length: 2000 }, () => GOOD[4]);
    const dir = folder('many', many);
    const result = tarikh(['build', dir]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /build: 1000 of 2000 excerpts placed/);
    assert.match(result.stderr, /build: 2000 of 2000 excerpts placed/);
  });
});

describe('tarikh check', () => {
  test('exits 0 on the bundled dataset, 1 with every problem by JSON path in the chosen language', () => {
    const ok = tarikh(['check', join(root, 'data', 'vostochny-pyongyang.json')]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /vostochny-pyongyang\.json: valid/);
    const bad = tarikh(['check', join(root, 'test', 'fixtures', 'several-problems.json'), '--lang', 'ar']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /خطأ \$\.events\[0\]\.title\.ar: العنوان بلا نص عربي/);
    assert.match(bad.stderr, /تنبيه \$\.sources\[0\]\.url: الرابط ليس عنوان http\(s\) ولن يُعرض/);
  });

  test('--json prints machine-readable problems with both languages; warnings fail only with --strict', () => {
    const file = join(work, 'warning.json');
    const dataset = JSON.parse(readFileSync(join(root, 'data', 'vostochny-pyongyang.json'), 'utf8'));
    dataset.sources[0].url = 'javascript:alert(1)';
    writeFileSync(file, JSON.stringify(dataset));
    const lenient = tarikh(['check', '--json', file]);
    assert.equal(lenient.status, 0);
    const report = JSON.parse(lenient.stdout);
    assert.equal(report.valid, true);
    assert.deepEqual(report.files[0].problems, [
      {
        level: 'warning',
        path: '$.sources[0].url',
        message: {
          en: 'the link is not an http(s) URL and will not be shown',
          ar: 'الرابط ليس عنوان http(s) ولن يُعرض',
        },
        by: 'validator',
      },
    ]);
    assert.equal(tarikh(['check', '--strict', file]).status, 1);
  });

  test('names a file that is not JSON, and a story file given instead of a dataset', () => {
    writeFileSync(join(work, 'broken.json'), '{ "title": ');
    const broken = tarikh(['check', 'broken.json']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /broken\.json: error \$: broken\.json: not valid JSON/);
    const dir = folder('story-given', GOOD);
    const given = tarikh(['check', join(dir, 'story.json')]);
    assert.equal(given.status, 1);
    assert.match(given.stderr, /this is a story \(authoring\) file; check the dataset "tarikh build" writes from it/);
  });

  test('a mistake in the command line exits 2 with a hint', () => {
    const result = tarikh(['check']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /"check" needs one or more dataset files/);
    assert.equal(tarikh(['frobnicate']).status, 2);
    assert.equal(tarikh(['build', 'x', '--strict']).status, 2);
  });
});

describe('tarikh init', () => {
  test('makes story.json with $schema, sources/ holding the articles, a README and the CSV templates', () => {
    const dir = join(work, 'fresh');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ar.txt'), ARABIC);
    const result = tarikh(['init', 'fresh']);
    assert.equal(result.status, 0, result.stderr);
    const created = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    assert.match(created.$schema, /authoring\.schema\.json$/);
    assert.deepEqual(created.sources, [
      { id: 'ar', file: 'ar.txt', title: { ar: '', en: '' }, outlet: { ar: '', en: '' }, lang: 'ar' },
    ]);
    assert.equal(readFileSync(join(dir, 'sources', 'ar.txt'), 'utf8'), ARABIC, 'copied byte for byte');
    assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /npx tarikh build/);
    assert.equal(
      readFileSync(join(dir, 'events.csv'), 'utf8').split('\n')[0],
      'id,date,end,precision,title_ar,title_en,summary_ar,summary_en,place_ar,place_en,track,context,note',
    );
    assert.equal(
      readFileSync(join(dir, 'excerpts.csv'), 'utf8').split('\n')[0],
      'event,source,quote,occurrence,prefix,suffix,translation_en,translation_ar',
    );
    const again = tarikh(['init', 'fresh']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists; init never overwrites a story/);
  });

  test('building a fresh story names each field still to fill in', () => {
    const result = tarikh(['build', 'fresh']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\$\.title\.ar: the Arabic text must not be empty/);
    assert.match(result.stderr, /\$\.sources\[0\]\.outlet\.en: the English text must not be empty/);
  });
});

describe('tarikh import', () => {
  test('reads CSV cells with quoted commas and newlines, then builds', () => {
    const dir = folder('sheets', []);
    writeFileSync(
      join(dir, 'events.csv'),
      `${BOM}id,date,precision,title_ar,title_en,summary_ar,summary_en,track\r\n` +
        'signing,2024-06-19,day,التوقيع,"Signing, in Pyongyang","سطر أول\nسطر ثان","Two lines,\none cell",diplomacy\r\n' +
        'summit,2023-09-13,,قمة,Summit,,,\r\n',
    );
    writeFileSync(
      join(dir, 'excerpts.csv'),
      'event,source,quote,occurrence,prefix,suffix,translation_en,translation_ar\r\n' +
        'signing,ar.txt,قال الرئيس بوتين,2,,,"Putin said, again",\r\n' +
        `signing,ar,"«تاريخيّة».\r\nوأكّد",,,,"""historic"", he stressed",\r\n` +
        'summit,en.txt,Putin arrived,,,,Putin arrived,وصل بوتين\r\n',
    );
    const result = tarikh(['import', 'events.csv', 'excerpts.csv', '-o', 'story.json'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /import: wrote story\.json \(2 events, 3 excerpts\)/);
    const imported = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    assert.equal(imported.title.en, 'Summit', 'the story keeps its title');
    assert.equal(imported.sources.length, 2, 'ar.txt is the known source "ar", not a new one');
    const [signing, summit] = imported.events;
    assert.deepEqual(signing.title, { ar: 'التوقيع', en: 'Signing, in Pyongyang' });
    assert.deepEqual(signing.summary, { ar: 'سطر أول\nسطر ثان', en: 'Two lines,\none cell' });
    assert.equal(signing.excerpts[1].quote, '«تاريخيّة».\r\nوأكّد', 'a quoted cell keeps its CRLF');
    assert.equal(signing.excerpts[1].translation.en, '"historic", he stressed');
    assert.equal(signing.excerpts[0].occurrence, 2);
    assert.deepEqual(summit.excerpts[0].translation, { en: 'Putin arrived', ar: 'وصل بوتين' });
    const built = tarikh(['build', '.'], dir);
    assert.equal(built.status, 0, built.stderr);
  });

  test('reads TSV, and names each wrong row by its line without writing', () => {
    const dir = folder('tsv', []);
    writeFileSync(
      join(dir, 'events.tsv'),
      'id\tdate\ttitle_ar\ttitle_en\nsigning\t\tالتوقيع\tSigning\n\t2024-01-01\tx\ty\n',
    );
    writeFileSync(
      join(dir, 'excerpts.tsv'),
      'event id\tsource\tquote\toccurrence\tTranslation EN\nnope\tar\tقال\t1\tsaid\nsigning\tar\tقال\ttwo\tsaid\n',
    );
    const before = readFileSync(join(dir, 'story.json'), 'utf8');
    const result = tarikh(['import', 'events.tsv', 'excerpts.tsv', '-o', 'story.json'], dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /events\.tsv line 2: event "signing": the "date" cell is empty/);
    assert.match(result.stderr, /events\.tsv line 3: the "id" cell is empty/);
    assert.match(result.stderr, /excerpts\.tsv line 2: no event has the id "nope" in the events sheet/);
    assert.match(result.stderr, /excerpts\.tsv line 3: "occurrence" must be a whole number from 1, not "two"/);
    assert.equal(readFileSync(join(dir, 'story.json'), 'utf8'), before);
  });

  test('counts lines across cells that hold line breaks', () => {
    const dir = folder('lines', []);
    writeFileSync(
      join(dir, 'events.csv'),
      'id,date,title_ar,title_en\nsigning,2024-06-19,"a\nb\nc",x\n,2024-06-20,y,z\n',
    );
    writeFileSync(join(dir, 'excerpts.csv'), 'event,source,quote\n');
    const result = tarikh(['import', 'events.csv', 'excerpts.csv'], dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /events\.csv line 5: the "id" cell is empty/);
  });
});

describe('tarikh annotations', () => {
  test('writes each excerpt as a W3C Web Annotation with quote and code-point position selectors', () => {
    const dir = folder('annotated', [GOOD[4]], { 'ar.txt': ARABIC, 'en.txt': `\u{1F4F0} ${ENGLISH}` });
    assert.equal(tarikh(['build', dir]).status, 0);
    const result = tarikh(['annotations', join(dir, 'dataset.json')]);
    assert.equal(result.status, 0, result.stderr);
    const collection = JSON.parse(result.stdout);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 1);
    const [annotation] = collection.first.items;
    assert.equal(annotation.type, 'Annotation');
    assert.equal(annotation.id, 'urn:tarikh:event:signing:excerpt:1');
    assert.equal(annotation.target.source, 'urn:tarikh:source:en');
    const [quote, position] = annotation.target.selector;
    assert.deepEqual(quote, {
      type: 'TextQuoteSelector',
      exact: 'Cafe\u0301 summit \u201Copened\u201D',
      prefix: '\u{1F4F0} The ',
      suffix: ' on Wednesday.\nPutin arrived in ',
    });
    // The newspaper emoji is two UTF-16 units but one code point: "The" starts at code point 2.
    assert.deepEqual(position, { type: 'TextPositionSelector', start: 6, end: 6 + [...quote.exact].length });
    assert.ok(annotation.body.some((b) => b.language === 'ar' && b.value === 'قمة المقهى'));
  });

  test('refuses a dataset whose offsets do not match its quotes', () => {
    const result = tarikh(['annotations', join(root, 'test', 'fixtures', 'quote-mismatch.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not a valid dataset/);
  });
});

describe('tarikh reanchor', () => {
  const EXCERPTS = [
    { source: 'en', quote: 'Putin arrived in Pyongyang', translation: { en: 'a', ar: 'أ' } },
    { source: 'en', quote: 'on Wednesday', translation: { en: 'b', ar: 'ب' } },
    { source: 'ar', quote: 'قال الرئيس بوتين إن التعاون سيستمر', translation: { en: 'c' } },
    { source: 'ar', quote: 'وأكّد الرئيـــس كيم', translation: { en: 'd' } },
  ];
  /** The corrected articles: a line added first, a date corrected, a typo fixed, a sentence removed. */
  const CORRECTED = {
    'en.txt': `Correction appended.\n${ENGLISH.replace('on Wednesday', 'on Tuesday')}`,
    'ar.txt': ARABIC.replace('سيستمر', 'سيتواصل').replace('وأكّد الرئيـــس كيم أن العلاقات\u200F قويّة.\r\n', ''),
  };

  test('reports what moved, changed and was lost, and writes nothing without --write', () => {
    const dir = folder('reanchor', EXCERPTS);
    assert.equal(tarikh(['build', dir]).status, 0);
    for (const [file, text] of Object.entries(CORRECTED)) writeFileSync(join(dir, 'sources', file), text);
    const original = readFileSync(join(dir, 'story.json'), 'utf8');
    const result = tarikh(['reanchor', dir]);
    assert.equal(result.status, 1, 'a lost quote fails the run');
    const out = result.stdout;
    const before = ENGLISH.indexOf('Putin arrived');
    const now = CORRECTED['en.txt'].indexOf('Putin arrived');
    assert.match(out, new RegExp(`moved    event "signing" excerpt 1: ${before}–${before + 26} → ${now}–${now + 26} `));
    assert.match(out, /changed\s+event "signing" excerpt 2 \(\d+% alike\): «on Wednesday» → «on Tuesday»/);
    assert.match(
      out,
      /changed\s+event "signing" excerpt 3 \(\d+% alike\): «قال الرئيس بوتين إن التعاون سيستمر» → «قال الرئيس بوتين إن التعاون سيتواصل»/,
    );
    assert.match(out, /lost\s+event "signing" excerpt 4 \(closest passage \d+% alike\): «وأكّد الرئيـــس كيم»/);
    assert.match(out, /reanchor: 0 unchanged, 1 moved, 2 changed, 1 lost\./);
    assert.match(out, /would change; nothing was written \(add --write\)/);
    assert.equal(readFileSync(join(dir, 'story.json'), 'utf8'), original);
  });

  test('with --write, updates the changed quotes so that the story builds again once the lost one is removed', () => {
    const dir = join(work, 'reanchor');
    const result = tarikh(['reanchor', dir, '--write', '--lang', 'ar']);
    assert.match(result.stdout, /reanchor: حُدّث 2 اقتباسًا في/);
    const written = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    const quotes = written.events[0].excerpts.map((e) => e.quote);
    assert.deepEqual(quotes, [
      'Putin arrived in Pyongyang',
      'on Tuesday',
      'قال الرئيس بوتين إن التعاون سيتواصل',
      'وأكّد الرئيـــس كيم',
    ]);
    written.events[0].excerpts.pop();
    writeFileSync(join(dir, 'story.json'), JSON.stringify(written));
    const rebuilt = tarikh(['build', dir]);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
  });
});
