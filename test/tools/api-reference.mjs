// Writes the README's API reference from the Custom Elements Manifest, so the two cannot drift apart.
//
//   node test/tools/api-reference.mjs          rewrites README.md between the api markers (npm run docs)
//   node test/tools/api-reference.mjs --check  exits 1 when README.md differs from that (npm run docs:check)
//
// The manifest is analysed afresh from src/ with the build's own configuration
// (custom-elements-manifest.config.mjs) rather than read from dist/, which may be older than the
// sources or missing in a fresh clone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const README = `${root}README.md`;
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const NOTICE = '<!-- Generated from custom-elements.json by `npm run docs`; edit the JSDoc in src/, not this. -->';

/** The manifest the build would write. */
export async function analyze() {
  return cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: root,
    noWrite: true,
  });
}

const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public';
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** A table cell: one line, pipes escaped (GFM needs `\|` inside code spans too). */
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text === undefined || text === '' ? '' : `\`${oneLine(text)}\``);

function table(head, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function section(title, head, rows) {
  return rows.length ? [`#### ${title}`, table(head, rows)] : [];
}

function signature(method) {
  const params = (method.parameters ?? []).map((p) => {
    const optional = p.optional || p.default !== undefined ? '?' : '';
    const rest = p.rest ? '...' : '';
    return `${rest}${p.name}${optional}${p.type ? `: ${oneLine(p.type.text)}` : ''}`;
  });
  const returns = method.return?.type?.text ? `: ${oneLine(method.return.type.text)}` : '';
  return `${method.name}(${params.join(', ')})${returns}`;
}

/** `@fires {CustomEvent<D>} name` gives the detail as a type; `detail: D` in backticks in the text is the other habit. */
function eventDetail(event) {
  const typed = /^CustomEvent<([\s\S]+)>$/.exec(event.type?.text ?? '');
  if (typed) return { detail: typed[1], description: event.description ?? '' };
  const description = event.description ?? '';
  const described = /(^|[.!?])\s*`detail:\s*([^`]+)`\.?(?=$|\s+[A-Z`<])/.exec(description);
  // A sentence of its own moves to the detail column; woven into a sentence, it stays where it is.
  if (described) return { detail: described[2], description: description.replace(described[0], described[1]) };
  const inline = /`detail:\s*([^`]+)`/.exec(description);
  return { detail: inline ? inline[1] : '', description };
}

function elementReference(element) {
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  const intro = [element.summary, element.description !== element.summary ? element.description : '']
    .filter(Boolean)
    .map(oneLine);
  return [
    `### \`<${element.tagName}>\``,
    ...intro,
    ...section(
      'Properties',
      ['property', 'attribute', 'type', 'default', 'description'],
      fields.map((f) => [
        code(f.name),
        f.attribute ? `${code(f.attribute)}${f.reflects ? ' (reflects)' : ''}` : '—',
        code(f.type?.text),
        code(f.default),
        `${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`,
      ]),
    ),
    ...section(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [code(signature(m)), m.description ?? '']),
    ),
    ...section(
      'Events',
      ['event', 'detail', 'description'],
      (element.events ?? []).map((e) => {
        const { detail, description } = eventDetail(e);
        return [code(e.name), code(detail), description];
      }),
    ),
    ...section(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description ?? '']),
    ),
    ...section(
      'CSS parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']),
    ),
    ...section(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description ?? '']),
    ),
  ].join('\n\n');
}

/** The package's entry module: what `import 'tarikh'` runs (dist/index.js is built from it). */
const ENTRY = 'src/index.ts';

/** Every module `ENTRY` imports, directly or not: what a user of the package actually loads. */
function reachableModules() {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(`${root}${path}`)) return;
    seen.add(path);
    for (const { fileName } of ts.preProcessFile(readFileSync(`${root}${path}`, 'utf8')).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      visit(posix.join(posix.dirname(path), fileName).replace(/\.js$/, '.ts'));
    }
  };
  visit(ENTRY);
  return seen;
}

/**
 * Every element the package defines, by tag name: a `customElements.define` call (a
 * `custom-element-definition` export in the manifest) in a module the entry loads. An element
 * whose definition the package does not load yet is not part of its API.
 */
export function publicElements(manifest) {
  const reachable = reachableModules();
  // The manifest names each module's declaration file in the package (custom-elements-manifest.config.mjs).
  const source = (path) => path.replace(/^dist\/types\/(.+)\.d\.ts$/, 'src/$1.ts');
  const declarations = new Map();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) declarations.set(`${mod.path}#${d.name}`, d);
  }
  const elements = new Map();
  for (const mod of manifest.modules) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind !== 'custom-element-definition' || !reachable.has(source(mod.path))) continue;
      const d = declarations.get(`${exp.declaration.module ?? mod.path}#${exp.declaration.name}`);
      if (d) elements.set(exp.name, { ...d, tagName: exp.name });
    }
  }
  return [...elements.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The Markdown between the markers, formatted as `prettier --check` expects it. */
export async function render(manifest) {
  const elements = publicElements(manifest);
  if (elements.length === 0) throw new Error('api-reference: the manifest defines no custom elements');
  const markdown = elements.map(elementReference).join('\n\n');
  const options = (await prettier.resolveConfig(README)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

export function replaceSection(readme, body) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`api-reference: README.md needs ${START} … ${END} markers`);
  return `${readme.slice(0, start)}${START}\n${NOTICE}\n\n${body}\n${readme.slice(end)}`;
}

async function main() {
  const check = process.argv.includes('--check');
  const readme = readFileSync(README, 'utf8');
  const updated = replaceSection(readme, await render(await analyze()));
  if (check) {
    if (updated !== readme) {
      console.error('README API reference is out of date: run npm run docs');
      process.exit(1);
    }
    console.log('docs: README API reference matches the manifest');
  } else if (updated !== readme) {
    writeFileSync(README, updated);
    console.log('docs: README API reference updated');
  } else {
    console.log('docs: README API reference already up to date');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
