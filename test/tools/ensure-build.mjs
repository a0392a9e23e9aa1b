// The package tests (test/node) test what `npm run build` wrote to dist/. This runs the build first
// when dist/ is missing or older than what it is built from, so `npm test` in a fresh clone, or after
// an edit, never tests a stale or absent package; after CI's own `npm run build` it does nothing.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Written last by `npm run build` (the manifest follows the bundles), so it dates the whole build. */
const MARKER = 'dist/custom-elements.json';
const OUTPUTS = [
  'dist/index.js',
  'dist/tarikh.bundled.js',
  'dist/tarikh.bundled.details.js',
  'dist/types/index.d.ts',
  'dist/demo/index.html',
  'dist/demo/author/index.html',
  'dist/cli/tarikh.js',
  MARKER,
];
const INPUTS = [
  'src',
  'demo',
  'data/schema',
  'package.json',
  'rollup.config.ts',
  'build',
  'tsconfig.json',
  'tsconfig.build.json',
  'tsconfig.author.json',
  'custom-elements-manifest.config.mjs',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // demo/fonts/ is copied from node_modules on every run, so it says nothing about the sources.
  const names = readdirSync(path).filter((name) => name !== 'fonts');
  return Math.max(stat.mtimeMs, ...names.map((name) => newest(join(path, name))));
}

const dataFiles = readdirSync(join(root, 'data')).filter((name) => name.endsWith('.json'));
const inputs = [...INPUTS, ...dataFiles.map((name) => `data/${name}`)];
const missing = OUTPUTS.filter((file) => !existsSync(join(root, file)));
const built = missing.length ? 0 : statSync(join(root, MARKER)).mtimeMs;
const changed = inputs.filter((input) => newest(join(root, input)) > built);

if (missing.length || changed.length) {
  const why = missing.length ? `${missing.join(', ')} missing` : `${changed.join(', ')} changed since the last build`;
  console.log(`ensure-build: ${why}; running npm run build`);
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
