// The npm package as a user gets it: `npm pack`, installed into an empty project, imported both ways.
// Builds nothing itself: it packs what `npm run build` left in dist/ (`npm test` builds first when
// dist/ is missing or stale; see test/tools/ensure-build.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** What a user needs, and nothing else: the bundles, their types, the manifest, the datasets. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^dist\/(index|details)\.js(\.map)?$/,
  /^dist\/chunks\/[\w-]+\.js(\.map)?$/,
  /^data\/[^/]+\.d\.json\.ts$/,
  /^types\/(react|vue|svelte|elements)\.d\.ts$/,
  /^dist\/tarikh\.bundled(\.details)?\.js(\.map)?$/,
  /^dist\/custom-elements\.json$/,
  /^dist\/types\/.+\.d\.ts$/,
  /^dist\/cli\/tarikh\.js$/,
  /^data\/[^/]+\.json$/,
  /^data\/schema\/.+$/,
];
const FORBIDDEN = /^(src|test|demo|bench|node_modules|\.ci)\/|^dist\/demo\/|^data\/(sources|story|tools)\//;

let work; // the temporary folder: the tarball and the consumer project
let consumer;
let packed; // `npm pack --json` for the tarball
let installed; // node_modules/tarikh in the consumer project

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

/** Files under `dir` (relative to root), recursively. */
function filesUnder(dir) {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path).flatMap((name) => {
    const file = `${dir}/${name}`;
    return statSync(join(root, file)).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Runs an ES module inside the consumer project, as that project's own code would, and returns the
 * JSON it prints on its last line.
 */
function probe(name, source) {
  const file = join(consumer, `${name}.mjs`);
  writeFileSync(file, source);
  const result = run(process.execPath, [file], { cwd: consumer });
  const lines = result.stdout.trim().split('\n');
  try {
    return JSON.parse(lines.at(-1));
  } catch {
    throw new Error(`${name} printed no result (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

before(() => {
  for (const file of [
    'dist/index.js',
    'dist/tarikh.bundled.js',
    'dist/types/index.d.ts',
    'dist/custom-elements.json',
  ]) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build before these tests`);
  }
  work = mkdtempSync(join(tmpdir(), 'tarikh-pack-'));
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  assert.equal(pack.status, 0, `npm pack failed:\n${pack.stderr}`);
  [packed] = JSON.parse(pack.stdout);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const tarball = join(work, packed.filename);
  // The dependencies are in npm's cache after `npm ci`; go to the registry only for what is not.
  let install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: consumer });
  if (install.status !== 0) {
    install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: consumer });
  }
  assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.stderr}`);
  installed = join(consumer, 'node_modules', 'tarikh');
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the bundles, types, manifest, datasets, README and licence, and nothing else', () => {
  const files = packed.files.map((f) => f.path);
  const required = [
    'package.json',
    'README.md',
    'dist/index.js',
    'dist/details.js',
    'dist/tarikh.bundled.js',
    'dist/tarikh.bundled.details.js',
    'data/vostochny-pyongyang.d.json.ts',
    'types/react.d.ts',
    'types/vue.d.ts',
    'types/svelte.d.ts',
    'dist/custom-elements.json',
    'dist/cli/tarikh.js',
    ...filesUnder('dist/types').filter((f) => f.endsWith('.d.ts')),
    ...filesUnder('data').filter((f) => /^data\/[^/]+\.json$/.test(f)),
    ...filesUnder('data/schema'),
    ...(existsSync(join(root, 'LICENSE')) ? ['LICENSE'] : []),
  ];
  assert.ok(required.includes('dist/types/index.d.ts'));
  assert.ok(required.includes('data/vostochny-pyongyang.json'));
  assert.deepEqual(
    required.filter((f) => !files.includes(f)),
    [],
    'files a user needs are missing from the tarball',
  );
  assert.deepEqual(
    files.filter((f) => FORBIDDEN.test(f) || !ALLOWED.some((pattern) => pattern.test(f))),
    [],
    'the tarball holds files a user does not need',
  );
});

test('every file package.json points at is in the tarball', () => {
  const files = new Set(packed.files.map((f) => f.path));
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  const missing = targets
    .filter((target) => target && !target.includes('*'))
    .map((target) => target.replace(/^\.\//, ''))
    .filter((target) => !files.has(target));
  assert.deepEqual(missing, []);
});

test("import 'tarikh' resolves through exports to dist/index.js, with the types exports names", () => {
  const result = probe('resolve', `console.log(JSON.stringify(import.meta.resolve('tarikh')));`);
  assert.equal(result, pathToFileURL(join(installed, 'dist', 'index.js')).href);

  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const types = manifest.exports['.'].types;
  assert.ok(types, "exports['.'] names no types");
  assert.ok(existsSync(join(installed, types)), `exports['.'].types (${types}) is not in the package`);
});

test("import { TarikhTimeline } from 'tarikh' works in plain Node, with no DOM", () => {
  const result = probe(
    'import-plain',
    `try {
      const { TarikhTimeline } = await import('tarikh');
      console.log(JSON.stringify({ ok: typeof TarikhTimeline === 'function' }));
    } catch (error) {
      console.log(JSON.stringify({ ok: false, error: String(error?.stack ?? error) }));
    }`,
  );
  assert.ok(result.ok, `importing tarikh in Node threw:\n${result.error}`);
});

test("importing 'tarikh' in Node reads neither window nor document from Tarikh's own code (SSR)", (t) => {
  // Every browser global reads as undefined, and each read is recorded with the frame that made it.
  // Guarded feature checks in dependencies (lit-html's `global.document === undefined`, d3-timer's
  // `typeof window`) are allowed and listed; a read from Tarikh's own module is not.
  const result = probe(
    'import-ssr',
    `const GLOBALS = ['window', 'document', 'self', 'location', 'navigator', 'HTMLElement', 'customElements',
      'requestAnimationFrame', 'getComputedStyle', 'matchMedia', 'ResizeObserver', 'CSSStyleSheet', 'ShadowRoot'];
    const reads = [];
    for (const name of GLOBALS) {
      if (name in globalThis) continue;
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          const frame = new Error().stack.split('\\n')[2]?.trim() ?? '';
          reads.push({ name, frame });
          return undefined;
        },
        // lit's Node build installs its own shims (customElements); let it.
        set(value) {
          Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
        },
      });
    }
    let error = null;
    try {
      await import('tarikh');
    } catch (e) {
      error = String(e?.stack ?? e);
    }
    console.log(JSON.stringify({ error, reads }));`,
  );
  assert.equal(result.error, null, `importing tarikh with browser globals absent threw:\n${result.error}`);
  const own = result.reads.filter((read) => read.frame.includes('/node_modules/tarikh/'));
  const dependencies = result.reads.filter((read) => !own.includes(read));
  for (const read of dependencies) t.diagnostic(`dependency reads ${read.name}: ${read.frame}`);
  assert.deepEqual(
    own.filter((read) => read.name === 'window' || read.name === 'document'),
    [],
    "Tarikh's own code touches window or document at import time",
  );
});

test('tarikh/dist/tarikh.bundled.js resolves through exports, imports only its details file and defines the element', () => {
  const resolved = probe(
    'resolve-bundled',
    `console.log(JSON.stringify(import.meta.resolve('tarikh/dist/tarikh.bundled.js')));`,
  );
  assert.equal(resolved, pathToFileURL(join(installed, 'dist', 'tarikh.bundled.js')).href);

  // Self-contained: the entry loads nothing but its details file (the panel, and the lists), on demand, and that
  // file only the entry.
  const importsOf = (file) =>
    readFileSync(join(installed, 'dist', file), 'utf8').match(
      /\bimport\s*(?:[\w{*][^;]*?\bfrom\s*)?["'][^"']+["']|\bimport\s*\([^)]*\)/g,
    ) ?? [];
  // Its dynamic imports go through one helper that can ask again for a file whose import failed
  // (rollup.config.ts, retryableDynamicImports): the file's one `import(` is the helper's.
  const entry = readFileSync(join(installed, 'dist', 'tarikh.bundled.js'), 'utf8');
  assert.equal(importsOf('tarikh.bundled.js').length, 1);
  assert.deepEqual(
    [...new Set(entry.match(/\(import\.meta\.url,\s*["'][^"']+["']\)/g))],
    ['(import.meta.url,"./tarikh.bundled.details.js")'],
  );
  assert.deepEqual(
    importsOf('tarikh.bundled.details.js').map((statement) => statement.replace(/^.*from\s*/, '')),
    ['"./tarikh.bundled.js"'],
  );

  // The bundle is for browsers (lit's browser build), so it is loaded here with the least a page
  // provides at load time: HTMLElement to extend, a registry, and lit-html's template walker.
  const result = probe(
    'import-bundled',
    `const defined = new Map();
    globalThis.HTMLElement = class {};
    globalThis.customElements = { get: (name) => defined.get(name), define: (name, cls) => defined.set(name, cls) };
    globalThis.document = { createTreeWalker: () => ({}) };
    const bundled = await import('tarikh/dist/tarikh.bundled.js');
    console.log(JSON.stringify({
      exports: Object.keys(bundled).sort(),
      defines: defined.get('tarikh-timeline') === bundled.TarikhTimeline,
    }));`,
  );
  const library = probe('exports-library', `console.log(JSON.stringify(Object.keys(await import('tarikh')).sort()));`);
  // The same names as the library (both leave the panel's two classes to their details file); the one- and
  // two-letter names are the internal bindings the bundle's details file, and the library's chunks, import.
  assert.ok(result.exports.includes('TarikhTimeline'));
  assert.deepEqual(
    result.exports.filter((name) => name.length > 2),
    library.filter((name) => name.length > 2),
    'the bundle and the library export different names',
  );
  assert.ok(result.defines, 'importing the bundle does not define <tarikh-timeline>');
});

test('tarikh/dist/tarikh.bundled.js imports in plain Node, with no DOM: it defines nothing and its validator works', () => {
  const result = probe(
    'import-bundled-plain',
    `try {
      const bundled = await import('tarikh/dist/tarikh.bundled.js');
      const { problems } = bundled.validateDataset({ title: 'not a dataset' });
      console.log(JSON.stringify({
        ok: typeof bundled.TarikhTimeline === 'function',
        problems: problems.length,
        customElements: typeof customElements,
        htmlElement: typeof HTMLElement,
      }));
    } catch (error) {
      console.log(JSON.stringify({ ok: false, error: String(error?.stack ?? error) }));
    }`,
  );
  assert.ok(result.ok, `importing the bundle in Node threw:\n${result.error}`);
  assert.ok(result.problems > 0, 'the validator found nothing wrong with a dataset that has no events');
  // Nothing was put on the global object for it.
  assert.equal(result.customElements, 'undefined');
  assert.equal(result.htmlElement, 'undefined');
});

test("tarikh/details resolves through exports and gives the panel's and the reader's classes", () => {
  const result = probe(
    'details-entry',
    `const url = import.meta.resolve('tarikh/details');
    const details = await import('tarikh/details');
    console.log(JSON.stringify({ url, names: Object.keys(details).sort() }));`,
  );
  assert.equal(result.url, pathToFileURL(join(installed, 'dist', 'details.js')).href);
  assert.deepEqual(result.names, ['TarikhDetails', 'TarikhSourceView']);
});

test('tarikh/data/vostochny-pyongyang.json resolves through exports to the bundled dataset', () => {
  const result = probe(
    'dataset',
    `const url = import.meta.resolve('tarikh/data/vostochny-pyongyang.json');
    const { default: story } = await import('tarikh/data/vostochny-pyongyang.json', { with: { type: 'json' } });
    console.log(JSON.stringify({ url, events: story.events.length, title: story.title }));`,
  );
  assert.equal(result.url, pathToFileURL(join(installed, 'data', 'vostochny-pyongyang.json')).href);
  assert.ok(result.events > 0);
  assert.ok(result.title.ar && result.title.en);
});

test('tarikh/custom-elements.json resolves and documents <tarikh-timeline>', () => {
  const result = probe(
    'manifest',
    `const { default: manifest } = await import('tarikh/custom-elements.json', { with: { type: 'json' } });
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'tarikh-timeline');
    console.log(JSON.stringify(element ? {
      attributes: element.attributes.map((a) => a.name),
      events: element.events.map((e) => e.name),
      parts: element.cssParts.length,
      cssProperties: element.cssProperties.length,
    } : null));`,
  );
  assert.ok(result, 'the manifest has no <tarikh-timeline>');
  for (const attribute of ['src', 'lang', 'start', 'end', 'selected']) assert.ok(result.attributes.includes(attribute));
  for (const event of ['tarikh-select', 'tarikh-range-change', 'tarikh-error'])
    assert.ok(result.events.includes(event));
  assert.ok(result.parts > 0 && result.cssProperties > 0);
  assert.ok(existsSync(join(installed, pkg.customElements)), 'package.json customElements names a missing file');
});

test("custom-elements.json names only files in the package, and every element's event with its detail type", () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'dist', 'custom-elements.json'), 'utf8'));
  const files = new Set(packed.files.map((f) => f.path));
  const named = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') named.add(child.replace(/^\//, ''));
      else visit(child);
    }
  };
  visit(manifest.modules);
  assert.ok(named.size > 20);
  assert.deepEqual(
    [...named].filter((path) => !files.has(path)),
    [],
    'the manifest names files the package does not have',
  );
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const events = elements.flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, ...e })));
  assert.ok(events.length >= 7);
  assert.deepEqual(
    events.filter((e) => !/^CustomEvent<.+>$/.test(e.type?.text ?? '')).map((e) => `${e.tag} ${e.name}`),
    [],
    'events without a detail type',
  );
});

test('a TypeScript project type-checks against the package (bundler and NodeNext resolution)', () => {
  writeFileSync(
    join(consumer, 'use.ts'),
    `import { TarikhTimeline, defineDataset, type Dataset } from 'tarikh';
import type { TarikhDetails } from 'tarikh/details';
import story from 'tarikh/data/vostochny-pyongyang.json' with { type: 'json' };

const timeline = document.createElement('tarikh-timeline');
const typed: TarikhTimeline = timeline;
typed.lang = 'ar';
typed.src = 'https://example.org/story.json';
typed.zoomBy(2);
typed.fit();
typed.select(null);
typed.zoomTo(new Date('2023-09-01'), new Date('2024-07-01'), { animate: false });
typed.addEventListener('tarikh-select', () => typed.fit());
export const data: Dataset | null = typed.data;

// Every event's detail, with no cast.
timeline.addEventListener('tarikh-select', (e) => {
  const id: string | null = e.detail.id;
  if (id) typed.select(id);
});
timeline.addEventListener('tarikh-range-change', (e) => e.detail.start.getTime() < e.detail.end.getTime());
timeline.addEventListener('tarikh-load', (e) => e.detail.dataset.events.length);
timeline.addEventListener('tarikh-error', (e) => [e.detail.message, ...e.detail.errors].join(' '));
document.addEventListener('tarikh-source-select', (e) => e.detail.id.length);
document.addEventListener('tarikh-story-step', (e) => (e.detail.direction === 'next' ? e.detail.id : null));

// The bundled dataset's JSON import is assignable to data.
timeline.data = story;
// A dataset written in TypeScript, checked where it is written.
timeline.data = defineDataset({
  title: { ar: 'قصة', en: 'A story' },
  sources: [{ id: 's', title: { ar: 'م', en: 'S' }, outlet: { ar: 'و', en: 'O' }, lang: 'en', text: 'A quote.' }],
  events: [{ id: 'e', date: '2024-06-19', precision: 'day', title: { ar: 'حدث', en: 'An event' }, excerpts: [] }],
});
// The details panel's classes come from their own entry.
export const panel: typeof TarikhDetails = customElements.get('tarikh-details') as typeof TarikhDetails;
`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, moduleResolution] of [
    ['ESNext', 'Bundler'],
    ['NodeNext', 'NodeNext'],
  ]) {
    const config = `tsconfig.${moduleResolution.toLowerCase()}.json`;
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module,
      moduleResolution,
      resolveJsonModule: true,
      types: [],
    };
    writeFileSync(join(consumer, config), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
    const result = run(process.execPath, [tsc, '-p', config], { cwd: consumer });
    assert.equal(result.status, 0, `tsc (${moduleResolution}) failed:\n${result.stdout}${result.stderr}`);
  }
});
