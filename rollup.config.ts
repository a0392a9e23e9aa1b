import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GetManualChunk, Plugin, RollupOptions } from 'rollup';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssTemplate } from './build/minify-css.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies);
/** Leaves every runtime dependency (and its subpaths, e.g. `date-fns/locale`) as an import. */
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** Copies the files (not folders) of `from` that `keep` accepts. */
function copyFiles(from: string, to: string, keep: (file: string) => boolean) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const path = join(from, name);
    if (statSync(path).isFile() && keep(name)) copyFileSync(path, join(to, name));
  }
}

/**
 * Emits the static demo site beside its bundle: the page (its module script pointed at the bundle),
 * styles, self-hosted fonts and the datasets, all under relative URLs so any static server can host it.
 */
function demoSite(): Plugin {
  return {
    name: 'tarikh-demo-site',
    generateBundle() {
      const html = readFileSync('demo/index.html', 'utf8').replace(/src="\.\/main\.ts"/, 'src="./main.js"');
      this.emitFile({ type: 'asset', fileName: 'index.html', source: html });
    },
    writeBundle() {
      copyFiles('demo', 'dist/demo', (file) => /\.(css|svg|png|ico)$/.test(file));
      copyFiles('demo/fonts', 'dist/demo/fonts', (file) => /\.(css|woff2)$/.test(file));
      copyFiles('data', 'dist/demo/data', (file) => file.endsWith('.json'));
    },
  };
}

/**
 * The npm entry, `tarikh`, and the details panel, `tarikh/details`, which the timeline imports dynamically on the
 * first selection: two files, so that a bundler building an app makes the panel a chunk of its own.
 */
const library: RollupOptions = {
  input: { index: 'src/index.ts', details: 'src/details.ts' },
  external: isDependency,
  // The shared code stays in index.js (the other files import it from there), which also keeps the elements'
  // definitions in the files package.json's `sideEffects` names: without it, the lists chunk, which shares code
  // with both entries, made rollup move index.js's body to a chunk behind a re-exporting index.js, and an app's
  // bundler then dropped the chunk's `customElements.define` as free of side effects.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.build.json',
      include: ['src/**/*.ts'],
      outDir: 'dist',
      declaration: true,
      declarationDir: 'dist/types',
      sourceMap: true,
    }),
  ],
};

/**
 * Lets rollup drop the parts of d3-interpolate that are not used. The package ships as one file whose top
 * level builds interpolators with factory calls (`var rgb = (function rgbGamma(y) {…})(1)`,
 * `var cubehelixLong = cubehelix(nogamma)`, …); rollup cannot prove those calls pure, so it kept them and,
 * through them, all of d3-color (4 KB gzipped) for the one interpolator used, `interpolateZoom`. Each such
 * call only returns a new closure (read in d3-interpolate 3.0.2, which is also why its package says
 * `"sideEffects": false`), so it is marked pure. The build fails if the file no longer has any.
 */
function pureD3InterpolateFactories(): Plugin {
  return {
    name: 'tarikh-pure-d3-interpolate-factories',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]d3-interpolate[\\/]dist[\\/]d3-interpolate\.mjs$/.test(id)) return null;
      const marked = code.replace(/^(var [\w$]+ = )(?=[\w$]+\(|\(function)/gm, '$1/*#__PURE__*/');
      if (marked === code) this.error(`d3-interpolate changed: no top-level factory calls found in ${id}`);
      return { code: marked, map: null };
    },
  };
}

/**
 * Only what src/time/format.ts reads of the two date-fns locales: their month and era names. A date-fns locale
 * also carries `match` (for parsing), `formatDistance`, `formatRelative`, `formatLong` and the names of days,
 * quarters and day periods, none of which Tarikh writes. Every import that resolves to `date-fns/locale/ar.js`
 * or `en-US.js` gets a module with the real locale's `code` and `options` and a `localize` whose `month` and
 * `era` answer from tables read at build time from the real locale's own `localize`, for every width, so the
 * names are date-fns's. The build fails if a locale no longer has one named export.
 */
function slimDateFnsLocales(): Plugin {
  const locale = /[\\/]node_modules[\\/]date-fns[\\/]locale[\\/](ar|en-US)\.js$/;
  const prefix = '\0tarikh-slim-locale:';
  type Localize = {
    month: (month: number, options: { width: string; context: string }) => string;
    era: (era: number, options: { width: string }) => string;
  };
  return {
    name: 'tarikh-slim-date-fns-locales',
    async resolveId(source, importer, options) {
      if (!source.includes('locale') || source.startsWith(prefix)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Another plugin's resolver may already have come back here (the id then has the prefix).
      return resolved && !resolved.id.startsWith(prefix) && locale.test(resolved.id) ? prefix + resolved.id : resolved;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length);
      const real = (await import(pathToFileURL(file).href)) as Record<
        string,
        { code: string; options: object; localize: Localize }
      >;
      const names = Object.keys(real).filter((name) => name !== 'default');
      if (names.length !== 1) this.error(`date-fns locale ${file}: expected one named export, found ${names}`);
      const name = names[0]!;
      const { code, options, localize } = real[name]!;
      const widths = ['narrow', 'abbreviated', 'wide'];
      const table = (count: number, read: (i: number, width: string) => string) =>
        Object.fromEntries(widths.map((width) => [width, Array.from({ length: count }, (_, i) => read(i, width))]));
      const months = table(12, (i, width) => localize.month(i, { width, context: 'formatting' }));
      const eras = table(2, (i, width) => localize.era(i, { width }));
      return [
        `const months = ${JSON.stringify(months)};`,
        `const eras = ${JSON.stringify(eras)};`,
        'const localize = { month: (m, o) => months[o.width][m], era: (e, o) => eras[o.width][e] };',
        `export const ${name} = { code: ${JSON.stringify(code)}, localize, options: ${JSON.stringify(options)} };`,
        `export default ${name};`,
      ].join('\n');
    },
  };
}

/**
 * Minifies the CSS in the `css` tagged templates (imported from lit) of Tarikh's own modules; terser leaves
 * template text alone. The minifier (build/minify-css.mjs) is deliberately conservative and leaves a
 * template as it is when unsure. Source maps of the changed style modules lose their positions (the CSS
 * strings are all they hold).
 */
function minifyCssLiterals(): Plugin {
  type Node = { type: string; start: number; end: number; [key: string]: unknown };
  const isNode = (value: unknown): value is Node =>
    typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
  function* walk(node: Node): Generator<Node> {
    yield node;
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* walk(child);
    }
  }
  return {
    name: 'tarikh-minify-css-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !code.includes("from 'lit'")) return null;
      const ast = this.parse(code) as unknown as Node;
      const body = ast.body as Node[];
      // The local name of lit's `css` in this module, if it imports it.
      const tag = body
        .filter((node) => node.type === 'ImportDeclaration' && (node.source as { value: string }).value === 'lit')
        .flatMap((node) => node.specifiers as { imported?: { name: string }; local: { name: string } }[])
        .find((specifier) => specifier.imported?.name === 'css')?.local.name;
      if (!tag) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      for (const node of walk(ast)) {
        if (node.type !== 'TaggedTemplateExpression' || (node.tag as { name?: string }).name !== tag) continue;
        const quasis = (node.quasi as { quasis: (Node & { value: { raw: string } })[] }).quasis;
        if (quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) this.error(`unexpected template in ${id}`);
        const minified = minifyCssTemplate(quasis.map((q) => q.value.raw));
        if (!minified) continue;
        quasis.forEach((q, i) => edits.push({ start: q.start, end: q.end, text: minified[i]! }));
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: { mappings: '' } };
    },
  };
}

/**
 * Lets the bundled file be imported where there is no DOM (Node, a test runner, a server build), as its typed
 * export promises: it then defines nothing, and its validator and types work. It carries lit's browser build,
 * whose module body extends `HTMLElement` and asks `document` for a tree walker; in Node both are missing and the
 * import threw. These two bindings, at the top of the entry's scope, are the page's own wherever there is a page;
 * elsewhere they are stand-ins that are never used, since the elements are defined only where `customElements`
 * exists (src/bundled.ts). Set as rollup's `intro`, so the code is minified with the rest and the source map
 * accounts for it. test/node/package.test.mjs imports the bundle in plain Node.
 */
const DOMLESS_INTRO = [
  'const HTMLElement = globalThis.HTMLElement ?? class {};',
  'const document = globalThis.document ?? { createTreeWalker: () => ({}), createComment: () => ({}) };',
].join('\n');

/**
 * The entries the bundled build loads later, in its second file: the details panel, the lists, and the worker
 * that reads a large `src` body (json-worker.ts), which the page asks for only when such a body arrives.
 */
const LATER = ['src/details.ts', 'src/elements/timeline/lists.ts', 'src/controllers/json-worker.ts'];

/**
 * Puts the later entries in one chunk, `details`, with the modules only they import (statically), and every
 * other module in one chunk with the entry, `first`, which becomes tarikh.bundled.js. Naming only the later
 * modules would not do: rollup adds a manual chunk's dependencies to it unless they are in another manual
 * chunk, so what the first load shares with them moved to the second file, which the first then imported.
 */
const laterChunk: GetManualChunk = (id, { getModuleInfo }) => {
  const known = new Map<string, boolean>();
  const isLater = (module: string): boolean => {
    const found = known.get(module);
    if (found !== undefined) return found;
    known.set(module, false); // a cycle back here counts as shared, which keeps it in the first file
    const info = getModuleInfo(module);
    const later =
      LATER.some((entry) => module.replace(/\\/g, '/').endsWith(entry)) ||
      (!!info && !info.isEntry && info.importers.length > 0 && info.importers.every(isLater));
    known.set(module, later);
    return later;
  };
  return isLater(id) ? 'details' : 'first';
};

/**
 * Lets a failed dynamic import be tried again. Chromium before about version 156 keeps a failed module fetch in
 * its module map, so `import()` of the same URL fails again at once, and a panel's "Try again" (after a page
 * hosted the bundle without its details file, or a connection dropped) could never load it. Every dynamic import
 * of a chunk of this build goes through `retryingImport`, which asks for the URL as it is until an import of it
 * fails, and then for the same file with `?retry=` and the number of failures, a URL the module map has not seen.
 * An app's bundler makes its own chunks from the npm build, whose imports are left as they are.
 */
function retryableDynamicImports(): Plugin {
  const helper = `const retryingImportFailures = new Map();
function retryingImport(base, specifier) {
  const url = new URL(specifier, base).href;
  const failures = retryingImportFailures.get(url) ?? 0;
  return import(failures ? url + (url.includes('?') ? '&' : '?') + 'retry=' + failures : url).catch((error) => {
    retryingImportFailures.set(url, failures + 1);
    throw error;
  });
}`;
  return {
    name: 'tarikh-retryable-dynamic-imports',
    renderDynamicImport({ targetChunk }) {
      return targetChunk ? { left: 'retryingImport(import.meta.url, ', right: ')' } : null;
    },
    intro: (chunk) => (chunk.dynamicImports.length ? helper : ''),
  };
}

/** Must be the file's first line; terser's preamble puts it there, above the code and its source map. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Everything minified, for a plain `<script type="module">` from a CDN or static host: the entry and, beside it,
 * the details panel it loads when first needed (src/bundled.ts).
 */
const bundled: RollupOptions = {
  input: 'src/bundled.ts',
  // The details file imports lit and the shared code from the entry itself, which therefore exports a few
  // internal bindings besides its own; without this, rollup would move everything into a third file behind a
  // re-exporting entry, one more round trip before the first render.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: 'tarikh.bundled.js',
    intro: (chunk) => (chunk.isEntry ? DOMLESS_INTRO : ''),
    // The details panel and reader, loaded on the first selection (src/elements/details/lazy.ts), and the list
    // view's and cluster list's code (src/elements/timeline/lists.ts), loaded when either is first shown, and
    // the worker that reads a large `src` body (src/controllers/json-worker.ts), loaded when one arrives: one
    // file, which the page fetches when idle, as two would each be gzipped without what the other shares
    // (the event dates, excerpts and sources both write) and cost a second request.
    manualChunks: laterChunk,
    chunkFileNames: (chunk) =>
      chunk.name === 'details' ? 'tarikh.bundled.details.js' : 'tarikh.bundled.[name]-[hash].js',
  },
  plugins: [
    pureD3InterpolateFactories(),
    retryableDynamicImports(),
    slimDateFnsLocales(),
    nodeResolve(),
    typescript({ tsconfig: './tsconfig.build.json', include: ['src/**/*.ts'], declaration: false, sourceMap: true }),
    minifyCssLiterals(),
    // V8's explicit compile hint (Chromium 136 and later; other engines read a comment): compile every
    // function while the file loads, not lazily on its first call, which for validation, sorting and
    // layout is inside the first render. About 10 ms of a 100,000-event first render here (bench).
    terser({ compress: { passes: 2 }, format: { comments: false, preamble: COMPILE_HINT } }),
  ],
};

const demo: RollupOptions = {
  input: 'demo/main.ts',
  output: { dir: 'dist/demo', format: 'es', sourcemap: true, entryFileNames: 'main.js' },
  plugins: [
    pureD3InterpolateFactories(),
    retryableDynamicImports(),
    nodeResolve(),
    json(),
    typescript({
      tsconfig: './tsconfig.build.json',
      include: ['src/**/*.ts', 'demo/**/*.ts'],
      declaration: false,
      outDir: 'dist/demo',
      sourceMap: true,
    }),
    minifyCssLiterals(),
    terser({ format: { comments: false } }),
    demoSite(),
  ],
};

/** The workbench page (demo/author/), beside the demo: its page and style, its script pointed at the bundle. */
function authorPage(): Plugin {
  return {
    name: 'tarikh-author-page',
    generateBundle() {
      const html = readFileSync('demo/author/index.html', 'utf8').replace(/src="\.\/main\.ts"/, 'src="./main.js"');
      this.emitFile({ type: 'asset', fileName: 'index.html', source: html });
    },
    writeBundle() {
      copyFiles('demo/author', 'dist/demo/author', (file) => file.endsWith('.css'));
    },
  };
}

/**
 * The workbench (demo/author/), a page of its own with its own script: it carries the CLI's pure
 * authoring modules (src/authoring/), which the demo page and the library leave out.
 */
const author: RollupOptions = {
  input: 'demo/author/main.ts',
  output: { dir: 'dist/demo/author', format: 'es', sourcemap: true, entryFileNames: 'main.js' },
  plugins: [
    pureD3InterpolateFactories(),
    nodeResolve(),
    typescript({
      tsconfig: './tsconfig.author.json',
      include: ['src/**/*.ts', 'demo/**/*.ts'],
      declaration: false,
      outDir: 'dist/demo/author',
      sourceMap: true,
    }),
    minifyCssLiterals(),
    terser({ format: { comments: false } }),
    authorPage(),
  ],
};

export default [library, bundled, demo, author];
